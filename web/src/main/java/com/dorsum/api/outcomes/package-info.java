/** REST doors to the outcome measures (R25): the questionnaires, a patient's scores and trend, what is due. */
package com.dorsum.api.outcomes;
