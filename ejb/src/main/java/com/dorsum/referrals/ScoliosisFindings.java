package com.dorsum.referrals;

import com.dorsum.platform.MultiLineText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * The scoliosis screen's exam form (R12): forward-bend test, muscle weakness, numbness, abnormal reflexes. Any
 * finding makes the screen positive, and a positive screen suggests an orthopedic referral.
 */
public class ScoliosisFindings {

    @NotNull(message = "Forward-bend test result is required (NONE, LEFT or RIGHT)")
    private RibHump forwardBendRibHump = RibHump.NONE;

    private boolean muscleWeakness;

    private boolean numbness;

    private boolean abnormalReflexes;

    @Size(max = 1000, message = "Notes must be at most 1000 characters")
    @MultiLineText
    private String notes;

    public boolean isPositive() {
        return !findings().isEmpty();
    }

    /** The findings in words, for the suggested referral and the letter. */
    public List<String> findings() {
        List<String> found = new ArrayList<>();
        if (forwardBendRibHump != null && forwardBendRibHump != RibHump.NONE) {
            found.add("forward-bend test: ribs higher on the " + forwardBendRibHump.name().toLowerCase() + " side");
        }
        if (muscleWeakness) {
            found.add("muscle weakness");
        }
        if (numbness) {
            found.add("numbness");
        }
        if (abnormalReflexes) {
            found.add("abnormal reflexes");
        }
        return found;
    }

    /** The orthopedic referral a positive screen suggests, with the findings as the question asked. */
    public ReferralRequest suggestedReferral() {
        if (!isPositive()) {
            throw new IllegalStateException("a negative screen suggests no referral");
        }
        String reason = "Positive scoliosis screen: " + String.join("; ", findings()) + "."
                + (notes == null || notes.isBlank() ? "" : " " + notes.trim())
                + " Please assess for scoliosis.";
        return new ReferralRequest(Specialty.ORTHOPEDICS, reason, Urgency.ROUTINE);
    }

    public RibHump getForwardBendRibHump() {
        return forwardBendRibHump;
    }

    public void setForwardBendRibHump(RibHump forwardBendRibHump) {
        this.forwardBendRibHump = forwardBendRibHump;
    }

    public boolean isMuscleWeakness() {
        return muscleWeakness;
    }

    public void setMuscleWeakness(boolean muscleWeakness) {
        this.muscleWeakness = muscleWeakness;
    }

    public boolean isNumbness() {
        return numbness;
    }

    public void setNumbness(boolean numbness) {
        this.numbness = numbness;
    }

    public boolean isAbnormalReflexes() {
        return abnormalReflexes;
    }

    public void setAbnormalReflexes(boolean abnormalReflexes) {
        this.abnormalReflexes = abnormalReflexes;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
