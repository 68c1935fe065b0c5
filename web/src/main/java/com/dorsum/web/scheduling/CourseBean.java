package com.dorsum.web.scheduling;

import com.dorsum.people.Patient;
import com.dorsum.people.PatientRegistry;
import com.dorsum.platform.DomainException;
import com.dorsum.scheduling.Appointment;
import com.dorsum.scheduling.AppointmentBook;
import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.CourseOutcome;
import com.dorsum.scheduling.CourseRules;
import com.dorsum.scheduling.Courses;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.function.Supplier;

/**
 * One course: its progress (done, upcoming, cancelled), its sessions to move, cancel or record, and the course
 * as a whole to extend, end early or complete with its outcome (clinicians).
 */
@Named
@ViewScoped
public class CourseBean implements Serializable {

    @Inject
    Courses courses;

    @Inject
    AppointmentBook book;

    @Inject
    PatientRegistry patients;

    private Long id;
    private Course course;
    private Patient patient;
    private Long sessionId;
    private LocalDateTime newStart;
    private String reason;
    private Integer more = 1;
    private CourseOutcome outcome;
    private String note;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            course = courses.course(id);
            patient = patients.view(course.getPatientId());
        } catch (DomainException refused) {
            FacesErrors.show(refused);
            return;
        }
    }

    /** Picks the session a dialog acts on. */
    public void choose(Appointment session) {
        sessionId = session.getId();
        newStart = session.getStart();
        reason = null;
    }

    public void reschedule() {
        run(() -> book.reschedule(sessionId, newStart), "Session moved to " + newStart);
    }

    public void cancelSession() {
        run(() -> book.cancel(sessionId, reason), "Session cancelled");
    }

    public void noShow(Appointment session) {
        run(() -> book.recordNoShow(session.getId()), "Recorded as no-show");
    }

    public void done(Appointment session) {
        run(() -> book.markDone(session.getId()), "Marked as done");
    }

    public void extend() {
        run(() -> courses.extend(id, more == null ? 0 : more), "Course extended");
    }

    public void cancelRemaining() {
        run(() -> courses.cancelRemaining(id, reason), "The rest of the course is cancelled");
    }

    public void complete() {
        run(() -> courses.complete(id, outcome, note), "Course completed");
    }

    private void run(Supplier<?> change, String message) {
        try {
            change.get();
            FacesErrors.info(message);
            load();
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public boolean isWeekly() {
        return CourseRules.of(course.getTherapy()).isWeekly();
    }

    public int weekOf(Appointment session) {
        return course.weekOf(session.getStart().toLocalDate()) + 1;
    }

    public CourseOutcome[] getOutcomes() {
        return CourseOutcome.values();
    }

    public Course getCourse() {
        return course;
    }

    public Patient getPatient() {
        return patient;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDateTime getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDateTime newStart) {
        this.newStart = newStart;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Integer getMore() {
        return more;
    }

    public void setMore(Integer more) {
        this.more = more;
    }

    public CourseOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CourseOutcome outcome) {
        this.outcome = outcome;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
