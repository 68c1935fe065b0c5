package com.dorsum.web.referrals;

import com.dorsum.platform.DomainException;
import com.dorsum.referrals.OrderView;
import com.dorsum.referrals.OrderStatus;
import com.dorsum.referrals.Orders;
import com.dorsum.web.platform.FacesErrors;
import com.dorsum.web.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The signed-in clinician's results to review (R10): abnormal first; reviewing one takes it off the list. */
@Named
@ViewScoped
public class ResultsWorklistBean implements Serializable {

    @Inject
    Orders orders;

    private PagedModel<OrderView> results;

    public PagedModel<OrderView> getResults() {
        if (results == null) {
            results = new PagedModel<>(orders::countUnreviewedResults,
                    (page, size) -> orders.unreviewedResults(page, size).items());
        }
        return results;
    }

    public void review(OrderView order) {
        try {
            orders.advance(order.getPatientId(), order.getId(), OrderStatus.REVIEWED, null);
            FacesErrors.info(order.getKind().label() + " for " + order.getPatient().getFullName() + " reviewed");
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }
}
