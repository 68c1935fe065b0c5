package com.dorsum.outcomes;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped FHIR Questionnaire resources fit their instruments; a clinic's file that does not is refused. */
class QuestionnairesTest {

    @Test
    void everyShippedQuestionnaireCarriesItsLoincCodeAndItemsWithTheirAnswerLevels() {
        for (Instrument instrument : Instrument.values()) {
            QuestionnaireForm form = Questionnaires.shipped(instrument);
            assertEquals(instrument.items(), form.items().size(), instrument.name());
            assertTrue(form.resource().contains("\"" + instrument.panelLoinc() + "\""), instrument.name());
            assertTrue(form.resource().contains("\"" + instrument.scoreLoinc() + "\""), instrument.name());
            form.items().forEach(i -> assertEquals(instrument.maxValue() + 1, i.options().size()));
        }
        assertEquals("Walking", Questionnaires.shipped(Instrument.ODI).item(4).text());
        assertEquals("Headaches", Questionnaires.shipped(Instrument.NDI).item(5).text());
        assertEquals("0 - No difficulty", Questionnaires.shipped(Instrument.ODI).item(1).options().get(0).label());
    }

    @Test
    void aClinicFileWithTheLicensedWordingIsReadWhenItFitsTheInstrument() {
        String licensed = Questionnaires.shipped(Instrument.NPRS).resource()
                .replace("How strong is your pain right now?", "Licensed wording: rate your pain");
        assertEquals("Licensed wording: rate your pain", Questionnaires.read(Instrument.NPRS, licensed).item(1).text());
    }

    @Test
    void aFileThatDoesNotFitItsInstrumentIsRefusedWithTheReason() {
        String odi = Questionnaires.shipped(Instrument.ODI).resource();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Questionnaires.read(Instrument.NDI, odi))
                .getMessage().contains("82226-2"));
        assertThrows(IllegalArgumentException.class, () -> Questionnaires.read(Instrument.ODI,
                odi.replace("\"linkId\": \"10\"", "\"linkId\": \"11\"")));
        assertThrows(IllegalArgumentException.class, () -> Questionnaires.read(Instrument.ODI, "[]"));
    }
}
