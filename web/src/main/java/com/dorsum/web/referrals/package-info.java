/** Screens for referrals, orders and results, the worklists and the external specialist directory. */
package com.dorsum.web.referrals;
