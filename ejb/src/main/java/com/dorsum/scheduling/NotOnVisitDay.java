package com.dorsum.scheduling;

import com.dorsum.platform.DomainException;

import java.time.LocalDate;
import java.util.Map;

/** A visit checked in on another day than its own, or marked done before its day; facts: visitDate. */
public class NotOnVisitDay extends DomainException {

    public NotOnVisitDay(String message, LocalDate visitDate) {
        super(Kind.RULE, "NOT_ON_VISIT_DAY", message, Map.of("visitDate", visitDate.toString()));
    }
}
