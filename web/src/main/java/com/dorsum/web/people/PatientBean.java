package com.dorsum.web.people;

import com.dorsum.people.Patient;
import com.dorsum.people.PatientDetails;
import com.dorsum.people.PatientRegistry;
import com.dorsum.people.Sex;
import com.dorsum.platform.DomainException;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;

import java.io.Serializable;

/** One patient's page: details, and correcting them. */
@Named
@ViewScoped
public class PatientBean implements Serializable {

    @Inject
    PatientRegistry registry;

    private Long id;
    private Patient patient;
    @Valid
    private PatientDetails details;

    /** Loads the patient named in the URL (?id=); the registry checks access and audits the read. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            patient = registry.view(id);
            details = PatientDetails.of(patient);
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void save() {
        try {
            patient = registry.correct(id, details);
            FacesErrors.info("Saved");
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Patient getPatient() {
        return patient;
    }

    public PatientDetails getDetails() {
        return details;
    }
}
