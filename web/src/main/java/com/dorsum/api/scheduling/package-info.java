/** REST resources for the calendar: appointments. */
package com.dorsum.api.scheduling;
