package com.dorsum.scheduling;

/** An appointment as the front desk's calendar and day list show it: with names and the therapy's colour. */
public record CalendarEntry(Appointment appointment, String givenName, String familyName, String providerName,
                            String roomName, String colour) {

    public String patientName() {
        return givenName + " " + familyName;
    }
}
