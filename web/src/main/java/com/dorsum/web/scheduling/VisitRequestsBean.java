package com.dorsum.web.scheduling;

import com.dorsum.platform.DomainException;
import com.dorsum.scheduling.VisitChangeRequest;
import com.dorsum.scheduling.VisitChangeRequests;
import com.dorsum.web.platform.FacesErrors;
import com.dorsum.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;

/** The front desk's queue of patients' requests made less than 24 hours before the visit, oldest first. */
@Named
@ViewScoped
public class VisitRequestsBean implements Serializable {

    @Inject
    VisitChangeRequests requests;

    private PagedModel<VisitChangeRequest> waiting;
    private LocalDateTime otherTime;
    private String answer;

    @PostConstruct
    void init() {
        waiting = new PagedModel<>(requests::countWaiting, (page, size) -> requests.waiting(page, size).items());
    }

    public void carryOut(VisitChangeRequest request) {
        try {
            requests.carryOut(request.getId(), otherTime);
            FacesErrors.info(request.getKind() == VisitChangeRequest.Kind.CANCEL ? "Visit cancelled" : "Visit moved");
            otherTime = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void decline(VisitChangeRequest request) {
        try {
            requests.decline(request.getId(), answer);
            FacesErrors.info("Request declined; the patient sees your answer");
            answer = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public PagedModel<VisitChangeRequest> getWaiting() {
        return waiting;
    }

    public LocalDateTime getOtherTime() {
        return otherTime;
    }

    public void setOtherTime(LocalDateTime otherTime) {
        this.otherTime = otherTime;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
