package com.dorsum.web.notes;

import com.dorsum.notes.NoteToSign;
import com.dorsum.notes.VisitNotes;
import com.dorsum.platform.PageOf;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The clinician's worklist of unsigned notes of visits that ended more than a day ago (R24). */
@Named
@ViewScoped
public class NotesToSignBean implements Serializable {

    @Inject
    VisitNotes notes;

    private transient PageOf<NoteToSign> page;

    public PageOf<NoteToSign> getPage() {
        if (page == null) {
            page = notes.notesToSign(0, 200);
        }
        return page;
    }
}
