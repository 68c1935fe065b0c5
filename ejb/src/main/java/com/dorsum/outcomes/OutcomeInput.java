package com.dorsum.outcomes;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A completed questionnaire as it arrives: the instrument, the day it was answered (today when left out) and the
 * answers, one per answered item (an unanswered section is left out).
 */
public record OutcomeInput(Instrument instrument, LocalDate date, List<ItemAnswer> answers) {

    static final int OLDEST_DAYS = 731;

    /** One answered item: the section number (1-10; NPRS 1) and its value (0-5; NPRS 0-10). */
    public record ItemAnswer(Integer item, Integer value) {
    }

    /** The answers by item, checked against the instrument; refused field by field when they cannot be scored. */
    public Map<Integer, Integer> checkedAnswers(LocalDate today) {
        List<Violation> found = new ArrayList<>();
        if (instrument == null) {
            throw new InvalidInput("instrument", "Choose the questionnaire: ODI, NDI or NPRS");
        }
        if (date != null && date.isAfter(today)) {
            found.add(new Violation("date", "The date cannot be in the future"));
        } else if (date != null && date.isBefore(today.minusDays(OLDEST_DAYS))) {
            found.add(new Violation("date", "The date can be at most two years ago"));
        }
        Map<Integer, Integer> byItem = new TreeMap<>();
        List<ItemAnswer> given = answers == null ? List.of() : answers;
        for (int i = 0; i < given.size(); i++) {
            ItemAnswer answer = given.get(i);
            if (answer == null || answer.item() == null) {
                found.add(new Violation("answers[" + i + "].item", "Give the item number"));
            } else if (byItem.containsKey(answer.item())) {
                found.add(new Violation("answers[" + i + "].item", "Item " + answer.item() + " is answered twice"));
            } else {
                byItem.put(answer.item(), answer.value());
            }
        }
        found.addAll(instrument.violations(byItem));
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
        return byItem;
    }

    public LocalDate dateOr(LocalDate today) {
        return date == null ? today : date;
    }
}
