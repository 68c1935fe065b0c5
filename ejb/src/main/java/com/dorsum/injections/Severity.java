package com.dorsum.injections;

/** How serious a complication was. */
public enum Severity { MILD, MODERATE, SEVERE }
