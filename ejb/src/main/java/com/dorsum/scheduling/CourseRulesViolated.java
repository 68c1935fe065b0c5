package com.dorsum.scheduling;

import com.dorsum.platform.DomainException;

import java.util.Map;

/** A course, or a change to one, that breaks the therapy's course rules (R1-R4). */
public class CourseRulesViolated extends DomainException {

    public CourseRulesViolated(String detail, Map<String, Object> facts) {
        super(Kind.RULE, "COURSE_RULES", detail, facts);
    }
}
