/** Screens for the calendar: the front desk's queue of patients' late requests to cancel or move a visit. */
package com.dorsum.web.scheduling;
