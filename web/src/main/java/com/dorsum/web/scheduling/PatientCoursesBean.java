package com.dorsum.web.scheduling;

import com.dorsum.platform.DomainException;
import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.CourseRules;
import com.dorsum.scheduling.Courses;
import com.dorsum.scheduling.PartOfDay;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.scheduling.Waitlist;
import com.dorsum.web.people.PatientBean;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The Courses tab of a patient's page: the patient's courses with their progress, and a place on the waitlist. */
@Named
@ViewScoped
public class PatientCoursesBean implements Serializable {

    @Inject
    Courses courses;

    @Inject
    Waitlist waitlist;

    @Inject
    PatientBean patientPage;

    private List<Course> items;
    private VisitKind therapy = VisitKind.PHYSIOTHERAPY;
    private PartOfDay partOfDay = PartOfDay.ANY;
    private String note;

    public List<Course> getItems() {
        if (items == null) {
            try {
                items = courses.courses(patientPage.getId(), 0, PageOf.MAX_SIZE).items();
            } catch (DomainException refused) {
                items = List.of();
                FacesErrors.show(refused);
            }
        }
        return items;
    }

    public void joinWaitlist() {
        try {
            waitlist.add(patientPage.getId(), therapy, partOfDay, note);
            FacesErrors.info("On the waitlist for " + therapy.name().toLowerCase());
            note = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public List<VisitKind> getTherapies() {
        return Arrays.stream(CourseRules.values()).map(CourseRules::therapy).toList();
    }

    public PartOfDay[] getPartsOfDay() {
        return PartOfDay.values();
    }

    public VisitKind getTherapy() {
        return therapy;
    }

    public void setTherapy(VisitKind therapy) {
        this.therapy = therapy;
    }

    public PartOfDay getPartOfDay() {
        return partOfDay;
    }

    public void setPartOfDay(PartOfDay partOfDay) {
        this.partOfDay = partOfDay;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
