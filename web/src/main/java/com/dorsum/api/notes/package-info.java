/** REST doors to visit notes (R24): a visit's note, signing, addenda, and the clinician's notes to sign. */
package com.dorsum.api.notes;
