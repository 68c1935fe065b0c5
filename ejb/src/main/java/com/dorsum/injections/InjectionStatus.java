package com.dorsum.injections;

/** Booked in the calendar, performed (the procedure recorded), or cancelled; only cancelled ones do not count (R6). */
public enum InjectionStatus { BOOKED, PERFORMED, CANCELLED }
