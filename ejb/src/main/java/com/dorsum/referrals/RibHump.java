package com.dorsum.referrals;

/** The forward-bend test's finding: which side of the ribs stands higher, if either (R12). */
public enum RibHump { NONE, LEFT, RIGHT }
