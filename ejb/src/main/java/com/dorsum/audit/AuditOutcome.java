package com.dorsum.audit;

/** Whether the audited read or change went through, was refused, or failed. */
public enum AuditOutcome { SUCCESS, REFUSED, FAILED }
