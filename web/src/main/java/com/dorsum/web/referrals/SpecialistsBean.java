package com.dorsum.web.referrals;

import com.dorsum.platform.DomainException;
import com.dorsum.platform.PageOf;
import com.dorsum.referrals.ExternalSpecialist;
import com.dorsum.referrals.SpecialistDetails;
import com.dorsum.referrals.SpecialistDirectory;
import com.dorsum.referrals.Specialty;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;

/** The external specialist directory (ADMIN): add, correct, retire and reinstate entries. */
@Named
@ViewScoped
public class SpecialistsBean implements Serializable {

    @Inject
    SpecialistDirectory directory;

    private List<ExternalSpecialist> specialists;
    private Long editing;
    private SpecialistDetails details = new SpecialistDetails();

    public List<ExternalSpecialist> getSpecialists() {
        if (specialists == null) {
            specialists = directory.specialists(null, false, 0, PageOf.MAX_SIZE).items();
        }
        return specialists;
    }

    public void startNew() {
        editing = null;
        details = new SpecialistDetails();
    }

    public void startEdit(ExternalSpecialist specialist) {
        editing = specialist.getId();
        details = SpecialistDetails.of(specialist);
    }

    public void save() {
        try {
            if (editing == null) {
                directory.add(details);
            } else {
                directory.change(editing, details);
            }
            FacesErrors.info("Saved " + details.getName());
            specialists = null;
            PrimeFaces.current().executeScript("PF('specialistDialog').hide()");
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public Specialty[] getSpecialties() {
        return Specialty.values();
    }

    public SpecialistDetails getDetails() {
        return details;
    }
}
