package com.dorsum.platform;

/** One field's validation failure, in words a user understands. */
public record Violation(String field, String message) {
}
