/**
 * Facet-joint injections (R6-R8): the three-in-six-months limit, booking in the shared calendar, the procedure
 * record, aftercare follow-ups, complications and their report.
 */
package com.dorsum.injections;
