package com.dorsum.injections;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * One patient's facet-joint injections: the aggregate that holds the limit (R6). Every booking, move and
 * recording of an injection goes through it, and it asks the {@link InjectionLimit} about the injections that
 * count (performed and booked, not cancelled), leaving out the one being changed. Built by
 * {@link InjectionHistories} from rows read under the patient's lock, so two changes for one patient never decide
 * on the same picture.
 */
public final class InjectionHistory {

    private final long patientId;
    private final List<Injection> injections;

    public InjectionHistory(long patientId, List<Injection> injections) {
        this.patientId = patientId;
        this.injections = injections.stream()
                .sorted(Comparator.comparing(Injection::getStart).thenComparing(Injection::getId,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** A new booking; refused with {@link FacetInjectionLimitExceeded} when it would break R6. */
    public Injection book(long providerId, LocalDateTime start, SpinalLevel level, Side side) {
        limitWithout(null).admit(start.toLocalDate());
        return new Injection(patientId, providerId, start, level, side);
    }

    /** Moves a booked injection; refused when the new day would break R6 (e.g. earlier, into a full window). */
    public void move(Injection injection, LocalDateTime newStart) {
        limitWithout(injection).admit(newStart.toLocalDate());
        injection.moveTo(newStart);
    }

    /** Records the procedure of a booked injection, checking R6 again for the day it was performed. */
    public void perform(Injection injection, Procedure procedure, Set<SpinalLevel> levels, Side side) {
        limitWithout(injection).admit(procedure.getStartedAt().toLocalDate());
        injection.perform(procedure, levels, side);
    }

    public void cancel(Injection injection, String reason) {
        injection.cancel(reason);
    }

    /** Counts, places left and the next allowed day, as on {@code today}. */
    public InjectionLimit.Allowance allowanceOn(LocalDate today) {
        return limitWithout(null).allowanceOn(today);
    }

    /** Oldest first. */
    public List<Injection> injections() {
        return injections;
    }

    private InjectionLimit limitWithout(Injection changing) {
        return new InjectionLimit(injections.stream().filter(i -> i != changing).filter(Injection::counts)
                .map(Injection::date).toList());
    }
}
