package com.dorsum.referrals;

/** The clinic's name and contact details at the top of every letter. */
public record Letterhead(String clinicName, String address, String phone) {
}
