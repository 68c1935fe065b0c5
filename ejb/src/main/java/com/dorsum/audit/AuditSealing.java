package com.dorsum.audit;

import com.dorsum.platform.SchemaMigration;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Seals newly committed audit records into the chain every two seconds (R22). */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditSealing {

    private static final Logger LOG = Logger.getLogger(AuditSealing.class.getName());

    @Inject
    AuditChain chain;

    @Inject
    SchemaMigration schema;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void sealPending() {
        if (!schema.isReady()) {
            return;
        }
        try {
            while (chain.sealPending() == AuditChain.BATCH) {
                // until the backlog is sealed
            }
        } catch (RuntimeException e) {
            // The next round tries again; nothing is lost, records wait unsealed.
            LOG.log(Level.WARNING, "sealing the audit chain failed; retrying in the next round", e);
        }
    }
}
