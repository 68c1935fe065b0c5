/** The front desk's screens for the calendar, the day list, courses, the waitlist and patients' late requests to cancel or move a visit. */
package com.dorsum.web.scheduling;
