package com.dorsum.scheduling;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a course of each therapy may look like. R1: physiotherapy 2 or 3 sessions every calendar week for 4 to 8
 * consecutive weeks (8 to 24 sessions). R2: chiropractic and osteopathic series of 3 to 5 treatments. R3/R4:
 * massage, acupuncture and CBT are booked as series too (the clinic's usual lengths below). Every course has at
 * most one session a day. Injections and reviews are single visits, never courses.
 */
public enum CourseRules {
    PHYSIOTHERAPY(VisitKind.PHYSIOTHERAPY, "R1", true, 2, 3, 2, 8, 24, 4, 8),
    CHIROPRACTIC(VisitKind.CHIROPRACTIC, "R2", false, 1, 3, 2, 3, 5, 1, 5),
    OSTEOPATHY(VisitKind.OSTEOPATHY, "R2", false, 1, 3, 2, 3, 5, 1, 5),
    MASSAGE(VisitKind.MASSAGE, "R3", false, 1, 2, 1, 1, 10, 1, 10),
    ACUPUNCTURE(VisitKind.ACUPUNCTURE, "R4", false, 1, 2, 1, 4, 12, 2, 12),
    CBT(VisitKind.CBT, "R4", false, 1, 1, 1, 4, 20, 4, 20);

    private final VisitKind therapy;
    private final String rule;
    private final boolean weekly;
    private final int minPerWeek;
    private final int maxPerWeek;
    private final int defaultPerWeek;
    private final int minSessions;
    private final int maxSessions;
    private final int minWeeks;
    private final int maxWeeks;

    CourseRules(VisitKind therapy, String rule, boolean weekly, int minPerWeek, int maxPerWeek, int defaultPerWeek,
                int minSessions, int maxSessions, int minWeeks, int maxWeeks) {
        this.therapy = therapy;
        this.rule = rule;
        this.weekly = weekly;
        this.minPerWeek = minPerWeek;
        this.maxPerWeek = maxPerWeek;
        this.defaultPerWeek = defaultPerWeek;
        this.minSessions = minSessions;
        this.maxSessions = maxSessions;
        this.minWeeks = minWeeks;
        this.maxWeeks = maxWeeks;
    }

    /** The rules for a therapy; refuses kinds of visit that are not booked as courses. */
    public static CourseRules of(VisitKind therapy) {
        if (therapy == null) {
            throw new CourseRulesViolated("Choose the therapy of the course", Map.of("field", "therapy"));
        }
        return Arrays.stream(values()).filter(r -> r.therapy == therapy).findFirst()
                .orElseThrow(() -> new CourseRulesViolated(label(therapy) + " is booked as a single visit, not as"
                        + " a course", Map.of("therapy", therapy.name())));
    }

    /**
     * The pattern asked for, completed from what was given: a weekly course needs two of sessions per week,
     * weeks and sessions (or only sessions, split 2 or 3 a week); a series needs its number of sessions (or
     * sessions per week and weeks) and goes at its usual pace unless told otherwise.
     */
    public CoursePattern pattern(Integer sessionsPerWeek, Integer weeks, Integer sessions) {
        Integer total = sessions != null ? sessions
                : sessionsPerWeek != null && weeks != null ? Integer.valueOf(sessionsPerWeek * weeks) : null;
        if (total == null) {
            throw refuse("Give the number of sessions, or sessions per week and weeks");
        }
        int perWeek = sessionsPerWeek != null ? sessionsPerWeek
                : weekly && weeks != null && weeks > 0 && total % weeks == 0 ? total / weeks
                : weekly ? splitWeekly(total) : defaultPerWeek;
        if (perWeek < minPerWeek || perWeek > maxPerWeek) {
            throw refuse(label(therapy) + " has " + perWeekText() + " (" + rule + "), not " + perWeek);
        }
        if (total < minSessions || total > maxSessions) {
            throw refuse(label(therapy) + " courses have " + minSessions + " to " + maxSessions + " sessions ("
                    + rule + "), not " + total);
        }
        CoursePattern pattern = new CoursePattern(perWeek, total);
        if (weekly && total % perWeek != 0 || weeks != null && weeks != pattern.getWeeks()) {
            throw refuse(total + " sessions at " + perWeek + " a week do not fill "
                    + (weeks != null ? weeks : pattern.getWeeks()) + " whole weeks (" + rule + ")");
        }
        if (pattern.getWeeks() < minWeeks || pattern.getWeeks() > maxWeeks) {
            throw refuse(label(therapy) + " courses last " + minWeeks + " to " + maxWeeks + " weeks (" + rule
                    + "), not " + pattern.getWeeks());
        }
        return pattern;
    }

    /** The pattern after adding weeks (a weekly course) or sessions (a series), within the rule's limits. */
    public CoursePattern extended(CoursePattern current, int more) {
        if (more < 1) {
            throw refuse("Extend by at least one " + (weekly ? "week" : "session"));
        }
        int added = weekly ? more * current.getSessionsPerWeek() : more;
        CoursePattern longer = current.plus(added);
        if (longer.getSessions() > maxSessions || longer.getWeeks() > maxWeeks) {
            throw refuse(label(therapy) + " courses last at most " + (weekly ? maxWeeks + " weeks"
                    : maxSessions + " sessions") + " (" + rule + "): this course has "
                    + (weekly ? current.getWeeks() + " weeks" : current.getSessions() + " sessions"));
        }
        return longer;
    }

    /**
     * Why a session may not move from one week of the course to another, given how many active sessions each
     * week holds before the move; empty when it may. A week may not go above the weekly maximum, and a weekly
     * course's week may not be left below its minimum.
     */
    public Optional<String> whyNotMove(int fromWeek, int sessionsInFromWeek, int toWeek, int sessionsInToWeek) {
        if (fromWeek == toWeek) {
            return Optional.empty();
        }
        if (sessionsInToWeek + 1 > maxPerWeek) {
            return Optional.of("week " + (toWeek + 1) + " of the course would have " + (sessionsInToWeek + 1)
                    + " sessions; " + label(therapy) + " has " + perWeekText() + " (" + rule + ")");
        }
        if (weekly && sessionsInFromWeek - 1 < minPerWeek) {
            return Optional.of("week " + (fromWeek + 1) + " of the course would be left with "
                    + (sessionsInFromWeek - 1) + " session" + (sessionsInFromWeek - 1 == 1 ? "" : "s") + "; "
                    + label(therapy) + " has " + perWeekText() + " (" + rule + ")");
        }
        return Optional.empty();
    }

    public boolean isWeekly() {
        return weekly;
    }

    public VisitKind therapy() {
        return therapy;
    }

    public String rule() {
        return rule;
    }

    private int splitWeekly(int total) {
        for (int perWeek = defaultPerWeek; perWeek <= maxPerWeek; perWeek++) {
            int weeks = total / perWeek;
            if (total % perWeek == 0 && weeks >= minWeeks && weeks <= maxWeeks) {
                return perWeek;
            }
        }
        throw refuse(total + " sessions cannot be split into " + minPerWeek + " to " + maxPerWeek + " a week over "
                + minWeeks + " to " + maxWeeks + " weeks (" + rule + ")");
    }

    private String perWeekText() {
        return minPerWeek == maxPerWeek ? minPerWeek + " session a week"
                : minPerWeek + " to " + maxPerWeek + " sessions a week";
    }

    private CourseRulesViolated refuse(String detail) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("rule", rule);
        facts.put("therapy", therapy.name());
        facts.put("sessionsPerWeek", Map.of("min", minPerWeek, "max", maxPerWeek));
        facts.put("sessions", Map.of("min", minSessions, "max", maxSessions));
        facts.put("weeks", Map.of("min", minWeeks, "max", maxWeeks));
        return new CourseRulesViolated(detail, facts);
    }

    static String label(VisitKind kind) {
        String name = kind.name().toLowerCase();
        return kind == VisitKind.CBT ? "CBT" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
