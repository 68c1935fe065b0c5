package com.dorsum.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What in a pain diary a clinician should be told about (R18, with R8's aftercare).
 * <ul>
 * <li><b>Rising:</b> over the last seven days the pain went up by at least {@value #RISE_POINTS} points: with at
 * least three entries in that week, the last two average that much above the first two.</li>
 * <li><b>High after an injection:</b> relief usually begins on day 2 or 3 after a facet-joint injection (R8); if
 * every entry from day 4 to day {@value #AFTERCARE_DAYS} after it is still at {@value #HIGH_PAIN} or above, the
 * follow-up should know. Injections of the last {@value #RECENT_INJECTION_DAYS} days are looked at.</li>
 * </ul>
 */
public final class PainWatch {

    public static final int RISE_POINTS = 2;
    public static final int HIGH_PAIN = 7;
    static final int WEEK = 7;
    static final int RELIEF_EXPECTED_BY_DAY = 3;
    static final int AFTERCARE_DAYS = 14;
    static final int RECENT_INJECTION_DAYS = 42;

    private PainWatch() {
    }

    public static List<DiaryFlag> flags(List<PainPoint> points, List<LocalDate> injectionDays, LocalDate today) {
        List<PainPoint> sorted = points.stream().sorted(Comparator.comparing(PainPoint::date)).toList();
        List<DiaryFlag> flags = new ArrayList<>();
        rising(sorted, today).ifPresent(flags::add);
        for (LocalDate injection : injectionDays.stream().sorted().toList()) {
            highAfter(sorted, injection, today).ifPresent(flags::add);
        }
        return flags;
    }

    private static Optional<DiaryFlag> rising(List<PainPoint> sorted, LocalDate today) {
        LocalDate weekStart = today.minusDays(WEEK - 1L);
        List<PainPoint> week = sorted.stream()
                .filter(p -> !p.date().isBefore(weekStart) && !p.date().isAfter(today)).toList();
        if (week.size() < 3) {
            return Optional.empty();
        }
        double first = (week.get(0).pain() + week.get(1).pain()) / 2.0;
        double last = (week.get(week.size() - 2).pain() + week.get(week.size() - 1).pain()) / 2.0;
        if (last - first < RISE_POINTS) {
            return Optional.empty();
        }
        return Optional.of(new DiaryFlag(DiaryFlag.Kind.RISING, week.get(0).date(),
                "Pain rising this week: from about " + score(first) + " to " + score(last)));
    }

    private static Optional<DiaryFlag> highAfter(List<PainPoint> sorted, LocalDate injection,
                                                           LocalDate today) {
        LocalDate from = injection.plusDays(RELIEF_EXPECTED_BY_DAY + 1L);
        LocalDate to = injection.plusDays(AFTERCARE_DAYS);
        if (today.isBefore(from) || injection.isBefore(today.minusDays(RECENT_INJECTION_DAYS))) {
            return Optional.empty();
        }
        List<PainPoint> after = sorted.stream()
                .filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to)).toList();
        if (after.isEmpty() || after.stream().anyMatch(p -> p.pain() < HIGH_PAIN)) {
            return Optional.empty();
        }
        return Optional.of(new DiaryFlag(DiaryFlag.Kind.HIGH_AFTER_INJECTION, from,
                "Pain still " + after.stream().mapToInt(PainPoint::pain).min().orElseThrow() + " or more after day "
                        + RELIEF_EXPECTED_BY_DAY + " of the injection on " + injection));
    }

    private static String score(double value) {
        return value == Math.rint(value) ? String.valueOf((int) value) : String.valueOf(value);
    }
}
