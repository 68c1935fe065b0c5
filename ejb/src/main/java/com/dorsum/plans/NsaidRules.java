package com.dorsum.plans;

import com.dorsum.platform.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The medication rules of a plan. R14: NSAIDs (ibuprofen, naproxen, aspirin) are for the short term, at most two
 * weeks at a stretch; a plan item over 14 days is refused unless the clinician writes a reason. R15: never take
 * acetaminophen or a muscle relaxant while taking an NSAID; a plan that overlaps them is not refused but flagged.
 */
public final class NsaidRules {

    /** The longest NSAID stretch without a written reason (R14). */
    public static final int MAX_DAYS_WITHOUT_REASON = 14;

    private NsaidRules() {
    }

    /** Refusals, one per NSAID item over 14 days without a reason; fields named {@code medications[i].reason}. */
    public static List<Violation> refusals(List<MedicationItem> items) {
        List<Violation> refused = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            MedicationItem item = items.get(i);
            if (item.isNsaid() && item.days() > MAX_DAYS_WITHOUT_REASON && MedicationItem.trimmed(item.getReason()) == null) {
                refused.add(new Violation("medications[" + i + "].reason", item.getMedicine().label() + " for "
                        + item.days() + " days: an NSAID over " + MAX_DAYS_WITHOUT_REASON
                        + " days needs your written reason (R14)"));
            }
        }
        return refused;
    }

    /** Every NSAID item that shares days with an acetaminophen or muscle-relaxant item (R15). */
    public static List<CombinationWarning> warnings(List<MedicationItem> items) {
        List<CombinationWarning> warnings = new ArrayList<>();
        for (MedicationItem nsaid : items) {
            if (!nsaid.isNsaid()) {
                continue;
            }
            for (MedicationItem other : items) {
                if (other.getMedicine() != null && !other.isNsaid() && nsaid.overlaps(other)) {
                    warnings.add(new CombinationWarning(nsaid.getMedicine(), other.getMedicine(),
                            later(nsaid, other), earlier(nsaid, other)));
                }
            }
        }
        return warnings;
    }

    private static LocalDate later(MedicationItem a, MedicationItem b) {
        return a.getFirstDay().isAfter(b.getFirstDay()) ? a.getFirstDay() : b.getFirstDay();
    }

    private static LocalDate earlier(MedicationItem a, MedicationItem b) {
        return a.getLastDay().isBefore(b.getLastDay()) ? a.getLastDay() : b.getLastDay();
    }
}
