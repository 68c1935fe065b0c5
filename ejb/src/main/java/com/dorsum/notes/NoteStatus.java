package com.dorsum.notes;

/** A note is a draft until its author signs it; a signed note never changes (R24). */
public enum NoteStatus {
    DRAFT, SIGNED
}
