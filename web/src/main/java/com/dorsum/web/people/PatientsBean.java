package com.dorsum.web.people;

import com.dorsum.people.Patient;
import com.dorsum.people.PatientDetails;
import com.dorsum.people.PatientRegistry;
import com.dorsum.people.Registration;
import com.dorsum.people.Sex;
import com.dorsum.platform.DomainException;
import com.dorsum.web.platform.FacesErrors;
import com.dorsum.web.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** The patient list: search, and registration with a warning when the patient may already be registered. */
@Named
@ViewScoped
public class PatientsBean implements Serializable {

    @Inject
    PatientRegistry registry;

    private String query;
    private PagedModel<Patient> patients;
    @Valid
    private PatientDetails details = new PatientDetails();
    private List<String> duplicates = List.of();

    public void search() {
        String q = query;
        patients = new PagedModel<>(() -> registry.countMatches(q), (page, size) -> registry.search(q, page, size).items());
    }

    public void startRegistration() {
        details = new PatientDetails();
        details.setSex(Sex.UNKNOWN);
        duplicates = List.of();
    }

    /** First press: warn about possible duplicates and ask again; otherwise (or when confirmed) register. */
    public void register(boolean confirmed) {
        try {
            if (!confirmed) {
                duplicates = registry.possibleDuplicates(details);
                if (!duplicates.isEmpty()) {
                    return;
                }
            }
            Registration registration = registry.register(details);
            FacesErrors.info("Registered " + registration.patient().getFullName() + " as "
                    + registration.patient().getMrn());
            query = registration.patient().getMrn();
            search();
            PrimeFaces.current().executeScript("PF('registerDialog').hide()");
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public Sex[] getSexes() {
        return Sex.values();
    }

    public PagedModel<Patient> getPatients() {
        if (patients == null) {
            search();
        }
        return patients;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public PatientDetails getDetails() {
        return details;
    }

    public List<String> getDuplicates() {
        return duplicates;
    }
}
