package com.dorsum.plans;

import com.dorsum.platform.MultiLineText;
import com.dorsum.platform.Violation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan as the clinician writes it before publishing it as a new version: the version it was based on (null for
 * the first), problem, goals, courses, home care, medication guidance and the referrals and orders it lists.
 */
public class PlanDraft implements Serializable {

    static final int MAX_ITEMS = 20;

    private Integer basedOnVersion;
    @MultiLineText
    private String problem;
    @MultiLineText
    private String goals;
    private List<CourseItem> courses = new ArrayList<>();
    private List<HomeCareItem> homeCare = new ArrayList<>();
    private List<MedicationItem> medications = new ArrayList<>();
    private List<Long> referralIds = new ArrayList<>();
    private List<Long> orderIds = new ArrayList<>();

    /** Everything that keeps the draft from being published, field by field; empty when it may be. */
    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        if (MedicationItem.trimmed(problem) == null) {
            found.add(new Violation("problem", "Describe the problem the plan treats"));
        } else if (problem.trim().length() > 500) {
            found.add(new Violation("problem", "The problem must be at most 500 characters"));
        }
        if (goals != null && goals.trim().length() > 2000) {
            found.add(new Violation("goals", "The goals must be at most 2000 characters"));
        }
        tooMany(found, "courses", courses);
        tooMany(found, "homeCare", homeCare);
        tooMany(found, "medications", medications);
        for (int i = 0; i < courses.size(); i++) {
            found.addAll(courses.get(i).violations("courses[" + i + "]"));
        }
        for (int i = 0; i < homeCare.size(); i++) {
            homeCare(found, "homeCare[" + i + "]", homeCare.get(i));
        }
        for (int i = 0; i < medications.size(); i++) {
            medication(found, "medications[" + i + "]", medications.get(i));
        }
        found.addAll(NsaidRules.refusals(medications));
        return found;
    }

    private static void tooMany(List<Violation> found, String field, List<?> items) {
        if (items.size() > MAX_ITEMS) {
            found.add(new Violation(field, "At most " + MAX_ITEMS + " items"));
        }
    }

    private static void homeCare(List<Violation> found, String prefix, HomeCareItem item) {
        if (item.getTemplate() == null) {
            found.add(new Violation(prefix + ".template", "Choose the home-care item"));
        }
        if (item.getFirstDay() == null) {
            found.add(new Violation(prefix + ".firstDay", "Give the first day"));
        } else if (item.getLastDay() != null && item.getLastDay().isBefore(item.getFirstDay())) {
            found.add(new Violation(prefix + ".lastDay", "The last day cannot be before the first day"));
        }
        if (item.getNote() != null && item.getNote().trim().length() > 500) {
            found.add(new Violation(prefix + ".note", "The note must be at most 500 characters"));
        }
    }

    private static void medication(List<Violation> found, String prefix, MedicationItem item) {
        if (item.getMedicine() == null) {
            found.add(new Violation(prefix + ".medicine", "Choose the medicine"));
        }
        if (item.getFirstDay() == null || item.getLastDay() == null) {
            found.add(new Violation(prefix + ".lastDay", "Give the first and the last day"));
        } else if (item.getLastDay().isBefore(item.getFirstDay())) {
            found.add(new Violation(prefix + ".lastDay", "The last day cannot be before the first day"));
        }
        if (item.getDose() != null && item.getDose().trim().length() > 120) {
            found.add(new Violation(prefix + ".dose", "The dose must be at most 120 characters"));
        }
        if (item.getReason() != null && item.getReason().trim().length() > 500) {
            found.add(new Violation(prefix + ".reason", "The reason must be at most 500 characters"));
        }
    }

    public Integer getBasedOnVersion() {
        return basedOnVersion;
    }

    public void setBasedOnVersion(Integer basedOnVersion) {
        this.basedOnVersion = basedOnVersion;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public List<CourseItem> getCourses() {
        return courses;
    }

    public void setCourses(List<CourseItem> courses) {
        this.courses = courses == null ? new ArrayList<>() : new ArrayList<>(courses);
    }

    public List<HomeCareItem> getHomeCare() {
        return homeCare;
    }

    public void setHomeCare(List<HomeCareItem> homeCare) {
        this.homeCare = homeCare == null ? new ArrayList<>() : new ArrayList<>(homeCare);
    }

    public List<MedicationItem> getMedications() {
        return medications;
    }

    public void setMedications(List<MedicationItem> medications) {
        this.medications = medications == null ? new ArrayList<>() : new ArrayList<>(medications);
    }

    public List<Long> getReferralIds() {
        return referralIds;
    }

    public void setReferralIds(List<Long> referralIds) {
        this.referralIds = referralIds == null ? new ArrayList<>() : new ArrayList<>(referralIds);
    }

    public List<Long> getOrderIds() {
        return orderIds;
    }

    public void setOrderIds(List<Long> orderIds) {
        this.orderIds = orderIds == null ? new ArrayList<>() : new ArrayList<>(orderIds);
    }
}
