package com.dorsum.bench;

import com.dorsum.people.MedicalRecordNumber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark's clinic: 40 providers, 20,000 patients and about 200,000 appointments over one year (nine months
 * back, three ahead), written straight into the database on top of the demo data. The calendar obeys the same
 * invariants the application keeps: appointments within clinic and working hours, no provider, patient or room
 * twice at once, and a slot claim per five-minute step of every appointment that is not cancelled. The past is
 * nearly full; the future is half full, as a real calendar that fills up as the weeks come closer. To hold that
 * many visits the benchmark clinic opens longer than the demo clinic (07:00-20:00, Saturdays 08:00-16:00), and
 * the added providers work all of those hours.
 */
final class DataSet {

    static final int PROVIDERS = 40;
    static final int PATIENTS = 20_000;
    static final int APPOINTMENTS = 200_000;
    static final String BENCH_ROOM = "Bench room ";

    private static final double FUTURE_SHARE_OF_PAST_DENSITY = 0.5;
    private static final String[] GIVEN = {"Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hugo", "Ida",
        "Jonas", "Katja", "Lukas", "Mara", "Nils", "Olga", "Paul", "Rosa", "Simon", "Tara", "Uwe"};
    private static final String[] FAMILY = {"Albers", "Brandt", "Claasen", "Dietz", "Ebert", "Frank", "Graf", "Horn",
        "Jansen", "Kuhn", "Lorenz", "Mertens", "Noack", "Otto", "Pohl", "Rieger", "Sauer", "Thiel", "Voigt", "Wolf"};
    /** The 31 providers added to the demo's 9, in the order they are added. */
    private static final String[] ADDED_DISCIPLINES = (
            "PHYSIOTHERAPIST CHIROPRACTOR OSTEOPATH MASSAGE_THERAPIST ".repeat(7)
                    + "ACUPUNCTURIST ACUPUNCTURIST PSYCHOLOGIST").split(" ");
    private static final LocalTime WEEKDAY_OPENS = LocalTime.of(7, 0);
    private static final LocalTime WEEKDAY_CLOSES = LocalTime.of(20, 0);
    private static final LocalTime SATURDAY_OPENS = LocalTime.of(8, 0);
    private static final LocalTime SATURDAY_CLOSES = LocalTime.of(16, 0);
    private static final Map<String, String> KIND_OF = Map.of("PHYSIOTHERAPIST", "PHYSIOTHERAPY",
            "CHIROPRACTOR", "CHIROPRACTIC", "OSTEOPATH", "OSTEOPATHY", "MASSAGE_THERAPIST", "MASSAGE",
            "ACUPUNCTURIST", "ACUPUNCTURE", "PSYCHOLOGIST", "CBT", "PAIN_PHYSICIAN", "REVIEW");

    private final Connection db;
    private final LocalDate first;
    private final LocalDate last;
    private final LocalDate today;
    private final Random random = new Random(20_261_125);

    private record Provider(long id, String kind, Map<DayOfWeek, List<LocalTime[]>> hours) {
    }

    private record Candidate(Provider provider, LocalDateTime start, int minutes, boolean future) {
    }

    DataSet(Connection db, LocalDate today) {
        this.db = db;
        this.today = today;
        this.first = today.minusMonths(9);
        this.last = today.plusMonths(3);
    }

    static boolean present(Connection db) throws SQLException {
        return count(db, "select count(*) from appointment") >= APPOINTMENTS * 9L / 10;
    }

    /** Fills the database; returns the number of appointments written. */
    long generate() throws SQLException {
        db.setAutoCommit(false);
        openLonger();
        addProviders();
        List<Provider> providers = providers();
        Map<Long, Long> roomOf = addRooms(providers);
        List<Long> patients = addPatients();
        db.commit();
        long written = addAppointments(providers, roomOf, patients);
        db.commit();
        try (Statement s = db.createStatement()) {
            s.execute("analyze table appointment, slot_claim, patient, provider, room");
        }
        return written;
    }

    private void openLonger() throws SQLException {
        try (PreparedStatement hours = db.prepareStatement("update clinic_hours set opens = ?, closes = ?"
                + " where day_of_week = ?")) {
            for (DayOfWeek day : DayOfWeek.values()) {
                boolean saturday = day == DayOfWeek.SATURDAY;
                hours.setObject(1, saturday ? SATURDAY_OPENS : WEEKDAY_OPENS);
                hours.setObject(2, saturday ? SATURDAY_CLOSES : WEEKDAY_CLOSES);
                hours.setString(3, day.name());
                hours.addBatch();
            }
            hours.executeBatch();
        }
    }

