package com.dorsum.plans;

import com.dorsum.platform.AuditedEntity;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One published version of a patient's treatment plan: everything the clinic has arranged for the patient's back
 * problem (problem and goals, courses R1-R4, home care R16/R17, medication guidance R14/R15, referrals and orders).
 * A version never changes once published; the clinician changes a plan by publishing the next version, so the
 * patient sees the newest and the clinician the whole history. Publishing is refused while the draft breaks a rule
 * ({@link PlanDraft#violations()}, {@link NsaidRules}); an NSAID combined with acetaminophen or a muscle relaxant
 * is published but carries {@link #warnings()}.
 */
@Entity
public class TreatmentPlan extends AuditedEntity {

    @Column(nullable = false, updatable = false)
    private long patientId;

    @Column(nullable = false, updatable = false)
    private int versionNumber;

    @Column(nullable = false, updatable = false, length = 500)
    private String problem;

    @Column(updatable = false, length = 2000)
    private String goals;

    @Column(nullable = false, updatable = false, length = 80)
    private String authoredBy;

    @Column(nullable = false, updatable = false)
    private Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "plan_course_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "item_index")
    private List<CourseItem> courses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_home_care_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "item_index")
    private List<HomeCareItem> homeCare = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_medication_item", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "item_index")
    private List<MedicationItem> medications = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_referral", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "referral_id", nullable = false)
    @OrderColumn(name = "item_index")
    private List<Long> referralIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "plan_order", joinColumns = @JoinColumn(name = "plan_id"))
    @Column(name = "order_id", nullable = false)
    @OrderColumn(name = "item_index")
    private List<Long> orderIds = new ArrayList<>();

    protected TreatmentPlan() {
    }

    /** The next version of a patient's plan from a draft; refused field by field while the draft breaks a rule. */
    public static TreatmentPlan publish(long patientId, int versionNumber, PlanDraft draft, String by, Instant at) {
        List<Violation> violations = draft.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        TreatmentPlan plan = new TreatmentPlan();
        plan.patientId = patientId;
        plan.versionNumber = versionNumber;
        plan.problem = draft.getProblem().trim();
        plan.goals = MedicationItem.trimmed(draft.getGoals());
        plan.authoredBy = by;
        plan.publishedAt = at;
        draft.getCourses().forEach(c -> plan.courses.add(c.copy()));
        draft.getHomeCare().forEach(h -> plan.homeCare.add(h.copy()));
        draft.getMedications().forEach(m -> plan.medications.add(m.copy()));
        draft.getReferralIds().stream().distinct().forEach(plan.referralIds::add);
        draft.getOrderIds().stream().distinct().forEach(plan.orderIds::add);
        return plan;
    }

    /** A draft for the next version, starting from this one. */
    public PlanDraft toDraft() {
        PlanDraft draft = new PlanDraft();
        draft.setBasedOnVersion(versionNumber);
        draft.setProblem(problem);
        draft.setGoals(goals);
        draft.setCourses(courses.stream().map(CourseItem::copy).toList());
        draft.setHomeCare(homeCare.stream().map(HomeCareItem::copy).toList());
        draft.setMedications(medications.stream().map(MedicationItem::copy).toList());
        draft.setReferralIds(referralIds);
        draft.setOrderIds(orderIds);
        return draft;
    }

    /** The R15 combinations this version contains (flagged to the clinician, shown to the patient). */
    public List<CombinationWarning> warnings() {
        return NsaidRules.warnings(medications);
    }

    public List<HomeCareItem> homeCareDueOn(LocalDate day) {
        return homeCare.stream().filter(item -> item.isDueOn(day)).toList();
    }

    /** Loads the items while the persistence context is open, for use after the transaction. */
    void loadItems() {
        courses.size();
        homeCare.size();
        medications.size();
        referralIds.size();
        orderIds.size();
    }

    public long getPatientId() {
        return patientId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getProblem() {
        return problem;
    }

    public String getGoals() {
        return goals;
    }

    public String getAuthoredBy() {
        return authoredBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<CourseItem> getCourses() {
        return List.copyOf(courses);
    }

    public List<HomeCareItem> getHomeCare() {
        return List.copyOf(homeCare);
    }

    public List<MedicationItem> getMedications() {
        return List.copyOf(medications);
    }

    public List<Long> getReferralIds() {
        return List.copyOf(referralIds);
    }

    public List<Long> getOrderIds() {
        return List.copyOf(orderIds);
    }
}
