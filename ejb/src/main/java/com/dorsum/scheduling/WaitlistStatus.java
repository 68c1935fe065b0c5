package com.dorsum.scheduling;

/** Waiting for a slot; offered one; booked into it; or no longer waiting. */
public enum WaitlistStatus { WAITING, OFFERED, BOOKED, WITHDRAWN }
