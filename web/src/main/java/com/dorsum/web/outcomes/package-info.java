/** Screens for outcome measures (R25): the patient page's Outcomes tab and the portal's questionnaires. */
package com.dorsum.web.outcomes;
