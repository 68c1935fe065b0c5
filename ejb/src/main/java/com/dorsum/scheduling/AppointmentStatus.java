package com.dorsum.scheduling;

public enum AppointmentStatus { BOOKED, CHECKED_IN, DONE, CANCELLED, NO_SHOW }
