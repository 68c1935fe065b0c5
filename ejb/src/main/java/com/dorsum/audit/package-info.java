/** The append-only audit trail: who read or changed which patient's data, when, and with what outcome. */
package com.dorsum.audit;
