package com.dorsum.scheduling;

/** Where a course stands: running, completed with an outcome, or ended early with the rest cancelled. */
public enum CourseStatus { ACTIVE, COMPLETED, CANCELLED }
