/** Screens for facet-joint injections: the patient's Injections tab, the dashboard, follow-ups, complications. */
package com.dorsum.web.injections;
