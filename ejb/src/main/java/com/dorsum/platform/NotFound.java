package com.dorsum.platform;

/** The thing asked for does not exist, or its existence must not be revealed to this caller. */
public class NotFound extends DomainException {

    public NotFound(String what) {
        super(Kind.NOT_FOUND, "NOT_FOUND", what + " not found");
    }
}
