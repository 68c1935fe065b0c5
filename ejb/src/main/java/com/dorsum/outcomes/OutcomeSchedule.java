package com.dorsum.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * When the questionnaires are asked for (R25): at a course's start (its first session), midpoint (its middle
 * session) and end (its last session), and for an injection before it and two to four weeks after. Each occasion
 * asks for the pain scale (NPRS) and the patient's disability index (ODI, or NDI for a neck problem). A
 * questionnaire is due while today is inside an occasion's window and no answer of that instrument lies in it;
 * overlapping occasions ask once.
 */
public final class OutcomeSchedule {

    /** A course as the schedule needs it: what it is and the days of its sessions (not cancelled). */
    public record CourseDays(long courseId, String therapy, List<LocalDate> sessionDays) {
    }

    /** An injection (booked or given, not cancelled) on its day. */
    public record InjectionDay(long appointmentId, LocalDate day) {
    }

    private OutcomeSchedule() {
    }

    /** Every occasion of the courses and injections, for the two instruments, in date order. */
    public static List<DuePoint> points(List<CourseDays> courses, List<InjectionDay> injections,
                                        Instrument disability) {
        List<DuePoint> points = new ArrayList<>();
        for (CourseDays course : courses) {
            List<LocalDate> days = course.sessionDays().stream().sorted().toList();
            if (days.isEmpty()) {
                continue;
            }
            String about = course.therapy().toLowerCase() + " course";
            add(points, Occasion.COURSE_START, days.get(0), about, disability);
            if (days.size() >= 3) {
                add(points, Occasion.COURSE_MIDPOINT, days.get(days.size() / 2), about, disability);
            }
            if (days.size() >= 2) {
                add(points, Occasion.COURSE_END, days.get(days.size() - 1), about, disability);
            }
        }
        for (InjectionDay injection : injections) {
            String about = "facet-joint injection on " + injection.day();
            add(points, Occasion.BEFORE_INJECTION, injection.day(), about, disability);
            add(points, Occasion.AFTER_INJECTION, injection.day(), about, disability);
        }
        points.sort(Comparator.comparing(DuePoint::day).thenComparing(DuePoint::occasion));
        return points;
    }

    /**
     * The questionnaires due today: per instrument the occasion that closes first among those open today and not
     * yet answered within their window.
     */
    public static List<DuePoint> due(List<DuePoint> points, Map<Instrument, List<LocalDate>> answered,
                                     LocalDate today) {
        Map<Instrument, DuePoint> due = new LinkedHashMap<>();
        points.stream().filter(p -> p.covers(today))
                .filter(p -> answered.getOrDefault(p.instrument(), List.of()).stream().noneMatch(p::covers))
                .sorted(Comparator.comparing(DuePoint::until))
                .forEach(p -> due.putIfAbsent(p.instrument(), p));
        return due.values().stream().sorted(Comparator.comparing(DuePoint::instrument)).toList();
    }

    private static void add(List<DuePoint> points, Occasion occasion, LocalDate day, String about,
                            Instrument disability) {
        points.add(DuePoint.of(occasion, disability, day, about));
        points.add(DuePoint.of(occasion, Instrument.NPRS, day, about));
    }
}
