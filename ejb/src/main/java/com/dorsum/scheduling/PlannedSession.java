package com.dorsum.scheduling;

/** One session the planner proposes: in which week of the course (from 0), with whom, where and when. */
public record PlannedSession(int week, long providerId, long roomId, TimeSlot slot) {
}
