/** The front desk's screens for the calendar, the day list, courses and the waitlist. */
package com.dorsum.web.scheduling;
