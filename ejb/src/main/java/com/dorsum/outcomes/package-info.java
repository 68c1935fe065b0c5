/** Outcome measures (R25): the instruments, their scoring from the answers, when they are due, and the trend. */
package com.dorsum.outcomes;
