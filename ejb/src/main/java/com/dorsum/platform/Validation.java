package com.dorsum.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Checks input against its Bean Validation constraints and refuses it as {@link InvalidInput}, field by field. */
@ApplicationScoped
public class Validation {

    @Inject
    Validator validator;

    public <T> T require(T input, String what) {
        if (input == null) {
            throw new InvalidInput(what, "is required");
        }
        Set<ConstraintViolation<T>> found = validator.validate(input);
        if (!found.isEmpty()) {
            List<Violation> violations = found.stream()
                    .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Violation::field))
                    .toList();
            throw new InvalidInput(violations);
        }
        return input;
    }
}
