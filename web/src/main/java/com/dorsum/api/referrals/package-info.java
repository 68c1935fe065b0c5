/** REST resources for referrals, orders and their results, the worklists and the specialist directory. */
package com.dorsum.api.referrals;
