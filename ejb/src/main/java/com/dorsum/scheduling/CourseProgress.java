package com.dorsum.scheduling;

/** How far a course has come: sessions done, still to come, missed (no-show) and cancelled. */
public record CourseProgress(int done, int upcoming, int missed, int cancelled) {

    /** Done as a share of the sessions that took or will take place, 0 to 100. */
    public int percentDone() {
        int held = done + upcoming + missed;
        return held == 0 ? 0 : done * 100 / held;
    }
}
