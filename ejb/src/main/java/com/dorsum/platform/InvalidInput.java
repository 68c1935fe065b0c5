package com.dorsum.platform;

import java.util.List;
import java.util.Map;

/** Input the domain refuses field by field; nothing is stored. */
public class InvalidInput extends DomainException {

    private final transient List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(Kind.INVALID, "VALIDATION", "The input is not valid", Map.of());
        this.violations = List.copyOf(violations);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
