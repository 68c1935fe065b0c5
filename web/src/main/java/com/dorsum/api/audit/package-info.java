/** The audit trail's REST doors: ADMIN's search, export and chain verification; a patient's access history. */
package com.dorsum.api.audit;
