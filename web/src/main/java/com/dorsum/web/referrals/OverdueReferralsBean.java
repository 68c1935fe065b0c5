package com.dorsum.web.referrals;

import com.dorsum.referrals.OverdueReferral;
import com.dorsum.referrals.Referrals;
import com.dorsum.web.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Referrals overdue now (R9): unbooked past their urgency's limit, or seen without a report; urgent first. */
@Named
@ViewScoped
public class OverdueReferralsBean implements Serializable {

    @Inject
    Referrals referrals;

    private PagedModel<OverdueReferral> overdue;

    public PagedModel<OverdueReferral> getOverdue() {
        if (overdue == null) {
            overdue = new PagedModel<>(referrals::countOverdue, (page, size) -> referrals.overdue(page, size).items());
        }
        return overdue;
    }
}
