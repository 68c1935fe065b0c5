package com.dorsum.scheduling;

/** A waitlist entry with the patient's name, as the front desk's list shows it. */
public record WaitlistLine(WaitlistEntry entry, String givenName, String familyName) {

    public String patientName() {
        return givenName + " " + familyName;
    }
}
