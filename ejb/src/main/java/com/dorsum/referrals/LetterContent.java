package com.dorsum.referrals;

import java.time.LocalDate;
import java.util.List;

/** Everything a referral letter says, gathered from the record at the moment the referral is sent. */
public record LetterContent(Letterhead letterhead, LocalDate date, String patientName, LocalDate birthDate,
                            String mrn, String specialty, String receiver, String urgency, String question,
                            List<String> ruleOuts, String surgicalBasis, List<String> courses,
                            List<String> injections, List<String> imagingAndLabs, List<String> medication,
                            String referringClinician) {
}
