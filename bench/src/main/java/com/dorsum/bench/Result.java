package com.dorsum.bench;

import java.util.Arrays;

/** One measured request type: latency percentiles (ms), throughput and SQL statements per request. */
record Result(String name, long[] nanos, double seconds, int refused, long sessions, StatementCounts.PerRequest sql) {

    static final String HEADER = String.format("%-48s %6s %8s %8s %8s %8s %9s %12s %12s", "request", "n", "p50 ms",
            "p95 ms", "max ms", "req/s", "refused", "SQL/req (H)", "SQL/req (DB)");

    int count() {
        return nanos.length;
    }

    double p50() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    /** Nearest-rank percentile in milliseconds. */
    double percentile(int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    String line() {
        return String.format("%-48s %6d %8.1f %8.1f %8.1f %8.1f %9d %12s %12s", name, count(), p50(), p95(),
                percentile(100), count() / seconds, refused, sql.hibernate(), sql.database());
    }
}
