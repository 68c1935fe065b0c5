package com.dorsum.web.notes;

import com.dorsum.notes.NoteView;
import com.dorsum.notes.VisitNotes;
import com.dorsum.platform.DomainException;
import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.Courses;
import com.dorsum.scheduling.Visit;
import com.dorsum.web.people.PatientBean;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The Notes tab of a patient's page (clinicians caring for the patient): notes per course, visits to write up. */
@Named
@ViewScoped
public class PatientNotesBean implements Serializable {

    /** The notes of one course (or of the single visits), newest first. */
    public record CourseNotes(String title, List<NoteView> notes) {
    }

    @Inject
    VisitNotes notes;

    @Inject
    Courses courses;

    @Inject
    PatientBean patientPage;

    private transient List<CourseNotes> groups;
    private transient List<NoteView> toWrite;
    private boolean refused;

    public List<CourseNotes> getGroups() {
        if (groups == null && !refused) {
            try {
                List<NoteView> all = notes.notesOf(patientPage.getId());
                Map<Long, Course> byId = all.stream().anyMatch(n -> n.courseId() != null)
                        ? courses.courses(patientPage.getId(), 0, 200).items().stream()
                        .collect(Collectors.toMap(Course::getId, Function.identity())) : Map.of();
                Map<String, List<NoteView>> grouped = new LinkedHashMap<>();
                // Map.of() refuses a null key: single visits have no course.
                all.forEach(n -> grouped.computeIfAbsent(title(n.courseId() == null ? null : byId.get(n.courseId())),
                        k -> new ArrayList<>()).add(n));
                groups = grouped.entrySet().stream().map(e -> new CourseNotes(e.getKey(), e.getValue())).toList();
            } catch (DomainException notInCare) {
                refused = true;
                FacesErrors.show(notInCare);
            }
        }
        return groups;
    }

    /** The signed-in clinician's recent visits with the patient that have no note yet. */
    public List<NoteView> getToWrite() {
        if (toWrite == null && !refused) {
            try {
                toWrite = notes.visitsToWrite(patientPage.getId());
            } catch (DomainException notInCare) {
                refused = true;
                toWrite = List.of();
            }
        }
        return toWrite;
    }

    private static String title(Course course) {
        return course == null ? "Single visits" : Visit.nameOf(course.getTherapy()) + " course from "
                + course.getStartDate() + " (" + course.getStatus().name().toLowerCase() + ")";
    }
}
