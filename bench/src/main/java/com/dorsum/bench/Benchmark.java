package com.dorsum.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The booking benchmark (issue 3): on the generated {@link DataSet}, books 3-per-week 8-week physiotherapy courses
 * through {@code POST /api/v1/courses}, reads one provider's week through {@code GET /api/v1/appointments}, and
 * paces the trivial {@code /clinic/health/ready} at the booking's own request rate as the baseline. For each it
 * prints latency percentiles and the SQL statements per request, counted twice: by Hibernate's session
 * statistics in the server log and by the database's own statement counters.
 * <p>
 * Usage: {@code Benchmark <clinic base url> <jdbc url> <server.log> [courses] [weekViews]}; bench/run.sh starts the
 * server and passes these.
 */
public final class Benchmark {

    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("frontdesk:Demo-2026!".getBytes(StandardCharsets.UTF_8));

    private final String base;
    private final Connection db;
    private final StatementCounts counts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Random random = new Random(7);

    private Benchmark(String base, Connection db, Path serverLog) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.db = db;
        this.counts = new StatementCounts(db, serverLog);
    }

    public static void main(String[] args) throws Exception {
        int courses = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int weekViews = args.length > 4 ? Integer.parseInt(args[4]) : 200;
        try (Connection db = DriverManager.getConnection(args[1] + "?rewriteBatchedStatements=true",
                System.getenv("CLINIC_DB_MIGRATION_USER"), System.getenv("CLINIC_DB_MIGRATION_PASSWORD"))) {
            Benchmark bench = new Benchmark(args[0], db, Path.of(args[2]));
            bench.prepareData();
            bench.run(courses, weekViews);
        }
    }

    private void prepareData() throws Exception {
        if (DataSet.present(db)) {
            System.out.println("data set already present");
        } else {
            long started = System.nanoTime();
            long written = new DataSet(db, LocalDate.now()).generate();
            System.out.printf("generated %d appointments in %.0f s%n", written, (System.nanoTime() - started) / 1e9);
        }
        System.out.printf("data set: %d providers, %d patients, %d appointments (%s to %s), %d slot claims%n",
                DataSet.count(db, "select count(*) from provider"), DataSet.count(db, "select count(*) from patient"),
                DataSet.count(db, "select count(*) from appointment"),
                scalar("select min(starts_at) from appointment"), scalar("select max(starts_at) from appointment"),
                DataSet.count(db, "select count(*) from slot_claim"));
    }

    private void run(int courses, int weekViews) throws Exception {
        List<Long> physios = ids("select id from provider where discipline = 'PHYSIOTHERAPIST' and active = true");
        List<Long> providers = ids("select id from provider where active = true");
        List<Long> patients = ids("select id from patient where created_by = 'bench' order by rand(3) limit "
                + (courses * 2 + 20));
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));

        // Warm-up: JIT, connection pool, the verified-password memory of the benchmark's account.
        measure("warm-up", 30, i -> get("api/v1/appointments?providerId=" + pick(providers) + "&from="
                + monday + "&to=" + monday.plusDays(7)), false);
        measure("warm-up", 10, i -> post("api/v1/courses?dryRun=true", course(patients.get(patients.size() - 1 - i),
                pick(physios), monday)), false);

        Result dryRun = measure("course proposal (dryRun)", courses / 2, i -> post("api/v1/courses?dryRun=true",
                course(patients.get(courses + i), pick(physios), monday.plusWeeks(i % 4))), true);
        Result booking = measure("course booking 3/week x 8 weeks", courses, i -> post("api/v1/courses",
                course(patients.get(i), physios.get(i % physios.size()), monday.plusWeeks(i % 4))), true);
        Result week = measure("week view of one provider", weekViews, i -> {
            LocalDate from = monday.minusWeeks(random.nextInt(36)).plusWeeks(random.nextInt(12));
            return get("api/v1/appointments?providerId=" + pick(providers) + "&from=" + from + "&to="
                    + from.plusDays(7));
        }, true);
        double rate = booking.count() / booking.seconds();
        Result baseline = paced("baseline: /health/ready at the booking's rate", courses, rate);

        System.out.println();
        System.out.println(Result.HEADER);
        for (Result r : List.of(dryRun, booking, week, baseline)) {
            System.out.println(r.line());
        }
        System.out.printf("%nbooking vs baseline at %.1f requests/s: p50 %.1fx, p95 %.1fx%n", rate,
                booking.p50() / baseline.p50(), booking.p95() / baseline.p95());
        System.out.printf("booked sessions: %d of %d requested (%d courses refused)%n", booking.sessions(),
                booking.count() * 24L, booking.refused());
    }

    private record Reply(int status, String body) {
    }

    private Result measure(String name, int n, IntFunction<HttpRequest> request, boolean report) throws Exception {
        StatementCounts.Snapshot before = counts.snapshot();
        long[] nanos = new long[n];
        int refused = 0;
        long sessions = 0;
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            Reply reply = send(request.apply(i));
            nanos[i] = System.nanoTime() - t0;
            if (reply.status() >= 300) {
                refused++;
                if (refused <= 3 && report) {
                    System.out.println("  " + name + ": HTTP " + reply.status() + " " + abbreviate(reply.body()));
                }
            }
            sessions += reply.body().split("\"appointmentId\"", -1).length - 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(name, nanos, seconds, refused, sessions, counts.since(before, n));
    }

    /** Open-loop: one request every 1/rate seconds, whatever the previous one took. */
    private Result paced(String name, int n, double rate) throws Exception {
        StatementCounts.Snapshot before = counts.snapshot();
        long[] nanos = new long[n];
        long interval = (long) (1e9 / rate);
        long started = System.nanoTime();
        int refused = 0;
        for (int i = 0; i < n; i++) {
            long due = started + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            long t0 = System.nanoTime();
            Reply reply = send(HttpRequest.newBuilder(URI.create(base + "health/ready")).GET().build());
            nanos[i] = System.nanoTime() - t0;
            refused += reply.status() == 200 ? 0 : 1;
        }
        return new Result(name, nanos, (System.nanoTime() - started) / 1e9, refused, 0, counts.since(before, n));
    }

    private static String course(long patientId, long providerId, LocalDate start) {
        return "{\"patientId\":" + patientId + ",\"therapy\":\"PHYSIOTHERAPY\",\"providerId\":" + providerId
                + ",\"sessionsPerWeek\":3,\"weeks\":8,\"startDate\":\"" + start + "\"}";
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTH)
                .header("Accept", "application/json").GET().build();
    }

    private HttpRequest post(String path, String json) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", AUTH)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private Reply send(HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }

    private long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private List<Long> ids(String sql) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private String scalar(String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
