package com.dorsum.audit;

import java.time.Instant;

/** What a walk along the audit chain found: intact, or the first record that was changed, removed or inserted. */
public record ChainVerification(boolean intact, long records, Broken firstBroken) {

    /** How a record breaks the chain. */
    public enum Problem { CHANGED, REMOVED, INSERTED }

    /** The first broken record: its id, when it says it happened (null when it is gone), and what is wrong. */
    public record Broken(long id, Instant at, Problem problem) {
    }

    static ChainVerification intact(long records) {
        return new ChainVerification(true, records, null);
    }

    static ChainVerification broken(long records, Broken first) {
        return new ChainVerification(false, records, first);
    }
}
