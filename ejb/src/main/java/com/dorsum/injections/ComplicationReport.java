package com.dorsum.injections;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Complications after injections performed in a period (R8), per performing clinician and in total: injections
 * performed, injections with at least one complication, complications by kind, and the rate (the share of
 * performed injections with a complication, in percent). Complications count with their injection's period,
 * whenever they were noticed.
 */
public record ComplicationReport(LocalDate from, LocalDate to, List<Row> rows, Row total) {

    /** One clinician's (or the total) figures. */
    public record Row(Long providerId, String clinician, long performed, long withComplications,
                      Map<ComplicationKind, Long> byKind) {

        public long complications() {
            return byKind.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(ComplicationKind kind) {
            return byKind.getOrDefault(kind, 0L);
        }

        /** Percent of performed injections with a complication, one decimal; 0 when none was performed. */
        public double rate() {
            return performed == 0 ? 0 : Math.round(withComplications * 1000.0 / performed) / 10.0;
        }
    }

    /** A count for one clinician, with one kind of complication where it is a count of complications. */
    public record Count(Long providerId, ComplicationKind kind, long count) {
    }

    /**
     * Builds the report from the counts the database gives: performed injections and injections with a
     * complication per clinician, and complications per clinician and kind. Clinicians by name.
     */
    public static ComplicationReport of(LocalDate from, LocalDate to, Map<Long, String> clinicians,
                                        List<Count> performed, List<Count> withComplications,
                                        List<Count> complications) {
        List<Row> rows = new ArrayList<>();
        for (Count done : performed) {
            Map<ComplicationKind, Long> byKind = new EnumMap<>(ComplicationKind.class);
            complications.stream().filter(c -> c.providerId().equals(done.providerId()))
                    .forEach(c -> byKind.merge(c.kind(), c.count(), Long::sum));
            long complicated = withComplications.stream().filter(c -> c.providerId().equals(done.providerId()))
                    .mapToLong(Count::count).sum();
            rows.add(new Row(done.providerId(), clinicians.getOrDefault(done.providerId(), "unknown"),
                    done.count(), complicated, Collections.unmodifiableMap(byKind)));
        }
        rows.sort((a, b) -> a.clinician().compareToIgnoreCase(b.clinician()));
        Map<ComplicationKind, Long> allKinds = new EnumMap<>(ComplicationKind.class);
        rows.forEach(r -> r.byKind().forEach((kind, n) -> allKinds.merge(kind, n, Long::sum)));
        Row total = new Row(null, "All clinicians", rows.stream().mapToLong(Row::performed).sum(),
                rows.stream().mapToLong(Row::withComplications).sum(), Collections.unmodifiableMap(allKinds));
        return new ComplicationReport(from, to, List.copyOf(rows), total);
    }
}
