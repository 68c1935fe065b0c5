/** The ADMIN's audit trail search. */
package com.dorsum.web.audit;
