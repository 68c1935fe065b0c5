package com.dorsum.web.care;

import com.dorsum.care.BreakGlass;
import com.dorsum.care.EmergencyReviewItem;
import com.dorsum.platform.DomainException;
import com.dorsum.web.platform.FacesErrors;
import com.dorsum.web.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** ADMIN's Emergency access review (R20): break-glass openings waiting for review, or all, and reviewing one. */
@Named
@ViewScoped
public class EmergencyReviewBean implements Serializable {

    @Inject
    BreakGlass breakGlass;

    private boolean showReviewed;
    private EmergencyReviewItem selected;
    private String note;
    private PagedModel<EmergencyReviewItem> items;

    public PagedModel<EmergencyReviewItem> getItems() {
        if (items == null) {
            Boolean reviewed = showReviewed ? null : Boolean.FALSE;
            items = new PagedModel<>(() -> breakGlass.reviewList(reviewed, 0, 1).total(),
                    (page, size) -> breakGlass.reviewList(reviewed, page, size).items());
        }
        return items;
    }

    public void refresh() {
        items = null;
    }

    public void select(EmergencyReviewItem item) {
        selected = item;
        note = null;
    }

    public void review() {
        try {
            breakGlass.review(selected.id(), note);
            FacesErrors.info("Reviewed");
            items = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public boolean isShowReviewed() {
        return showReviewed;
    }

    public void setShowReviewed(boolean showReviewed) {
        this.showReviewed = showReviewed;
    }

    public EmergencyReviewItem getSelected() {
        return selected;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
