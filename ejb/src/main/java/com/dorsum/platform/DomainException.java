package com.dorsum.platform;

import jakarta.ejb.ApplicationException;

import java.util.Map;

/**
 * A refusal with a meaning the user can act on. Carries a machine-readable code and the facts the user needs
 * (e.g. {@code earliestAllowed}); mapped once to problem details at the REST boundary and to a message in JSF.
 * Rolls the transaction back, so a refused change leaves nothing behind.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    /** How the refusal reads to a client: bad input, missing, not allowed, clashing, or against a rule. */
    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT, RULE }

    private final Kind kind;
    private final String code;
    private final transient Map<String, Object> facts;

    public DomainException(Kind kind, String code, String message, Map<String, Object> facts) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.facts = Map.copyOf(facts);
    }

    public DomainException(Kind kind, String code, String message) {
        this(kind, code, message, Map.of());
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
