package com.dorsum.web.referrals;

import com.dorsum.platform.DomainException;
import com.dorsum.platform.PageOf;
import com.dorsum.referrals.ExternalSpecialist;
import com.dorsum.referrals.ReferralView;
import com.dorsum.referrals.ReferralRequest;
import com.dorsum.referrals.ReferralStatus;
import com.dorsum.referrals.Referrals;
import com.dorsum.referrals.RibHump;
import com.dorsum.referrals.RuleOut;
import com.dorsum.referrals.ScoliosisFindings;
import com.dorsum.referrals.ScreenOutcome;
import com.dorsum.referrals.SpecialistDirectory;
import com.dorsum.referrals.Specialty;
import com.dorsum.referrals.SurgicalIndication;
import com.dorsum.referrals.Urgency;
import com.dorsum.web.people.PatientBean;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * The Referrals tab of a patient's page: the referrals with their trails, referring (clinicians), moving a
 * referral along its trail (front desk and clinicians), and the scoliosis screen that prefills a referral (R12).
 */
@Named
@ViewScoped
public class PatientReferralsBean implements Serializable {

    @Inject
    Referrals referrals;

    @Inject
    SpecialistDirectory directory;

    @Inject
    PatientBean patientPage;

    private List<ReferralView> items;
    private ReferralRequest request = new ReferralRequest();
    private RuleOut[] ruleOuts = {};
    private ScoliosisFindings screen = new ScoliosisFindings();
    private String note;

    /** Whether the caller sees the clinical content (R21: not the front desk); the service's views decide. */
    public boolean isClinical() {
        return getItems().stream().allMatch(ReferralView::isClinical);
    }

    public List<ReferralView> getItems() {
        if (items == null) {
            try {
                items = referrals.referrals(patientPage.getId(), 0, PageOf.MAX_SIZE).items();
            } catch (DomainException refused) {
                items = List.of();
                FacesErrors.show(refused);
            }
        }
        return items;
    }

    public void refer() {
        try {
            request.setRuleOuts(Set.of(ruleOuts));
            ReferralView referral = referrals.refer(patientPage.getId(), request);
            FacesErrors.info("Referral to " + referral.getSpecialty().label() + " drafted");
            request = new ReferralRequest();
            ruleOuts = new RuleOut[0];
            items = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void advance(ReferralView referral, ReferralStatus to) {
        try {
            referrals.advance(patientPage.getId(), referral.getId(), to, note);
            FacesErrors.info("Referral " + to.name().toLowerCase().replace('_', ' '));
            note = null;
            items = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    /** Records the screen; a positive one fills the referral form with the orthopedic referral it suggests. */
    public void recordScreen() {
        try {
            ScreenOutcome outcome = referrals.screenForScoliosis(patientPage.getId(), screen);
            if (outcome.suggestedReferral() != null) {
                request = outcome.suggestedReferral();
                ruleOuts = new RuleOut[0];
                FacesErrors.warn("Positive scoliosis screen: an orthopedic referral is suggested below");
            } else {
                FacesErrors.info("Scoliosis screen negative");
            }
            screen = new ScoliosisFindings();
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    /** The letter as it was sent, through the service, which checks access and audits the read. */
    public StreamedContent letter(ReferralView referral) {
        byte[] pdf = referrals.letter(patientPage.getId(), referral.getId());
        return DefaultStreamedContent.builder().name("referral-" + referral.getId() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public List<ExternalSpecialist> getSpecialists() {
        return request.getSpecialty() == null ? List.of()
                : directory.specialists(request.getSpecialty(), true, 0, PageOf.MAX_SIZE).items();
    }

    public String ruleOutsOf(ReferralView referral) {
        return String.join(", ", referral.getRuleOuts().stream().sorted().map(RuleOut::label).toList());
    }

    public Specialty[] getSpecialties() {
        return Specialty.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public RuleOut[] getAllRuleOuts() {
        return RuleOut.values();
    }

    public SurgicalIndication[] getSurgicalIndications() {
        return SurgicalIndication.values();
    }

    public RibHump[] getRibHumps() {
        return RibHump.values();
    }

    public ReferralRequest getRequest() {
        return request;
    }

    public RuleOut[] getRuleOuts() {
        return ruleOuts;
    }

    public void setRuleOuts(RuleOut[] ruleOuts) {
        this.ruleOuts = ruleOuts == null ? new RuleOut[0] : ruleOuts;
    }

    public ScoliosisFindings getScreen() {
        return screen;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
