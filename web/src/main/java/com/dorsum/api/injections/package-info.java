/** REST resources for facet-joint injections (R6-R8): a patient's injections, the patient's own, aftercare. */
package com.dorsum.api.injections;
