/**
 * Specialist referrals and imaging / lab orders (R9-R13): their status trails, referral letters, results and the
 * worklists that keep any of them from being forgotten.
 */
package com.dorsum.referrals;
