package com.dorsum.api.plans;

import com.dorsum.plans.CombinationWarning;
import com.dorsum.plans.CourseItem;
import com.dorsum.plans.HomeCareItem;
import com.dorsum.plans.MedicationItem;
import com.dorsum.plans.PlanReference;
import com.dorsum.plans.PlanView;
import com.dorsum.plans.TreatmentPlan;
import com.dorsum.scheduling.VisitKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A plan version as the API shows it, with the words the patient reads next to the stored values. */
public record PlanDto(int version, long patientId, String problem, String goals, String authoredBy,
                      Instant publishedAt, List<Course> courses, List<HomeCare> homeCare,
                      List<Medication> medications, List<String> warnings, List<Reference> referrals,
                      List<Reference> orders) {

    public record Course(VisitKind therapy, Integer sessionsPerWeek, Integer weeks, Integer sessions,
                         int totalSessions, String description) {
    }

    public record HomeCare(String template, String rule, String title, String instructions, LocalDate firstDay,
                           LocalDate lastDay, String note) {
    }

    public record Medication(String medicine, String name, String group, String dose, LocalDate firstDay,
                             LocalDate lastDay, long days, String reason) {
    }

    public record Reference(long id, String what, String status, String statusForPatient) {
    }

    public static PlanDto of(PlanView view) {
        TreatmentPlan p = view.plan();
        return new PlanDto(p.getVersionNumber(), p.getPatientId(), p.getProblem(), p.getGoals(), p.getAuthoredBy(),
                p.getPublishedAt(), p.getCourses().stream().map(PlanDto::course).toList(),
                p.getHomeCare().stream().map(PlanDto::homeCare).toList(),
                p.getMedications().stream().map(PlanDto::medication).toList(),
                view.warnings().stream().map(CombinationWarning::forPatient).toList(),
                view.referrals().stream().map(PlanDto::reference).toList(),
                view.orders().stream().map(PlanDto::reference).toList());
    }

    private static Course course(CourseItem c) {
        return new Course(c.getTherapy(), c.getSessionsPerWeek(), c.getWeeks(), c.getSessions(), c.totalSessions(),
                c.describe());
    }

    private static HomeCare homeCare(HomeCareItem h) {
        return new HomeCare(h.getTemplate().name(), h.getTemplate().rule(), h.getTemplate().title(),
                h.getTemplate().instructions(), h.getFirstDay(), h.getLastDay(), h.getNote());
    }

    private static Medication medication(MedicationItem m) {
        return new Medication(m.getMedicine().name(), m.getMedicine().label(), m.getMedicine().group().name(),
                m.getDose(), m.getFirstDay(), m.getLastDay(), m.days(), m.getReason());
    }

    private static Reference reference(PlanReference r) {
        return new Reference(r.id(), r.what(), r.status(), r.statusForPatient());
    }
}
