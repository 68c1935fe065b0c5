package com.dorsum.people;

import java.util.List;

/** A newly registered patient, with the MRNs of existing patients of the same name and birth date, if any. */
public record Registration(Patient patient, List<String> possibleDuplicates) {
}
