package com.dorsum.web.injections;

import com.dorsum.injections.Aftercare;
import com.dorsum.injections.Injection;
import com.dorsum.web.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Injections whose aftercare check is due (R8: after day 3), until the check is recorded on the patient page. */
@Named
@ViewScoped
public class FollowUpWorklistBean implements Serializable {

    @Inject
    Aftercare aftercare;

    private PagedModel<Injection> due;

    public PagedModel<Injection> getDue() {
        if (due == null) {
            due = new PagedModel<>(aftercare::countFollowUpsDue, (page, size) -> aftercare.followUpsDue(page, size)
                    .items());
        }
        return due;
    }
}
