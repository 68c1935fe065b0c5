/** Screens for visit notes (R24): the patient page's Notes tab, the note editor with autosave, notes to sign. */
package com.dorsum.web.notes;
