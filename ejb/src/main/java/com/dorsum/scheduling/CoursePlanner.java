package com.dorsum.scheduling;

import com.dorsum.people.Provider;
import com.dorsum.scheduling.SlotClaims.Resource;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Proposes the concrete sessions of a course (R1-R5) from rules and bookings read beforehand, never from the
 * database itself. Every session lies within opening hours, the provider's working hours and the visit type's
 * duration, off holidays and absences, with the provider, the patient and a suitable room all free; at most one a
 * day. Within a calendar week the sessions are spread out (no back-to-back days when avoidable, counting the
 * previous week's last session), at a similar time throughout (the time of day free on most of the course's days)
 * and with the same provider when possible. A week that cannot be filled is reported with its reasons; the
 * course is then not proposed as bookable, and {@link #alternatives} looks for another provider, another time of
 * day or a later start.
 */
public final class CoursePlanner {

    /** How many weeks later a course may start, as an alternative. */
    public static final int LATER_START_WEEKS = 4;
    /** Alternatives with another provider, at most. */
    static final int OTHER_PROVIDERS = 3;

    private static final LocalTime DAY_START = LocalTime.of(6, 0);
    private static final LocalTime DAY_END = LocalTime.of(22, 0);
    private static final int ANCHOR_STEP_MINUTES = 15;

    private final BookingRules rules;
    private final Occupancy occupancy;
    private final List<Room> rooms;
    private final int minutes;

    /**
     * @param rules     the booking rules for every day the plan may touch
     * @param occupancy the bookings of the providers, the patient and the rooms over those days
     * @param rooms     the active rooms that suit the therapy, in the order to try them
     * @param minutes   the duration of one session (the therapy's visit type)
     */
    public CoursePlanner(BookingRules rules, Occupancy occupancy, List<Room> rooms, int minutes) {
        this.rules = rules;
        this.occupancy = occupancy;
        this.rooms = List.copyOf(rooms);
        this.minutes = minutes;
    }

    /** The last day a plan for this specification may touch, alternatives with a later start included. */
    public static LocalDate lastDayWithAlternatives(CourseSpecification spec) {
        return lastDay(spec).plusWeeks(LATER_START_WEEKS);
    }

    public static LocalDate lastDay(CourseSpecification spec) {
        return firstMonday(spec.startDate()).plusWeeks(spec.pattern().getWeeks()).minusDays(1);
    }

    /**
     * The best proposal among the providers given (the named provider only, if the specification names one):
     * the first that fits the whole course alone, else (for "any provider") one mixing providers, else the
     * attempt that placed the most sessions, with the weeks it could not fill.
     */
    public CourseProposal plan(CourseSpecification spec, List<Provider> providers) {
        List<Provider> candidates = spec.providerId() == null ? providers
                : providers.stream().filter(p -> p.getId().equals(spec.providerId())).toList();
        if (candidates.isEmpty() || rooms.isEmpty()) {
            return nothingFits(spec, candidates.isEmpty()
                    ? "no active provider of " + CourseRules.label(spec.therapy()).toLowerCase() + " is available"
                    : "no room is set up for " + CourseRules.label(spec.therapy()).toLowerCase());
        }
        CourseProposal best = null;
        for (Provider provider : candidates) {
            CourseProposal attempt = attempt(spec, List.of(provider));
            if (attempt.complete()) {
                return attempt;
            }
            if (best == null || attempt.sessions().size() > best.sessions().size()) {
                best = attempt;
            }
        }
        if (candidates.size() > 1) {
            CourseProposal mixed = attempt(spec, candidates);
            if (mixed.complete()) {
                return mixed;
            }
        }
        return best;
    }

    /**
     * Ways the course would fit when it does not as asked: other providers of the discipline (when one was
     * named), any time of day on any weekday (when the patient limited them), or a later start (the first of the
     * next {@value #LATER_START_WEEKS} Mondays that works).
     */
    public List<Alternative> alternatives(CourseSpecification spec, List<Provider> providers) {
        List<Alternative> found = new ArrayList<>();
        if (spec.providerId() != null) {
            for (Provider other : providers) {
                if (found.size() == OTHER_PROVIDERS) {
                    break;
                }
                if (!other.getId().equals(spec.providerId())) {
                    CourseProposal proposal = plan(spec.withProvider(other.getId()), providers);
                    if (proposal.complete()) {
                        found.add(new Alternative(Alternative.Kind.OTHER_PROVIDER, "With " + other.getName()
                                + ", first session " + describe(proposal.first()), proposal));
                    }
                }
            }
        }
        if (spec.preferences().hasAny()) {
            CourseProposal proposal = plan(spec.withPreferences(SessionPreferences.none()), providers);
            if (proposal.complete()) {
                found.add(new Alternative(Alternative.Kind.OTHER_TIME, "At other times: first session "
                        + describe(proposal.first()), proposal));
            }
        }
        LocalDate nextMonday = spec.startDate().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        for (int week = 0; week < LATER_START_WEEKS; week++) {
            CourseProposal proposal = plan(spec.withStart(nextMonday.plusWeeks(week)), providers);
            if (proposal.complete()) {
                found.add(new Alternative(Alternative.Kind.LATER_START, "Starting " + nextMonday.plusWeeks(week)
                        + ": first session " + describe(proposal.first()), proposal));
                break;
            }
        }
        return found;
    }

    private CourseProposal attempt(CourseSpecification spec, List<Provider> providers) {
        LocalTime anchor = anchor(spec, providers.get(0));
        LocalDate monday = firstMonday(spec.startDate());
        List<PlannedSession> sessions = new ArrayList<>();
        List<WeekProblem> problems = new ArrayList<>();
        LocalDate previousDay = null;
        Long previousRoom = null;
        for (int week = 0; week < spec.pattern().getWeeks(); week++, monday = monday.plusWeeks(1)) {
            int needed = spec.pattern().sessionsInWeek(week);
            List<PlannedSession> options = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
                boolean closedThatWeekday = rules.hoursOn(day).isEmpty() && !rules.isHoliday(day);
                if (!day.isBefore(spec.startDate()) && spec.preferences().allows(day.getDayOfWeek())
                        && !closedThatWeekday) {
                    Day best = bestOn(day, week, spec, providers, anchor, previousRoom);
                    if (best.session != null) {
                        options.add(best.session);
                    } else {
                        reasons.add(day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day
                                + ": " + best.reason);
                    }
                }
            }
            List<PlannedSession> chosen = spread(options, needed, previousDay, anchor);
            if (chosen.isEmpty()) {
                problems.add(new WeekProblem(week + 1, monday, monday.plusDays(6), needed, options.size(),
                        withLimits(reasons, spec, monday)));
            } else {
                sessions.addAll(chosen);
                PlannedSession last = chosen.get(chosen.size() - 1);
                previousDay = last.slot().date();
                previousRoom = last.roomId();
            }
        }
        return new CourseProposal(spec, sessions, problems);
    }

    /** The patient's own limits also explain a week: a late start, or only some weekdays or hours. */
    private static List<String> withLimits(List<String> reasons, CourseSpecification spec, LocalDate monday) {
        List<String> all = new ArrayList<>(reasons);
        if (spec.startDate().isAfter(monday)) {
            all.add("the course starts on " + spec.startDate());
        }
        SessionPreferences wishes = spec.preferences();
        if (!wishes.getDays().isEmpty()) {
            all.add("only " + wishes.getDays().stream().sorted()
                    .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "s")
                    .collect(Collectors.joining(", ")) + " were asked for");
        }
        if (wishes.getEarliest() != null || wishes.getLatest() != null) {
            all.add("only times " + (wishes.getEarliest() == null ? "" : "from " + wishes.getEarliest() + " ")
                    + (wishes.getLatest() == null ? "" : "ending by " + wishes.getLatest() + " ") + "were asked for");
        }
        return all;
    }

    /**
     * The session on one day nearest the anchor time (the earlier of two as near), the first provider who has one
     * first; or, when there is none, the most frequent reason why.
     */
    private Day bestOn(LocalDate day, int week, CourseSpecification spec, List<Provider> providers, LocalTime anchor,
                       Long previousRoom) {
        List<TimeSlot> nearestFirst = candidates(day, spec.preferences()).stream()
                .sorted(Comparator.comparingLong((TimeSlot slot) -> Math.abs(Duration.between(anchor,
                        slot.start().toLocalTime()).toMinutes())).thenComparing(TimeSlot::start)).toList();
        String ruleReason = null;
        Map<String, Integer> busyReasons = new LinkedHashMap<>();
        for (Provider provider : providers) {
            for (TimeSlot slot : nearestFirst) {
                Optional<String> notAllowed = rules.whyNot(provider, rooms.get(0), spec.therapy(), slot);
                if (notAllowed.isPresent()) {
                    ruleReason = ruleReason == null ? notAllowed.get() : ruleReason;
                    continue;
                }
                String busy = whoIsBusy(provider, spec.patientId(), slot);
                Long room = busy == null ? freeRoom(slot, previousRoom) : null;
                if (busy == null && room == null) {
                    busy = "no room for " + CourseRules.label(spec.therapy()).toLowerCase() + " is free";
                }
                if (busy == null) {
                    return new Day(new PlannedSession(week, provider.getId(), room, slot), null);
                }
                busyReasons.merge(busy, 1, Integer::sum);
            }
        }
        if (rules.hoursOn(day).isEmpty()) {
            ruleReason = rules.whyNot(providers.get(0), rooms.get(0), spec.therapy(),
                    TimeSlot.of(day.atTime(DAY_START), minutes)).orElse(ruleReason);
        }
        String reason = busyReasons.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(ruleReason != null ? ruleReason : "no time fits the hours asked for");
        return new Day(null, reason);
    }

    private String whoIsBusy(Provider provider, long patientId, TimeSlot slot) {
        if (!occupancy.isFree(Resource.PROVIDER, provider.getId(), slot)) {
            return provider.getName() + " is fully booked";
        }
        if (!occupancy.isFree(Resource.PATIENT, patientId, slot)) {
            return "the patient has other appointments";
        }
        return null;
    }

    /** A free suitable room, the one of the previous session first. */
    private Long freeRoom(TimeSlot slot, Long previousRoom) {
        if (previousRoom != null && occupancy.isFree(Resource.ROOM, previousRoom, slot)) {
            return previousRoom;
        }
        return rooms.stream().map(Room::getId).filter(id -> occupancy.isFree(Resource.ROOM, id, slot)).findFirst()
                .orElse(null);
    }

    private boolean fits(Provider provider, CourseSpecification spec, TimeSlot slot) {
        return rules.whyNot(provider, rooms.get(0), spec.therapy(), slot).isEmpty()
                && whoIsBusy(provider, spec.patientId(), slot) == null && freeRoom(slot, null) != null;
    }

    /** Every start time on the grid within the clinic's and the patient's hours on that day. */
    private List<TimeSlot> candidates(LocalDate day, SessionPreferences wishes) {
        return rules.hoursOn(day).map(open -> times(later(open.getOpens(), wishes.getEarliest()),
                        earlier(open.getCloses(), wishes.getLatest())).stream().map(t -> TimeSlot.of(day.atTime(t), minutes))
                .toList()).orElse(List.of());
    }

    /** The start times on the grid from {@code from} for sessions that end by {@code to}. */
    private List<LocalTime> times(LocalTime from, LocalTime to) {
        int offset = from.getMinute() % TimeSlot.GRID_MINUTES;
        LocalTime start = from.withSecond(0).withNano(0).plusMinutes(offset == 0 ? 0 : TimeSlot.GRID_MINUTES - offset);
        List<LocalTime> times = new ArrayList<>();
        for (; !start.isBefore(from) && !start.plusMinutes(minutes).isAfter(to); start = start.plusMinutes(TimeSlot.GRID_MINUTES)) {
            times.add(start);
        }
        return times;
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return b != null && b.isAfter(a) ? b : a;
    }

    private static LocalTime earlier(LocalTime a, LocalTime b) {
        return b != null && b.isBefore(a) ? b : a;
    }

    /**
     * The time of day to keep throughout: of the quarter hours within the patient's hours, the one at which the
     * main provider, the patient and a room are free on most of the course's days (the earliest on a tie).
     */
    private LocalTime anchor(CourseSpecification spec, Provider main) {
        LocalDate first = spec.startDate();
        LocalDate last = lastDay(spec);
        LocalTime best = spec.preferences().getEarliest() != null ? spec.preferences().getEarliest() : DAY_START;
        int bestCount = 0;
        SessionPreferences wishes = spec.preferences();
        for (LocalTime time : times(later(DAY_START, wishes.getEarliest()), earlier(DAY_END, wishes.getLatest()))) {
            if (time.getMinute() % ANCHOR_STEP_MINUTES != 0) {
                continue;
            }
            int count = 0;
            for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                if (spec.preferences().allows(day.getDayOfWeek())
                        && fits(main, spec, TimeSlot.of(day.atTime(time), minutes))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = time;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * The {@code needed} days of one week to use, from the days that have a session: fewest back-to-back days,
     * then the widest spacing (also to the previous session, and as if the week repeated), then nearest the
     * anchor time, then the earliest days. Empty when too few days fit.
     */
    private static List<PlannedSession> spread(List<PlannedSession> options, int needed, LocalDate previousDay,
                                               LocalTime anchor) {
        if (options.size() < needed) {
            return List.of();
        }
        List<List<PlannedSession>> choices = new ArrayList<>();
        choose(options, needed, 0, new ArrayList<>(), choices);
        Comparator<List<PlannedSession>> order = Comparator
                .comparingInt((List<PlannedSession> c) -> gaps(c, previousDay).stream().mapToInt(g -> g == 1 ? 1 : 0).sum())
                .thenComparing(c -> -gaps(c, previousDay).stream().mapToLong(Long::longValue).min().orElse(7))
                .thenComparingLong(c -> c.stream().mapToLong(s -> Math.abs(Duration.between(anchor,
                        s.slot().start().toLocalTime()).toMinutes())).sum())
                .thenComparingLong(c -> c.stream().mapToLong(s -> s.slot().date().toEpochDay()).sum());
        return choices.stream().min(order).orElseThrow();
    }

    private static List<Long> gaps(List<PlannedSession> chosen, LocalDate previousDay) {
        List<Long> gaps = new ArrayList<>();
        LocalDate before = previousDay;
        for (PlannedSession session : chosen) {
            if (before != null) {
                gaps.add(session.slot().date().toEpochDay() - before.toEpochDay());
            }
            before = session.slot().date();
        }
        // As if the week repeated: Monday and Thursday (3 and 4 days apart) spread better than Monday and Friday.
        gaps.add(chosen.get(0).slot().date().plusWeeks(1).toEpochDay() - before.toEpochDay());
        return gaps;
    }

    private static void choose(List<PlannedSession> options, int needed, int from, List<PlannedSession> taken,
                               List<List<PlannedSession>> choices) {
        if (taken.size() == needed) {
            choices.add(List.copyOf(taken));
            return;
        }
        for (int i = from; i <= options.size() - (needed - taken.size()); i++) {
            taken.add(options.get(i));
            choose(options, needed, i + 1, taken, choices);
            taken.remove(taken.size() - 1);
        }
    }

    private static CourseProposal nothingFits(CourseSpecification spec, String reason) {
        List<WeekProblem> problems = new ArrayList<>();
        LocalDate monday = firstMonday(spec.startDate());
        for (int week = 0; week < spec.pattern().getWeeks(); week++, monday = monday.plusWeeks(1)) {
            problems.add(new WeekProblem(week + 1, monday, monday.plusDays(6), spec.pattern().sessionsInWeek(week), 0,
                    List.of(reason)));
        }
        return new CourseProposal(spec, List.of(), problems);
    }

    private static LocalDate firstMonday(LocalDate start) {
        return start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static String describe(PlannedSession session) {
        return session.slot().date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + session.slot().date() + " " + session.slot().start().toLocalTime();
    }

    private record Day(PlannedSession session, String reason) {
    }
}
