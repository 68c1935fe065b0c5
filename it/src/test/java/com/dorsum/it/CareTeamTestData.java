package com.dorsum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Puts clinicians on patients' care teams (R19) the way the clinic does: the front desk adds them. */
final class CareTeamTestData {

    private CareTeamTestData() {
    }

    /** The provider a clinician's account belongs to ("clinician" is Dr. Helena Adler, "physio" Jakob Berger). */
    static long providerOf(String username) throws Exception {
        return TestDatabase.count("select provider_id from user_account where username = ?", username);
    }

    /** The front desk puts the clinician on the patient's team; returns the membership id. */
    static long join(long patientId, String username, String role) throws Exception {
        Api.Reply added = Api.as("frontdesk").post("patients/" + patientId + "/care-team",
                "{\"clinicianId\":" + providerOf(username) + ",\"role\":\"" + role + "\"}");
        assertEquals(201, added.status(), added.toString());
        return added.json().getJsonNumber("id").longValue();
    }

    static long join(long patientId, String username) throws Exception {
        return join(patientId, username, "ATTENDING");
    }

    /** The pain physician of the demo clinic ("clinician") cares for these patients: the setup of clinical tests. */
    static void clinicianCaresFor(long... patients) throws Exception {
        for (long patient : patients) {
            join(patient, "clinician");
        }
    }
}
