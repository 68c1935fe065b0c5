package com.dorsum.scheduling;

/**
 * A way a course that does not fit as asked would fit (R5): with another provider of the discipline, at another
 * time of day, or starting later. Carries the changed specification and the proposal it yields.
 */
public record Alternative(Kind kind, String description, CourseProposal proposal) {

    public enum Kind { OTHER_PROVIDER, OTHER_TIME, LATER_START }

    public CourseSpecification specification() {
        return proposal.specification();
    }
}
