/**
 * The clinic's calendar: visit types and their durations, opening hours, holidays, provider absences, and
 * appointments that never double-book a provider, patient or room (R5).
 */
package com.dorsum.scheduling;
