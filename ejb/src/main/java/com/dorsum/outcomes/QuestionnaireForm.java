package com.dorsum.outcomes;

import java.util.List;

/**
 * An instrument's questionnaire as a patient or clinician fills it in: title and items with their answer options,
 * read from its FHIR R4 Questionnaire resource (the shipped one or the clinic's licensed wording), and the resource
 * itself as JSON.
 */
public record QuestionnaireForm(Instrument instrument, String title, String description, List<Item> items,
                                String resource) {

    /** One section (item) to answer: its number, text and options. */
    public record Item(int number, String text, List<Option> options) {
    }

    /** One answer option: the value scored and its label. */
    public record Option(int value, String label) {
    }

    public Item item(int number) {
        return items.stream().filter(i -> i.number() == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + number));
    }
}
