/** REST resources for treatment plans. */
package com.dorsum.api.plans;
