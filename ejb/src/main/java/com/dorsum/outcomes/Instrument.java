package com.dorsum.outcomes;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.Violation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome measures of R25 and how each is scored from its answers (never typed in):
 * <ul>
 * <li>Oswestry Disability Index: 10 sections scored 0-5; score = sum / (5 x answered sections) x 100, valid with
 * at most 2 sections unanswered.</li>
 * <li>Neck Disability Index: 10 items 0-5, total 0-50, reported x 2 as a percentage; the same rule for unanswered
 * items (the percentage of the answered items' maximum).</li>
 * <li>Numeric Pain Rating Scale: one answer 0-10.</li>
 * </ul>
 * Lower is better for all three. The minimal clinically important change (Ostelo et al., Spine 2008) is given on
 * the reported scale: ODI 10 points, NDI 5 of 50 (10 percentage points), NPRS 2 points.
 */
public enum Instrument {
    ODI("Oswestry Disability Index", "97908-8", "97909-6", 10, 5, 2, new BigDecimal("10"), "%"),
    NDI("Neck Disability Index", "82226-2", "82237-9", 10, 5, 2, new BigDecimal("10"), "%"),
    NPRS("Numeric Pain Rating Scale", "72514-3", "72514-3", 1, 10, 0, new BigDecimal("2"), "");

    private final String title;
    private final String panelLoinc;
    private final String scoreLoinc;
    private final int items;
    private final int maxValue;
    private final int maxUnanswered;
    private final BigDecimal minimalImportantChange;
    private final String unit;

    Instrument(String title, String panelLoinc, String scoreLoinc, int items, int maxValue, int maxUnanswered,
               BigDecimal minimalImportantChange, String unit) {
        this.title = title;
        this.panelLoinc = panelLoinc;
        this.scoreLoinc = scoreLoinc;
        this.items = items;
        this.maxValue = maxValue;
        this.maxUnanswered = maxUnanswered;
        this.minimalImportantChange = minimalImportantChange;
        this.unit = unit;
    }

    /**
     * Scores the answers (item number to value; an unanswered item is left out). Answers that cannot belong to
     * this instrument (an unknown item, a value out of range, nothing answered) are refused field by field; too
     * many unanswered items give a score that is not valid, with no value.
     */
    public Score score(Map<Integer, Integer> answers) {
        List<Violation> wrong = violations(answers);
        if (!wrong.isEmpty()) {
            throw new InvalidInput(wrong);
        }
        int answered = answers.size();
        int sum = answers.values().stream().mapToInt(Integer::intValue).sum();
        if (items - answered > maxUnanswered) {
            return new Score(this, answered, sum, null, false, (items - answered) + " of " + items
                    + " unanswered: at most " + maxUnanswered + " may be left out for a valid score");
        }
        BigDecimal value = this == NPRS ? BigDecimal.valueOf(sum)
                : BigDecimal.valueOf(sum * 100L).divide(BigDecimal.valueOf(5L * answered), 1, RoundingMode.HALF_UP);
        return new Score(this, answered, sum, value.stripTrailingZeros().scale() <= 0
                ? value.setScale(0, RoundingMode.UNNECESSARY) : value, true, null);
    }

    /** Everything that makes the answers impossible for this instrument, as field-by-field violations. */
    public List<Violation> violations(Map<Integer, Integer> answers) {
        List<Violation> found = new ArrayList<>();
        if (answers == null || answers.isEmpty()) {
            found.add(new Violation("answers", "Answer at least one " + (items == 1 ? "question" : "section")));
            return found;
        }
        new TreeMap<>(answers).forEach((item, value) -> {
            if (item < 1 || item > items) {
                found.add(new Violation("answers", title + " has items 1 to " + items + ", not " + item));
            } else if (value == null || value < 0 || value > maxValue) {
                found.add(new Violation("answers[" + item + "].value", "Item " + item + " is answered with 0 to "
                        + maxValue + ", not " + value));
            }
        });
        return found;
    }

    /** Whether a change between two scores (later minus earlier) is an improvement that reaches the MCID. */
    public boolean improvedBy(BigDecimal change) {
        return change != null && change.negate().compareTo(minimalImportantChange) >= 0;
    }

    /** Whether a change, either way, is at least the minimal clinically important change. */
    public boolean clinicallyImportant(BigDecimal change) {
        return change != null && change.abs().compareTo(minimalImportantChange) >= 0;
    }

    public String title() {
        return title;
    }

    public String panelLoinc() {
        return panelLoinc;
    }

    public String scoreLoinc() {
        return scoreLoinc;
    }

    public int items() {
        return items;
    }

    public int maxValue() {
        return maxValue;
    }

    public int maxUnanswered() {
        return maxUnanswered;
    }

    public BigDecimal minimalImportantChange() {
        return minimalImportantChange;
    }

    /** The highest score on the reported scale: 100 (%) for ODI and NDI, 10 for NPRS. */
    public int maxScore() {
        return this == NPRS ? 10 : 100;
    }

    public String unit() {
        return unit;
    }
}
