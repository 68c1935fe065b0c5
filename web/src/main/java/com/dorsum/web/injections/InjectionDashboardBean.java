package com.dorsum.web.injections;

import com.dorsum.injections.InjectionPatientSummary;
import com.dorsum.injections.Injections;
import com.dorsum.platform.DomainException;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The clinicians' injection dashboard (R6): patients in care with injections, their count in the last six months,
 * places left, next eligible date and last reported relief. Sorted and filtered in the table, exported as CSV.
 * The allowance is computed per patient from the rule, so the list is built in full (a clinic has a few hundred
 * such patients at most) and the table pages through it.
 */
@Named
@ViewScoped
public class InjectionDashboardBean implements Serializable {

    @Inject
    Injections injections;

    private List<InjectionPatientSummary> patients;
    private List<InjectionPatientSummary> filtered;

    public List<InjectionPatientSummary> getPatients() {
        if (patients == null) {
            try {
                patients = injections.patientsInCare();
            } catch (DomainException refused) {
                patients = List.of();
                FacesErrors.show(refused);
            }
        }
        return patients;
    }

    public List<InjectionPatientSummary> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<InjectionPatientSummary> filtered) {
        this.filtered = filtered;
    }
}
