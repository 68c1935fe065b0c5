package com.dorsum.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.time.Instant;

/** Fills the who/when columns of {@link AuditedEntity} from the signed-in caller. */
public class AuditColumnsListener {

    /** Rows written by the system itself (migrations, demo data) carry this name. */
    public static final String SYSTEM = "system";

    @PrePersist
    void created(AuditedEntity entity) {
        Instant now = Instant.now();
        String who = caller();
        entity.createdAt = now;
        entity.createdBy = who;
        entity.updatedAt = now;
        entity.updatedBy = who;
    }

    @PreUpdate
    void updated(AuditedEntity entity) {
        entity.updatedAt = Instant.now();
        entity.updatedBy = caller();
    }

    static String caller() {
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException outsideARequest) {
            return SYSTEM;
        }
    }
}
