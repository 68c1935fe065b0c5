/** Screens for treatment plans: the Plan tab of a patient's page. */
package com.dorsum.web.plans;
