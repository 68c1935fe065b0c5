package com.dorsum.demo;

import com.dorsum.diary.BodyLocation;
import com.dorsum.diary.DiaryInput;
import com.dorsum.diary.PainDiary;
import com.dorsum.diary.PainSide;
import com.dorsum.injections.Aftercare;
import com.dorsum.injections.ComplicationKind;
import com.dorsum.injections.Injection;
import com.dorsum.injections.InjectionBooking;
import com.dorsum.injections.Injections;
import com.dorsum.injections.ProcedureRecord;
import com.dorsum.injections.Relief;
import com.dorsum.injections.Severity;
import com.dorsum.injections.Side;
import com.dorsum.injections.SpinalLevel;
import com.dorsum.people.Discipline;
import com.dorsum.people.Patient;
import com.dorsum.people.PatientRegistry;
import com.dorsum.people.Provider;
import com.dorsum.people.ProviderDirectory;
import com.dorsum.plans.CourseItem;
import com.dorsum.plans.HomeCareItem;
import com.dorsum.plans.HomeCareTemplate;
import com.dorsum.plans.MedicationItem;
import com.dorsum.plans.Medicine;
import com.dorsum.plans.PlanDraft;
import com.dorsum.plans.TreatmentPlans;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.MovableClock;
import com.dorsum.referrals.BodyRegion;
import com.dorsum.referrals.OrderKind;
import com.dorsum.referrals.OrderRequest;
import com.dorsum.referrals.OrderStatus;
import com.dorsum.referrals.Orders;
import com.dorsum.referrals.ReferralRequest;
import com.dorsum.referrals.ReferralStatus;
import com.dorsum.referrals.Referrals;
import com.dorsum.referrals.RuleOut;
import com.dorsum.referrals.SpecialistDetails;
import com.dorsum.referrals.SpecialistDirectory;
import com.dorsum.referrals.Specialty;
import com.dorsum.referrals.SurgicalIndication;
import com.dorsum.referrals.Urgency;
import com.dorsum.scheduling.Appointment;
import com.dorsum.scheduling.AppointmentBook;
import com.dorsum.scheduling.AppointmentStatus;
import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.CourseOutcome;
import com.dorsum.scheduling.CourseRequest;
import com.dorsum.scheduling.Courses;
import com.dorsum.scheduling.PartOfDay;
import com.dorsum.scheduling.VisitChangeRequest;
import com.dorsum.scheduling.VisitChangeRequests;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.scheduling.Waitlist;
import com.dorsum.security.Accounts;
import com.dorsum.security.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo clinic in full swing around today, built on the {@link DemoFoundation}: the past eight and the next
 * four weeks of courses of every therapy at every stage (with cancellations and no-shows), reviews and facet-joint
 * injections, referrals and orders at every step, treatment plans, pain diaries, the front desk's queue of visit
 * requests and a waitlist. Everything goes through the services the clinic's people use, as the person who would
 * do it ({@link Cast}) and at the moment they would have done it, so it keeps every rule (R1-R18) and, like the
 * front desk, books only ahead of the moment of booking. Drawn from one seeded {@link Random}: the same seed and
 * day give the same clinic.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoClinic {

    private static final Logger LOG = Logger.getLogger(DemoClinic.class.getName());

    /** Every provider's account: the foundation's two, and one for each provider added here. */
    private static final String[][] LOGINS = {{"clinician", "Dr. Helena Adler"}, {"physio", "Jakob Berger"},
        {"conrad", "Sofia Conrad"}, {"chiro", "Dr. Marc Dorn"}, {"osteo", "Lea Engel"}, {"massage", "Tom Fuchs"},
        {"acupuncture", "Mei Lin Gruber"}, {"cbt", "Dr. Nora Haas"}, {"iven", "Dr. Oskar Iven"},
        {"wolf", "Lena Wolf"}};

    @PersistenceContext
    EntityManager em;

    @Inject
    Cast cast;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Inject
    ProviderDirectory providers;

    @Inject
    SpecialistDirectory specialists;

    @Inject
    PatientRegistry registry;

    @Inject
    Courses courses;

    @Inject
    AppointmentBook book;

    @Inject
    Injections injections;

    @Inject
    Aftercare aftercare;

    @Inject
    Referrals referrals;

    @Inject
    Orders orders;

    @Inject
    TreatmentPlans plans;

    @Inject
    PainDiary diary;

    @Inject
    VisitChangeRequests visitRequests;

    @Inject
    Waitlist waitlist;

    public String generate(Random random, int patientCount) {
        return new Generation(random).run(patientCount);
    }

    /** One generation: the state of the clinic being built, for one call. */
    private final class Generation {

        private final Random random;
        private final LocalDateTime now = LocalDateTime.now(clock);
        private final LocalDate today = now.toLocalDate();
        /** The Monday eight weeks back: where the clinic's recorded past begins. */
        private final LocalDate firstDay = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(8);
        private final Map<String, Provider> staff = new HashMap<>();
        /** The account of each provider: who records and completes their work. */
        private final Map<Long, String> accountOf = new HashMap<>();
        private final Map<Specialty, Long> specialistOf = new EnumMap<>(Specialty.class);
        private final List<Long> patients = new ArrayList<>();
        private final List<Long> pool = new ArrayList<>();
        private final Map<Long, List<Long>> referralsOf = new HashMap<>();
        private final Map<Long, List<Long>> ordersOf = new HashMap<>();
        private final Set<Long> injected = new LinkedHashSet<>();
        private final Set<Long> planned = new HashSet<>();
        private final Map<String, Integer> counts = new LinkedHashMap<>();
        private int nextFromPool;
        private long anna;
        private long ben;

        Generation(Random random) {
            this.random = random;
        }

        String run(int patientCount) {
            staff();
            specialists();
            patients(patientCount);
            injectionHistories();
            reviews();
            annaAndBen();
            courses();
            referrals();
            orders();
            plans();
            diaries();
            visitRequests();
            waitlist();
            return counts.toString();
        }

        // ---------------------------------------------------------------- people

        private void staff() {
            LocalDateTime setUp = today.minusDays(120).atTime(9, 0);
            cast.run("admin", setUp, () -> {
                providers.addProvider("Lena Wolf", Discipline.MASSAGE_THERAPIST,
                        DemoFoundation.weekdays(LocalTime.of(11, 0), LocalTime.of(19, 0)));
                for (Provider p : em.createQuery("select p from Provider p", Provider.class).getResultList()) {
                    staff.put(p.getName(), p);
                }
                char[] password = DemoData.PASSWORD.toCharArray();
                for (String[] login : LOGINS) {
                    if (accounts.findByUsername(login[0]).isEmpty()) {
                        accounts.createStaff(login[0], password, Role.CLINICIAN, staff.get(login[1]));
                    }
                    accountOf.put(staff.get(login[1]).getId(), login[0]);
                }
            });
        }

        private void specialists() {
            String[][] directory = {
                {"ORTHOPEDICS", "Dr. Paul Sandner", "Orthopaedics at the Ring", "Ringstrasse 12, 10115 Berlin"},
                {"ORTHOPEDICS", "Dr. Ines Kral", "Spine Centre Mitte", "Invalidenstrasse 40, 10115 Berlin"},
                {"NEUROLOGY", "Dr. Amir Haddad", "Neurology Practice Prenzlauer Berg", "Kastanienallee 7, 10435 Berlin"},
                {"NEUROLOGY", "Dr. Birte Lund", "Neurological Outpatients Charite", "Chariteplatz 1, 10117 Berlin"},
                {"RHEUMATOLOGY", "Dr. Rita Sommerfeld", "Rheumatology Practice Mitte", "Gelenkstrasse 5, 10117 Berlin"},
                {"RHEUMATOLOGY", "Dr. Jan Petersen", "Rheumatology Schoeneberg", "Hauptstrasse 88, 10827 Berlin"},
                {"SURGERY", "Prof. Dr. Klaus Wendt", "Spinal Surgery Unit Vivantes", "Landsberger Allee 49, 10249 Berlin"},
                {"SURGERY", "Dr. Olga Brenner", "Spine Surgery Westend", "Spandauer Damm 130, 14050 Berlin"},
                {"PSYCHOLOGY", "Dipl.-Psych. Mara Linde", "CBT Practice Kreuzberg", "Oranienstrasse 20, 10999 Berlin"},
                {"PSYCHOLOGY", "Dr. Felix Aurich", "Pain Psychology Berlin", "Bergmannstrasse 3, 10961 Berlin"},
                {"PHYSIOTHERAPY", "Sven Holm", "Physio am Park", "Parkstrasse 2, 13086 Berlin"},
                {"PHYSIOTHERAPY", "Ana Costa", "Move Physiotherapy", "Torstrasse 101, 10119 Berlin"},
                {"CHIROPRACTIC", "Dr. Leo Marchetti", "Chiropractic Friedrichshain", "Boxhagener Strasse 9, 10245 Berlin"},
                {"CHIROPRACTIC", "Dr. Hanna Berg", "Chiro Zehlendorf", "Teltower Damm 30, 14169 Berlin"}};
            cast.run("admin", today.minusDays(110).atTime(10, 0), () -> {
                int n = 0;
                for (String[] s : directory) {
                    SpecialistDetails details = new SpecialistDetails();
                    details.setSpecialty(Specialty.valueOf(s[0]));
                    details.setName(s[1]);
                    details.setPractice(s[2]);
                    details.setAddress(s[3]);
                    details.setPhone(String.format("+49 30 444%04d", n));
                    details.setEmail("referrals" + n++ + "@example.org");
                    long id = specialists.add(details).getId();
                    specialistOf.putIfAbsent(details.getSpecialty(), id);
                }
            });
            counts.put("specialists", directory.length);
        }

        private void patients(int patientCount) {
            cast.run("frontdesk", today.minusDays(100).atTime(8, 30), () -> {
                for (int n = DemoFoundation.PATIENTS; n < patientCount; n++) {
                    registry.register(Names.patient(n, random));
                }
            });
            patients.addAll(em.createQuery("select p.id from Patient p order by p.id", Long.class).getResultList());
            anna = accounts.patientIdOf("patient.anna").orElseThrow();
            ben = accounts.patientIdOf("patient.ben").orElseThrow();
            pool.addAll(patients);
            pool.remove(anna);
            pool.remove(ben);
            Collections.shuffle(pool, random);
            counts.put("patients", patients.size());
        }

        /** The next patient from the shuffled list, round and round: most patients have one thing going on. */
        private long nextPatient() {
            return pool.get(nextFromPool++ % pool.size());
        }

        private long provider(String name) {
            return staff.get(name).getId();
        }

        // ---------------------------------------------------------------- injections (R6-R8)

        /** One injection of a patient's history: days from today, the physician, and what followed. */
        private record Shot(int day, String physician, Relief followUp, ComplicationKind complication) {
            static Shot booked(int day, String physician) {
                return new Shot(day, physician, null, null);
            }
        }

        private void injectionHistories() {
            String adler = "Dr. Helena Adler";
            String iven = "Dr. Oskar Iven";
            List<List<Shot>> histories = List.of(
                    // three in the last six months: the next one months away
                    List.of(new Shot(-40, adler, Relief.GOOD, null), new Shot(-26, adler, Relief.MODERATE, null),
                            new Shot(-12, adler, null, null)),
                    List.of(new Shot(-5, adler, null, null)),
                    List.of(new Shot(-4, iven, null, null)),
                    List.of(new Shot(-20, iven, null, null)),
                    List.of(new Shot(-30, adler, Relief.SLIGHT, ComplicationKind.INFECTION)),
                    List.of(new Shot(-15, iven, Relief.MODERATE, ComplicationKind.NERVE_IRRITATION)),
                    List.of(new Shot(-50, adler, Relief.GOOD, null), Shot.booked(10, adler)),
                    List.of(new Shot(-35, iven, Relief.MODERATE, null), Shot.booked(20, iven)),
                    List.of(Shot.booked(3, adler)),
                    List.of(Shot.booked(6, iven)),
                    List.of(new Shot(-2, adler, null, null)),
                    List.of(new Shot(-55, adler, Relief.GOOD, null), new Shot(-25, adler, Relief.GOOD, null),
                            Shot.booked(25, adler)),
                    List.of(new Shot(-10, adler, Relief.NONE, null)),
                    List.of(Shot.booked(1, iven)));
            Set<LocalDateTime> procedureRoom = new HashSet<>();
            for (List<Shot> history : histories) {
                long patient = nextPatient();
                history.forEach(shot -> inject(patient, shot, procedureRoom));
                injected.add(patient);
            }
            inject(anna, new Shot(-45, adler, Relief.MODERATE, null), procedureRoom);
            inject(anna, new Shot(-12, adler, Relief.GOOD, null), procedureRoom);
            injected.add(anna);
            counts.put("patients with injections", injected.size());
        }

        private void inject(long patient, Shot shot, Set<LocalDateTime> procedureRoom) {
            LocalDate day = shot.day() < 0 ? weekdayOnOrBefore(today.plusDays(shot.day()))
                    : weekdayOnOrAfter(today.plusDays(shot.day()));
            LocalDateTime start = day.atTime(8, 30);
            while (!procedureRoom.add(start)) {
                start = start.plusMinutes(30);
            }
            long physician = provider(shot.physician());
            SpinalLevel level = List.of(SpinalLevel.L4_L5, SpinalLevel.L5_S1, SpinalLevel.L3_L4, SpinalLevel.T4_T5,
                    SpinalLevel.C5_C6).get(random.nextInt(5));
            Side side = Side.values()[random.nextInt(Side.values().length)];
            LocalDateTime at = start;
            Injection injection = cast.as("frontdesk", bookedAhead(start, 7), () -> injections.book(patient,
                    new InjectionBooking(at, level, side, physician, null)));
            count("injections booked");
            if (shot.day() >= 0) {
                return;
            }
            String by = accountOf.get(physician);
            cast.run(by, start.plusMinutes(40), () -> {
                ProcedureRecord record = new ProcedureRecord();
                record.setLevels(EnumSet.of(level));
                record.setSide(side);
                record.setAnesthetic("Lidocaine 1%, 1 ml");
                record.setCorticosteroid("Methylprednisolone 40 mg");
                record.setStart(at.plusMinutes(3));
                record.setEnd(at.plusMinutes(26));
                record.setProviderId(physician);
                record.setNotes("Fluoroscopy-guided, no immediate reaction");
                injections.recordProcedure(patient, injection.getId(), record);
            });
            count("injections performed");
            if (shot.followUp() != null) {
                LocalDate checked = day.plusDays(4);
                cast.run(by, checked.atTime(12, 0), () -> aftercare.recordFollowUp(patient, injection.getId(),
                        checked, shot.followUp(), shot.followUp() == Relief.GOOD ? 2 : 5,
                        "Telephone follow-up after day 3"));
            }
            if (shot.complication() != null) {
                LocalDate noticed = day.plusDays(shot.complication() == ComplicationKind.INFECTION ? 3 : 1);
                cast.run(by, noticed.atTime(11, 0), () -> aftercare.recordComplication(patient, injection.getId(),
                        shot.complication(), noticed, shot.complication() == ComplicationKind.INFECTION
                                ? Severity.MODERATE : Severity.MILD,
                        shot.complication() == ComplicationKind.INFECTION
                                ? "Redness and warmth at the needle site; oral antibiotics"
                                : "Tingling down the arm for two days, settled without treatment"));
                count("complications");
            }
        }

        // ---------------------------------------------------------------- single visits

        /** The pain physicians' assessments and reviews, every working day of the twelve weeks. */
        private void reviews() {
            Map<Long, Integer> perDay = new LinkedHashMap<>();
            perDay.put(provider("Dr. Helena Adler"), 4);
            perDay.put(provider("Dr. Oskar Iven"), 2);
            for (LocalDate day = firstDay; day.isBefore(today.plusWeeks(4)); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                LocalDate d = day;
                try {
                    cast.run("frontdesk", bookedAhead(day.atTime(8, 0), 5), () -> perDay.forEach((physician, n) -> {
                        for (int i = 0; i < n; i++) {
                            LocalDateTime start = d.atTime(10 + 2 * i, n == 4 ? 0 : 40);
                            long patient = nextPatient();
                            if (!injected.contains(patient)) {
                                settle(book.book(patient, physician, null, VisitKind.REVIEW, start), true);
                                count("reviews");
                            }
                        }
                    }));
                } catch (DomainException taken) {
                    count("review days that did not fit");
                }
            }
        }

        /**
         * What became of a visit up to now, as the front desk records it: most took place, a few were cancelled
         * (some late) or missed; one under way is checked in. With {@code chance} false every visit took place.
         */
        private void settle(Appointment visit, boolean chance) {
            double x = chance ? random.nextDouble() : 1;
            LocalDateTime start = visit.getStart();
            if (x < 0.04 && start.minusDays(2).isBefore(now)) {
                at(min(start.minusDays(1 + random.nextInt(2)).withHour(9), now.minusMinutes(10)), () -> book.cancel(visit.getId(),
                        "Patient called in sick"));
                count("cancelled");
            } else if (x < 0.06 && start.minusHours(3).isBefore(now)) {
                at(start.minusHours(3), () -> book.cancel(visit.getId(), "Patient stuck in traffic"));
                count("cancelled late");
            } else if (!start.isBefore(now)) {
                return;
            } else if (x < 0.09) {
                at(start.plusMinutes(15), () -> book.recordNoShow(visit.getId()));
                count("no-shows");
            } else if (!visit.getEnd().isAfter(now)) {
                at(visit.getEnd(), () -> book.markDone(visit.getId()));
            } else {
                at(start.minusMinutes(5), () -> book.checkIn(visit.getId()));
            }
        }

        // ---------------------------------------------------------------- courses (R1-R5)

        private void annaAndBen() {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Course annas = course(anna, VisitKind.PHYSIOTHERAPY, provider("Jakob Berger"), 2, 6, null,
                    monday.minusWeeks(3), EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), null, null);
            if (annas != null) {
                live(annas, false);
            }
            // A massage on the next working day, late enough to be more than 24 hours ahead for most of the day:
            // Anna can move it herself in the portal.
            LocalDateTime massage = weekdayOnOrAfter(today.plusDays(1)).atTime(18, 15);
            cast.run("frontdesk", now.minusDays(2), () -> book.book(anna, provider("Lena Wolf"), null,
                    VisitKind.MASSAGE, massage));
            Course bens = course(ben, VisitKind.CHIROPRACTIC, provider("Dr. Marc Dorn"), null, null, 4,
                    monday.minusWeeks(1), EnumSet.noneOf(DayOfWeek.class), LocalTime.of(8, 0), LocalTime.of(12, 0));
            if (bens != null) {
                live(bens, false);
            }
        }

        private void courses() {
            List<Course> underWay = new ArrayList<>();
            for (int week = -8; week <= 3; week++) {
                LocalDate monday = firstDay.plusWeeks(week + 8L);
                for (int i = 0; i < 5; i++) {
                    int perWeek = 2 + random.nextInt(2);
                    int weeks = 4 + random.nextInt(5);
                    Course c = course(nextPatient(), VisitKind.PHYSIOTHERAPY, null, perWeek, weeks, null,
                            monday.plusDays(random.nextInt(3)), EnumSet.noneOf(DayOfWeek.class),
                            i % 3 == 0 ? LocalTime.of(13, 0) : null, i % 3 == 1 ? LocalTime.of(12, 30) : null);
                    if (c != null && c.getStartDate().isBefore(today.minusWeeks(1)) && live(c, true)) {
                        underWay.add(c);
                    }
                }
                series(VisitKind.CHIROPRACTIC, monday, 2, 3, 5);
                series(VisitKind.OSTEOPATHY, monday, 2, 3, 5);
                series(VisitKind.MASSAGE, monday, 2, 1, 6);
                series(VisitKind.ACUPUNCTURE, monday, 1, 6, 10);
                series(VisitKind.CBT, monday, 1, 6, 10);
            }
            // Two courses ended early: their remaining sessions are cancelled and offered to the waitlist.
            for (Course c : underWay.subList(0, Math.min(2, underWay.size()))) {
                cast.run("frontdesk", now.minusDays(1), () -> courses.cancelRemaining(c.getId(),
                        "Patient is moving to another city"));
                count("courses ended early");
            }
        }

        private void series(VisitKind therapy, LocalDate monday, int howMany, int fewest, int most) {
            for (int i = 0; i < howMany; i++) {
                Course c = course(nextPatient(), therapy, null, null, null, fewest + random.nextInt(most - fewest + 1),
                        monday.plusDays(random.nextInt(3)), EnumSet.noneOf(DayOfWeek.class), null, null);
                if (c != null) {
                    live(c, true);
                }
            }
        }

        /** Books a course as the front desk would, a few days before it starts; null if it does not fit. */
        private Course course(long patient, VisitKind therapy, Long provider, Integer perWeek, Integer weeks,
                              Integer sessions, LocalDate start, Set<DayOfWeek> days, LocalTime earliest,
                              LocalTime latest) {
            CourseRequest request = new CourseRequest();
            request.setPatientId(patient);
            request.setTherapy(therapy);
            request.setProviderId(provider);
            request.setSessionsPerWeek(perWeek);
            request.setWeeks(weeks);
            request.setSessions(sessions);
            request.setStartDate(start);
            request.setPreferredDays(days);
            request.setEarliest(earliest);
            request.setLatest(latest);
            try {
                Course booked = cast.as("frontdesk", bookedAhead(start.atTime(8, 0), 3), () -> courses.book(request));
                count("courses");
                return booked;
            } catch (DomainException refused) {
                count("courses that did not fit");
                return null;
            }
        }

        /**
         * The course's sessions up to now (taken place, cancelled, missed), and its completion by its provider once
         * every session is over; true if it is still running.
         */
        private boolean live(Course course, boolean chance) {
            List<Appointment> sessions = course.getSessions();
            LocalDateTime last = sessions.stream().map(Appointment::getEnd).max(LocalDateTime::compareTo).orElseThrow();
            cast.run("frontdesk", now, () -> sessions.forEach(s -> settle(s, chance)));
            count("sessions", sessions.size());
            if (last.isAfter(now)) {
                return true;
            }
            String by = accountOf.get(course.getProviderId());
            CourseOutcome outcome = random.nextInt(4) == 0 ? CourseOutcome.NO_ADEQUATE_RELIEF
                    : CourseOutcome.ADEQUATE_RELIEF;
            try {
                cast.run(by, last.plusHours(1), () -> courses.complete(course.getId(), outcome,
                        outcome == CourseOutcome.ADEQUATE_RELIEF ? "Pain much improved, exercises continue at home"
                                : "Little change in pain; discussed further options"));
                count("courses completed");
            } catch (DomainException notTakenPlace) {
                count("courses left open");
            }
            return false;
        }

        // ---------------------------------------------------------------- referrals and orders (R9-R13)

        /** A referral's story: who, where to, why, and the steps it went through, days from today. */
        private record Story(Specialty specialty, Urgency urgency, String reason, RuleOut ruleOut,
                             SurgicalIndication indication, int[] days, ReferralStatus... steps) {
        }

        private void referrals() {
            List<Story> stories = List.of(
                    new Story(Specialty.NEUROLOGY, Urgency.ROUTINE, "Tingling in the left hand for three weeks",
                            null, null, new int[] {-1}),
                    new Story(Specialty.RHEUMATOLOGY, Urgency.ROUTINE, "Morning stiffness of the back for over an hour",
                            RuleOut.RHEUMATOID_ARTHRITIS, null, new int[] {-6, -5}, ReferralStatus.SENT),
                    new Story(Specialty.ORTHOPEDICS, Urgency.ROUTINE, "Back pain at night after a fall on the ice",
                            RuleOut.SPINAL_FRACTURE, null, new int[] {-20, -19}, ReferralStatus.SENT),
                    new Story(Specialty.NEUROLOGY, Urgency.URGENT, "Weakness lifting the right foot since Monday",
                            RuleOut.HERNIATED_DISC, null, new int[] {-4, -4}, ReferralStatus.SENT),
                    new Story(Specialty.CHIROPRACTIC, Urgency.ROUTINE, "Second opinion on manual therapy for the neck",
                            null, null, new int[] {-3, -3}, ReferralStatus.SENT),
                    new Story(Specialty.PSYCHOLOGY, Urgency.ROUTINE, "Stress at work keeps the pain going (R13)",
                            null, null, new int[] {-12, -11, -8}, ReferralStatus.SENT, ReferralStatus.BOOKED),
                    new Story(Specialty.SURGERY, Urgency.URGENT, "Large L4-L5 disc herniation with leg pain",
                            null, SurgicalIndication.HERNIATED_DISC, new int[] {-9, -8, -6}, ReferralStatus.SENT,
                            ReferralStatus.BOOKED),
                    new Story(Specialty.RHEUMATOLOGY, Urgency.ROUTINE, "Raised inflammation markers and hip pain",
                            RuleOut.RHEUMATOID_ARTHRITIS, null, new int[] {-30, -29, -25, -10}, ReferralStatus.SENT,
                            ReferralStatus.BOOKED, ReferralStatus.SEEN),
                    new Story(Specialty.ORTHOPEDICS, Urgency.ROUTINE, "Loss of height and thoracic pain",
                            RuleOut.OSTEOPOROSIS, null, new int[] {-40, -39, -35, -20, -12}, ReferralStatus.SENT,
                            ReferralStatus.BOOKED, ReferralStatus.SEEN, ReferralStatus.REPORT_RECEIVED),
                    new Story(Specialty.NEUROLOGY, Urgency.ROUTINE, "Numbness over the shoulder blade",
                            null, null, new int[] {-55, -54, -48, -35, -25, -15}, ReferralStatus.SENT,
                            ReferralStatus.BOOKED, ReferralStatus.SEEN, ReferralStatus.REPORT_RECEIVED,
                            ReferralStatus.CLOSED),
                    new Story(Specialty.RHEUMATOLOGY, Urgency.ROUTINE, "Swollen finger joints",
                            RuleOut.RHEUMATOID_ARTHRITIS, null, new int[] {-18, -17, -10}, ReferralStatus.SENT,
                            ReferralStatus.CANCELLED));
            for (Story story : stories) {
                refer(nextPatient(), story);
            }
            refer(anna, new Story(Specialty.ORTHOPEDICS, Urgency.ROUTINE,
                    "Upper back pain between the shoulder blades despite physiotherapy and two injections; please"
                            + " assess for a herniated disc", RuleOut.HERNIATED_DISC, null, new int[] {-25, -24, -20},
                    ReferralStatus.SENT, ReferralStatus.BOOKED));
        }

        private void refer(long patient, Story story) {
            String physician = random.nextInt(3) == 0 ? "iven" : "clinician";
            ReferralRequest request = new ReferralRequest(story.specialty(), story.reason(), story.urgency());
            if (story.ruleOut() != null) {
                request.setRuleOuts(EnumSet.of(story.ruleOut()));
            }
            request.setSurgicalIndication(story.indication());
            request.setSpecialistId(specialistOf.get(story.specialty()));
            long id = cast.as(physician, today.plusDays(story.days()[0]).atTime(11, 20),
                    () -> referrals.refer(patient, request)).getId();
            referralsOf.computeIfAbsent(patient, p -> new ArrayList<>()).add(id);
            for (int i = 0; i < story.steps().length; i++) {
                ReferralStatus to = story.steps()[i];
                String by = to == ReferralStatus.CLOSED ? physician : "frontdesk";
                LocalDateTime at = min(today.plusDays(story.days()[i + 1]).atTime(14, 10), now.minusMinutes(20));
                cast.run(by, at, () -> referrals.advance(patient, id, to, note(to)));
            }
            count("referrals");
        }

        private String note(ReferralStatus to) {
            return switch (to) {
                case SENT -> "Letter sent by secure mail";
                case BOOKED -> "Appointment confirmed by the practice";
                case SEEN -> "Patient was seen";
                case REPORT_RECEIVED -> "Report received and filed";
                case CLOSED -> "Findings discussed with the patient";
                case CANCELLED -> "Symptoms resolved; no longer needed";
                case DRAFT -> null;
            };
        }

        /** An order's story: kind, region, days from today of ordering and each step, and the result. */
        private record Test(OrderKind kind, BodyRegion region, String reason, int[] days, String result,
                            boolean abnormal, OrderStatus last) {
        }

        private void orders() {
            List<Test> tests = List.of(
                    new Test(OrderKind.XRAY, BodyRegion.LUMBAR_SPINE, "Low back pain after lifting", new int[] {-9, -7, -5},
                            "Mild spondylosis L3-L5, no fracture", false, OrderStatus.RESULT_RECEIVED),
                    new Test(OrderKind.MRI, BodyRegion.LUMBAR_SPINE, "Leg pain below the knee", new int[] {-14, -10, -6},
                            "Disc protrusion L4-L5 touching the left L5 nerve root", true, OrderStatus.RESULT_RECEIVED),
                    new Test(OrderKind.CT, BodyRegion.THORACIC_SPINE, "Pain after a fall", new int[] {-6, -5, -3},
                            "No fracture; old Schmorl node T8", false, OrderStatus.RESULT_RECEIVED),
                    new Test(OrderKind.BLOOD_RA, null, "Morning stiffness", new int[] {-5, -4, -2},
                            "Rheumatoid factor and anti-CCP negative", false, OrderStatus.RESULT_RECEIVED),
                    new Test(OrderKind.XRAY, BodyRegion.CERVICAL_SPINE, "Neck pain with headaches",
                            new int[] {-30, -28, -25, -22}, "Loss of lordosis, no instability", false,
                            OrderStatus.REVIEWED),
                    new Test(OrderKind.ULTRASOUND, BodyRegion.SHOULDER, "Shoulder pain radiating to the back",
                            new int[] {-2}, null, false, OrderStatus.ORDERED),
                    new Test(OrderKind.BONE_SCAN, BodyRegion.WHOLE_BODY, "Night pain and weight loss",
                            new int[] {-5, -3}, null, false, OrderStatus.SCHEDULED),
                    new Test(OrderKind.BLOOD_INFECTION, null, "Fever and back pain", new int[] {-3, -2, -1}, null,
                            false, OrderStatus.PERFORMED));
            for (Test test : tests) {
                order(nextPatient(), test);
            }
            order(anna, new Test(OrderKind.MRI, BodyRegion.THORACIC_SPINE,
                    "Upper back pain for three months without relief", new int[] {-30, -28, -20, -18},
                    "Mild degenerative changes T5-T7; no disc herniation, no compression of the cord", false,
                    OrderStatus.REVIEWED));
        }

        private void order(long patient, Test test) {
            String physician = random.nextInt(3) == 0 ? "iven" : "clinician";
            OrderRequest request = new OrderRequest(test.kind(), test.reason(), test.region(), false);
            long id = cast.as(physician, today.plusDays(test.days()[0]).atTime(10, 40),
                    () -> orders.order(patient, request)).getId();
            ordersOf.computeIfAbsent(patient, p -> new ArrayList<>()).add(id);
            List<OrderStatus> steps = switch (test.last()) {
                case SCHEDULED -> List.of(OrderStatus.SCHEDULED);
                case PERFORMED -> List.of(OrderStatus.SCHEDULED, OrderStatus.PERFORMED);
                case RESULT_RECEIVED -> List.of(OrderStatus.SCHEDULED, OrderStatus.RESULT_RECEIVED);
                case REVIEWED -> List.of(OrderStatus.SCHEDULED, OrderStatus.RESULT_RECEIVED, OrderStatus.REVIEWED);
                default -> List.<OrderStatus>of();
            };
            for (int i = 0; i < steps.size(); i++) {
                OrderStatus to = steps.get(i);
                LocalDateTime at = min(today.plusDays(test.days()[i + 1]).atTime(15, 0), now.minusMinutes(10));
                cast.run(to == OrderStatus.REVIEWED ? physician : "frontdesk", at, () -> {
                    if (to == OrderStatus.RESULT_RECEIVED) {
                        orders.receiveResult(patient, id, test.result(), test.abnormal(), null, null, null);
                    } else {
                        orders.advance(patient, id, to, to == OrderStatus.REVIEWED
                                ? "Discussed with the patient; no change to the plan" : null);
                    }
                });
            }
            count("orders");
        }

        // ---------------------------------------------------------------- plans (R14-R17)

        private void plans() {
            LocalDate start = today.minusDays(21);
            PlanDraft annas = draft("Upper back pain between the shoulder blades from desk work",
                    "Work a full day at the desk without pain; swim again",
                    new CourseItem(VisitKind.PHYSIOTHERAPY, 2, 6, null),
                    List.of(home(HomeCareTemplate.STRETCHES, start), home(HomeCareTemplate.TENNIS_BALL, start),
                            home(HomeCareTemplate.POSTURE, start), home(HomeCareTemplate.WALKS, start)),
                    List.of(new MedicationItem(Medicine.IBUPROFEN, "400 mg every 6 hours with food", start,
                            start.plusDays(9), null)));
            annas.setReferralIds(referralsOf.getOrDefault(anna, List.of()));
            annas.setOrderIds(ordersOf.getOrDefault(anna, List.of()));
            publish(anna, "clinician", start.atTime(12, 30), annas);

            LocalDate long1 = today.minusDays(10);
            publish(nextPatient(), "clinician", long1.atTime(9, 45), draft("Flare-up of facet-joint arthritis",
                    "Sleep through the night; back to gardening", new CourseItem(VisitKind.PHYSIOTHERAPY, 2, 4, null),
                    List.of(home(HomeCareTemplate.EPSOM_BATH, long1), home(HomeCareTemplate.WALKS, long1)),
                    List.of(new MedicationItem(Medicine.NAPROXEN, "250 mg twice a day with food", long1,
                            long1.plusDays(20), "Flare lasting more than two weeks; stomach protected with a PPI,"
                            + " kidney function checked; review after three weeks"))));

            HomeCareTemplate[][] homeCare = {
                {HomeCareTemplate.ICE, HomeCareTemplate.WALKS}, {HomeCareTemplate.STRETCHES, HomeCareTemplate.FOAM_ROLLER},
                {HomeCareTemplate.POSTURE, HomeCareTemplate.SLEEP}, {HomeCareTemplate.STRESS_PRACTICES, HomeCareTemplate.WALKS},
                {HomeCareTemplate.TENNIS_BALL, HomeCareTemplate.STRETCHES}};
            Medicine[] medicines = {Medicine.IBUPROFEN, Medicine.ACETAMINOPHEN, Medicine.METHOCARBAMOL, null,
                Medicine.ASPIRIN};
            VisitKind[] therapies = {VisitKind.PHYSIOTHERAPY, VisitKind.CHIROPRACTIC, VisitKind.OSTEOPATHY,
                VisitKind.ACUPUNCTURE, VisitKind.CBT};
            List<Long> withPlans = new ArrayList<>(injected);
            withPlans.remove(anna);
            for (int i = 0; i < 24; i++) {
                long patient = i < withPlans.size() ? withPlans.get(i) : nextPatient();
                LocalDate day = today.minusDays(3 + random.nextInt(50));
                HomeCareTemplate[] care = homeCare[i % homeCare.length];
                Medicine medicine = medicines[i % medicines.length];
                VisitKind therapy = therapies[i % therapies.length];
                CourseItem course = therapy == VisitKind.PHYSIOTHERAPY ? new CourseItem(therapy, 2, 6, null)
                        : new CourseItem(therapy, null, null, therapy == VisitKind.CBT ? 8 : 4);
                List<MedicationItem> medication = medicine == null ? List.of() : List.of(new MedicationItem(medicine,
                        medicine.isNsaid() ? "400 mg up to three times a day with food" : "As needed, at most as the"
                                + " leaflet says", day, day.plusDays(medicine.isNsaid() ? 9 : 13), null));
                publish(patient, i % 3 == 0 ? "iven" : "clinician", day.atTime(13, 15), draft(
                        "Back pain: " + therapy.name().toLowerCase() + " with home care",
                        "Less pain at work and at night", course,
                        List.of(home(care[0], day), home(care[1], day)), medication));
            }
        }

        private PlanDraft draft(String problem, String goals, CourseItem course, List<HomeCareItem> homeCare,
                                List<MedicationItem> medications) {
            PlanDraft draft = new PlanDraft();
            draft.setProblem(problem);
            draft.setGoals(goals);
            draft.setCourses(new ArrayList<>(List.of(course)));
            draft.setHomeCare(new ArrayList<>(homeCare));
            draft.setMedications(new ArrayList<>(medications));
            return draft;
        }

        private HomeCareItem home(HomeCareTemplate template, LocalDate from) {
            Integer days = template.defaultDays();
            return new HomeCareItem(template, from, days == null ? null : from.plusDays(days - 1L), null);
        }

        private void publish(long patient, String physician, LocalDateTime at, PlanDraft draft) {
            if (planned.add(patient)) {
                cast.run(physician, at, () -> plans.publish(patient, draft));
                count("plans");
            }
        }

        // ---------------------------------------------------------------- diaries (R18)

        private void diaries() {
            List<LocalDate> annasInjections = List.of(weekdayOnOrBefore(today.minusDays(45)),
                    weekdayOnOrBefore(today.minusDays(12)));
            cast.run("patient.anna", now, () -> {
                for (int back = 41; back >= 0; back--) {
                    LocalDate day = today.minusDays(back);
                    if (back % 6 == 4) {
                        continue;
                    }
                    int pain = (int) Math.round(7 - 4.0 * (41 - back) / 41 + random.nextInt(3) - 1);
                    for (LocalDate injection : annasInjections) {
                        long after = day.toEpochDay() - injection.toEpochDay();
                        if (after >= 0 && after <= 2) {
                            pain += 2 - (int) after;
                        }
                    }
                    boolean nsaid = !day.isBefore(today.minusDays(21)) && !day.isAfter(today.minusDays(12));
                    write(anna, day, Math.max(1, Math.min(9, pain)), nsaid ? "ibuprofen 400 mg" : null);
                }
            });
            cast.run("patient.ben", now, () -> {
                for (int back = 9; back >= 0; back -= 1 + random.nextInt(2)) {
                    write(ben, today.minusDays(back), 4 + random.nextInt(3), null);
                }
            });
        }

        private void write(long patient, LocalDate day, int pain, String medication) {
            String[] activities = {"desk work", "physiotherapy exercises", "swimming", "gardening", "long drive",
                "walk in the park", "carried shopping"};
            DiaryInput entry = new DiaryInput();
            entry.setDate(day);
            entry.setPain(pain);
            entry.setLocation(random.nextInt(4) == 0 ? BodyLocation.UPPER_BACK : BodyLocation.BETWEEN_SHOULDER_BLADES);
            entry.setSide(random.nextInt(3) == 0 ? PainSide.LEFT : PainSide.BOTH);
            entry.setActivity(activities[random.nextInt(activities.length)]);
            entry.setMedication(medication);
            entry.setSleepHours(BigDecimal.valueOf(55 + random.nextInt(30), 1));
            entry.setStress(2 + random.nextInt(6));
            entry.setNotes(pain >= 7 ? "Worse in the evening" : null);
            at(min(day.atTime(21, 0), now.minusMinutes(5)), () -> diary.add(patient, entry));
            count("diary entries");
        }

        // ---------------------------------------------------------------- the front desk's queue, the waitlist

        /**
         * Patients with a portal account who ask, less than 24 hours before their visit, to cancel or move it: the
         * requests wait in the front desk's queue. Asked a little before now where visits lie within the next day;
         * over a weekend, when none do, a day before the next visits.
         */
        private void visitRequests() {
            List<Appointment> soon = em.createQuery("select a from Appointment a where a.status = :booked"
                            + " and a.start > :from and a.patientId not in :portal order by a.start", Appointment.class)
                    .setParameter("booked", AppointmentStatus.BOOKED).setParameter("from", now.plusHours(1))
                    .setParameter("portal", List.of(anna, ben)).setMaxResults(60).getResultList();
            Set<Long> asked = new HashSet<>();
            int n = 0;
            for (Appointment visit : soon) {
                if (n == 4 || !asked.add(visit.getPatientId())) {
                    continue;
                }
                LocalDateTime askedAt = now.minusMinutes(10 + 17L * n);
                if (!askedAt.plusHours(24).isAfter(visit.getStart())) {
                    askedAt = visit.getStart().minusHours(20);
                }
                LocalDateTime when = askedAt;
                Patient patient = em.find(Patient.class, visit.getPatientId());
                String username = (patient.getGivenName() + "." + patient.getFamilyName() + "." + patient.getId())
                        .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.]", "");
                cast.run("frontdesk", when.minusDays(30), () -> accounts.createForPatient(username,
                        DemoData.PASSWORD.toCharArray(), patient));
                VisitChangeRequest.Kind kind = n % 2 == 0 ? VisitChangeRequest.Kind.MOVE : VisitChangeRequest.Kind.CANCEL;
                LocalDateTime wished = visit.getStart().plusDays(2);
                cast.run(username, when, () -> visitRequests.ask(visit.getId(), kind,
                        kind == VisitChangeRequest.Kind.MOVE ? wished : null,
                        kind == VisitChangeRequest.Kind.MOVE ? "Could we do the same time two days later?"
                                : "My child is ill, sorry"));
                count("visit requests");
                n++;
            }
        }

        private void waitlist() {
            VisitKind[] therapies = {VisitKind.PHYSIOTHERAPY, VisitKind.CHIROPRACTIC, VisitKind.MASSAGE,
                VisitKind.PHYSIOTHERAPY, VisitKind.ACUPUNCTURE, VisitKind.OSTEOPATHY, VisitKind.MASSAGE,
                VisitKind.PHYSIOTHERAPY};
            PartOfDay[] parts = {PartOfDay.MORNING, PartOfDay.AFTERNOON, PartOfDay.EVENING, PartOfDay.ANY};
            for (int i = 0; i < therapies.length; i++) {
                long patient = nextPatient();
                VisitKind therapy = therapies[i];
                PartOfDay part = parts[i % parts.length];
                cast.run("frontdesk", now.minusDays(20 - 2L * i).withHour(9 + i), () -> waitlist.add(patient, therapy,
                        part, wish(part)));
                count("waitlist");
            }
        }

        private String wish(PartOfDay part) {
            return part == PartOfDay.ANY ? "Any time, short notice is fine" : "Prefers the " + part.name().toLowerCase();
        }

        // ---------------------------------------------------------------- time

        /** When the front desk booked something starting then: some days ahead, but never after now. */
        private LocalDateTime bookedAhead(LocalDateTime start, int days) {
            return min(start.minusDays(days).withHour(9).withMinute(random.nextInt(12) * 5), now.minusMinutes(30));
        }

        private void at(LocalDateTime moment, Runnable work) {
            MovableClock.at(moment.atZone(clock.getZone()).toInstant(), () -> {
                work.run();
                return null;
            });
        }

        private void count(String what) {
            count(what, 1);
        }

        private void count(String what, int n) {
            counts.merge(what, n, Integer::sum);
        }
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    static LocalDate weekdayOnOrBefore(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.minusDays(1);
        }
        return d;
    }

    static LocalDate weekdayOnOrAfter(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek().getValue() > 5) {
            d = d.plusDays(1);
        }
        return d;
    }
}
