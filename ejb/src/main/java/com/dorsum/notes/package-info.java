/** Visit notes (R24): SOAP notes with a template per discipline, drafted, signed once, corrected by addenda. */
package com.dorsum.notes;
