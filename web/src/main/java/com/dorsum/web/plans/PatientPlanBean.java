package com.dorsum.web.plans;

import com.dorsum.plans.CombinationWarning;
import com.dorsum.plans.CourseItem;
import com.dorsum.plans.HomeCareItem;
import com.dorsum.plans.HomeCareTemplate;
import com.dorsum.plans.MedicationItem;
import com.dorsum.plans.Medicine;
import com.dorsum.plans.PlanDraft;
import com.dorsum.plans.PlanView;
import com.dorsum.plans.TreatmentPlans;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.PageOf;
import com.dorsum.referrals.OrderView;
import com.dorsum.referrals.Orders;
import com.dorsum.referrals.ReferralView;
import com.dorsum.referrals.Referrals;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.web.people.PatientBean;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The Plan tab of a patient's page (clinicians): the version history, and the editor for the next version,
 * starting from the current one. NSAID combinations (R15) show as warnings after publishing.
 */
@Named
@ViewScoped
public class PatientPlanBean implements Serializable {

    @Inject
    TreatmentPlans plans;

    @Inject
    Referrals referrals;

    @Inject
    Orders orders;

    @Inject
    PatientBean patientPage;

    @Inject
    Clock clock;

    private transient List<PlanView> history;
    private PlanDraft draft;

    public List<PlanView> getHistory() {
        if (history == null) {
            try {
                history = plans.history(patientPage.getId());
            } catch (DomainException refused) {
                history = List.of();
                FacesErrors.show(refused);
            }
        }
        return history;
    }

    public PlanDraft getDraft() {
        if (draft == null) {
            draft = getHistory().isEmpty() ? new PlanDraft() : getHistory().get(0).plan().toDraft();
        }
        return draft;
    }

    public void publish() {
        try {
            PlanView published = plans.publish(patientPage.getId(), getDraft());
            FacesErrors.info("Version " + published.plan().getVersionNumber() + " published");
            for (CombinationWarning warning : published.warnings()) {
                FacesErrors.warn(warning.forClinician());
            }
            history = null;
            draft = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void reload() {
        history = null;
        draft = null;
    }

    public void addCourse() {
        getDraft().getCourses().add(new CourseItem(VisitKind.PHYSIOTHERAPY, 2, 6, null));
    }

    public void addHomeCare() {
        getDraft().getHomeCare().add(new HomeCareItem(HomeCareTemplate.STRETCHES, LocalDate.now(clock), null, null));
    }

    public void addMedication() {
        LocalDate today = LocalDate.now(clock);
        getDraft().getMedications().add(new MedicationItem(Medicine.IBUPROFEN, "200-400 mg every 4-6 hours with food",
                today, today.plusDays(6), null));
    }

    public void remove(List<?> items, Object item) {
        items.remove(item);
    }

    public List<ReferralView> getReferrals() {
        return referrals.referrals(patientPage.getId(), 0, PageOf.MAX_SIZE).items();
    }

    public List<OrderView> getOrders() {
        return orders.orders(patientPage.getId(), 0, PageOf.MAX_SIZE).items();
    }

    public List<VisitKind> getTherapies() {
        return List.copyOf(EnumSet.complementOf(EnumSet.of(VisitKind.INJECTION, VisitKind.REVIEW)));
    }

    public HomeCareTemplate[] getTemplates() {
        return HomeCareTemplate.values();
    }

    public Medicine[] getMedicines() {
        return Medicine.values();
    }
}
