package com.dorsum.web.portal;

import com.dorsum.people.Patient;
import com.dorsum.people.PatientRegistry;
import com.dorsum.plans.HomeCareItem;
import com.dorsum.plans.PlanView;
import com.dorsum.plans.TreatmentPlan;
import com.dorsum.plans.TreatmentPlans;
import com.dorsum.scheduling.PatientVisits;
import com.dorsum.scheduling.Visit;
import com.dorsum.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The signed-in patient's own record, next visits, plan and today's home care, for the portal pages. */
@Named
@RequestScoped
public class PortalBean {

    static final int NEXT_VISITS = 3;

    @Inject
    CurrentUser currentUser;

    @Inject
    PatientRegistry registry;

    @Inject
    PatientVisits visits;

    @Inject
    TreatmentPlans plans;

    @Inject
    Clock clock;

    private Patient patient;
    private List<Visit> nextVisits;
    private Optional<PlanView> plan;

    public Patient getPatient() {
        if (patient == null) {
            patient = currentUser.ownPatientId().map(registry::view).orElse(null);
        }
        return patient;
    }

    public List<Visit> getNextVisits() {
        if (nextVisits == null) {
            nextVisits = currentUser.ownPatientId().map(id -> visits.upcoming(id, NEXT_VISITS)).orElse(List.of());
        }
        return nextVisits;
    }

    /** The current plan version, or null before the first is published. */
    public PlanView getPlan() {
        if (plan == null) {
            plan = currentUser.ownPatientId().flatMap(plans::current);
        }
        return plan.orElse(null);
    }

    public TreatmentPlan getCurrentPlan() {
        PlanView current = getPlan();
        return current == null ? null : current.plan();
    }

    public List<HomeCareItem> getTodaysHomeCare() {
        PlanView current = getPlan();
        return current == null ? List.of() : current.plan().homeCareDueOn(LocalDate.now(clock));
    }
}
