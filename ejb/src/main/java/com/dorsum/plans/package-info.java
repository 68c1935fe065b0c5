/** Treatment plans with their versions: problem and goals, planned courses, home care, medication guidance (R14-R17). */
package com.dorsum.plans;