    private void addProviders() throws SQLException {
        long existing = count(db, "select count(*) from provider");
        try (PreparedStatement provider = db.prepareStatement("insert into provider (version, name, discipline,"
                + " active, created_at, created_by, updated_at, updated_by) values (0, ?, ?, true, now(6), 'bench',"
                + " now(6), 'bench')", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement hours = db.prepareStatement("insert into provider_working_hours (provider_id,"
                     + " day_of_week, start_time, end_time) values (?, ?, ?, ?)")) {
            for (long n = existing; n < PROVIDERS; n++) {
                provider.setString(1, String.format("Bench Provider %02d", n + 1));
                provider.setString(2, ADDED_DISCIPLINES[(int) (n % ADDED_DISCIPLINES.length)]);
                provider.executeUpdate();
                long id;
                try (ResultSet keys = provider.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (day == DayOfWeek.SUNDAY) {
                        continue;
                    }
                    hours.setLong(1, id);
                    hours.setString(2, day.name());
                    hours.setObject(3, day == DayOfWeek.SATURDAY ? SATURDAY_OPENS : WEEKDAY_OPENS);
                    hours.setObject(4, day == DayOfWeek.SATURDAY ? SATURDAY_CLOSES : WEEKDAY_CLOSES);
                    hours.addBatch();
                }
            }
            hours.executeBatch();
        }
    }

    /** Every provider, with their working hours cut to the clinic's opening hours. */
    private List<Provider> providers() throws SQLException {
        Map<DayOfWeek, LocalTime[]> clinic = new EnumMap<>(DayOfWeek.class);
        try (Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("select day_of_week, opens, closes from clinic_hours")) {
            while (rows.next()) {
                clinic.put(DayOfWeek.valueOf(rows.getString(1)),
                        new LocalTime[]{rows.getTime(2).toLocalTime(), rows.getTime(3).toLocalTime()});
            }
        }
        Map<Long, Provider> providers = new HashMap<>();
        List<Long> order = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("select p.id, p.discipline,"
                + " h.day_of_week, h.start_time, h.end_time from provider p join provider_working_hours h"
                + " on h.provider_id = p.id order by p.id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                Provider provider = providers.computeIfAbsent(id, k -> {
                    order.add(k);
                    try {
                        return new Provider(k, KIND_OF.get(rows.getString(2)), new EnumMap<>(DayOfWeek.class));
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                DayOfWeek day = DayOfWeek.valueOf(rows.getString(3));
                LocalTime[] open = clinic.get(day);
                if (open == null) {
                    continue;
                }
                LocalTime from = max(rows.getTime(4).toLocalTime(), open[0]);
                LocalTime to = min(rows.getTime(5).toLocalTime(), open[1]);
                if (from.isBefore(to)) {
                    provider.hours().computeIfAbsent(day, d -> new ArrayList<>()).add(new LocalTime[]{from, to});
                }
            }
        }
        return order.stream().map(providers::get).toList();
    }

    /** A room of their own for each provider, suited to what they do, so rooms never limit the generated calendar. */
    private Map<Long, Long> addRooms(List<Provider> providers) throws SQLException {
        Map<Long, Long> roomOf = new HashMap<>();
        try (PreparedStatement room = db.prepareStatement("insert into room (version, name, active, fluoroscopy,"
                + " created_at, created_by, updated_at, updated_by) values (0, ?, true, false, now(6), 'bench',"
                + " now(6), 'bench')", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement suits = db.prepareStatement("insert into room_visit_kind (room_id, kind) values (?, ?)")) {
            int n = 1;
            for (Provider provider : providers) {
                room.setString(1, BENCH_ROOM + String.format("%02d", n++));
                room.executeUpdate();
                try (ResultSet keys = room.getGeneratedKeys()) {
                    keys.next();
                    roomOf.put(provider.id(), keys.getLong(1));
                }
                suits.setLong(1, roomOf.get(provider.id()));
                suits.setString(2, provider.kind());
                suits.executeUpdate();
            }
        }
        return roomOf;
    }

    private List<Long> addPatients() throws SQLException {
        long lastNumber = count(db, "select last_value from mrn_sequence where id = 1");
        long existing = count(db, "select count(*) from patient");
        try (PreparedStatement patient = db.prepareStatement("insert into patient (version, mrn, given_name,"
                + " family_name, birth_date, sex, phone, email, created_at, created_by, updated_at, updated_by)"
                + " values (0, ?, ?, ?, ?, ?, ?, null, now(6), 'bench', now(6), 'bench')")) {
            for (long n = existing; n < PATIENTS; n++) {
                lastNumber++;
                patient.setString(1, MedicalRecordNumber.ofSequence(lastNumber).value());
                patient.setString(2, GIVEN[random.nextInt(GIVEN.length)]);
                patient.setString(3, FAMILY[random.nextInt(FAMILY.length)]);
                patient.setObject(4, LocalDate.of(1940, 1, 1).plusDays(random.nextInt(65 * 365)));
                patient.setString(5, random.nextBoolean() ? "FEMALE" : "MALE");
                patient.setString(6, "+49 30 " + (1_000_000 + n));
                patient.addBatch();
                if (n % 2_000 == 0) {
                    patient.executeBatch();
                }
            }
            patient.executeBatch();
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("update mrn_sequence set last_value = " + lastNumber + " where id = 1");
        }
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("select id from patient")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private long addAppointments(List<Provider> providers, Map<Long, Long> roomOf, List<Long> patients)
            throws SQLException {
        Map<String, Integer> minutes = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rows = s.executeQuery("select kind, duration_minutes from visit_type")) {
            while (rows.next()) {
                minutes.put(rows.getString(1), rows.getInt(2));
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery("select day from clinic_holiday")) {
            while (rows.next()) {
                holidays.add(rows.getDate(1).toLocalDate());
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (LocalDate day = first; day.isBefore(last); day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            for (Provider provider : providers) {
                int length = minutes.get(provider.kind());
                for (LocalTime[] block : provider.hours().getOrDefault(day.getDayOfWeek(), List.of())) {
                    for (LocalTime t = block[0]; !t.plusMinutes(length).isAfter(block[1]) && !t.plusMinutes(length)
                            .isBefore(t); t = t.plusMinutes(length)) {
                        candidates.add(new Candidate(provider, day.atTime(t), length, !day.isBefore(today)));
                    }
                }
            }
        }
        long future = candidates.stream().filter(Candidate::future).count();
        long past = candidates.size() - future;
        double pastDensity = Math.min(1.0, APPOINTMENTS / (past + FUTURE_SHARE_OF_PAST_DENSITY * future));
        double futureDensity = pastDensity * FUTURE_SHARE_OF_PAST_DENSITY;

        long nextId = count(db, "select coalesce(max(id), 0) from appointment") + 1;
        Set<Long> patientBusy = new HashSet<>();
        long written = 0;
        try (PreparedStatement appointment = db.prepareStatement("insert into appointment (id, version, patient_id,"
                + " provider_id, room_id, kind, starts_at, ends_at, status, cancel_reason, late_cancellation,"
                + " created_at, created_by, updated_at, updated_by) values (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, false,"
                + " now(6), 'bench', now(6), 'bench')");
             PreparedStatement claim = db.prepareStatement("insert into slot_claim (resource, resource_id, step,"
                     + " appointment_id) values (?, ?, ?, ?)")) {
            for (Candidate c : candidates) {
                if (random.nextDouble() >= (c.future() ? futureDensity : pastDensity)) {
                    continue;
                }
                long patient = freePatient(patients, patientBusy, c);
                if (patient < 0) {
                    continue;
                }
                String status = status(c.future());
                long id = nextId++;
                long room = roomOf.get(c.provider().id());
                appointment.setLong(1, id);
                appointment.setLong(2, patient);
                appointment.setLong(3, c.provider().id());
                appointment.setLong(4, room);
                appointment.setString(5, c.provider().kind());
                appointment.setTimestamp(6, Timestamp.valueOf(c.start()));
                appointment.setTimestamp(7, Timestamp.valueOf(c.start().plusMinutes(c.minutes())));
                appointment.setString(8, status);
                appointment.setString(9, status.equals("CANCELLED") ? "Patient unwell" : null);
                appointment.addBatch();
                if (!status.equals("CANCELLED")) {
                    for (int m = 0; m < c.minutes(); m += 5) {
                        Timestamp step = Timestamp.valueOf(c.start().plusMinutes(m));
                        addClaim(claim, "PROVIDER", c.provider().id(), step, id);
                        addClaim(claim, "PATIENT", patient, step, id);
                        addClaim(claim, "ROOM", room, step, id);
                    }
                }
                if (++written % 5_000 == 0) {
                    appointment.executeBatch();
                    claim.executeBatch();
                    db.commit();
                }
            }
            appointment.executeBatch();
            claim.executeBatch();
        }
        return written;
    }

    /** A random patient who is free for the whole appointment (and is then marked busy), or -1. */
    private long freePatient(List<Long> patients, Set<Long> busy, Candidate c) {
        long firstStep = ChronoUnit.MINUTES.between(first.atStartOfDay(), c.start()) / 5;
        for (int attempt = 0; attempt < 5; attempt++) {
            long patient = patients.get(random.nextInt(patients.size()));
            boolean free = true;
            for (long s = firstStep; s < firstStep + c.minutes() / 5 && free; s++) {
                free = !busy.contains(patient << 20 | s);
            }
            if (free) {
                for (long s = firstStep; s < firstStep + c.minutes() / 5; s++) {
                    busy.add(patient << 20 | s);
                }
                return patient;
            }
        }
        return -1;
    }

    private String status(boolean future) {
        int roll = random.nextInt(100);
        if (future) {
            return roll < 3 ? "CANCELLED" : "BOOKED";
        }
        return roll < 7 ? "CANCELLED" : roll < 10 ? "NO_SHOW" : "DONE";
    }

    private static void addClaim(PreparedStatement claim, String resource, long id, Timestamp step, long appointment)
            throws SQLException {
        claim.setString(1, resource);
        claim.setLong(2, id);
        claim.setTimestamp(3, step);
        claim.setLong(4, appointment);
        claim.addBatch();
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static LocalTime max(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalTime min(LocalTime a, LocalTime b) {
        return a.isBefore(b) ? a : b;
    }
}
