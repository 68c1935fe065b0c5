package com.dorsum.injections;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A facet joint's spinal level (R7), between two vertebrae: C2-C3 down to L5-S1. */
public enum SpinalLevel {
    C2_C3, C3_C4, C4_C5, C5_C6, C6_C7, C7_T1,
    T1_T2, T2_T3, T3_T4, T4_T5, T5_T6, T6_T7, T7_T8, T8_T9, T9_T10, T10_T11, T11_T12, T12_L1,
    L1_L2, L2_L3, L3_L4, L4_L5, L5_S1;

    /** As clinicians write it: {@code L4-L5}. */
    public String label() {
        return name().replace('_', '-');
    }

    /** {@code L4-L5}, {@code l4_l5} or {@code L4L5}... any spelling of a level; empty if it is none. */
    public static Optional<SpinalLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return Arrays.stream(values()).filter(l -> l.name().replace("_", "").equals(wanted)).findFirst();
    }
}
