package com.dorsum.web.audit;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditChain;
import com.dorsum.audit.AuditEntry;
import com.dorsum.audit.AuditQuery;
import com.dorsum.audit.AuditTrail;
import com.dorsum.audit.ChainVerification;
import com.dorsum.web.platform.ClinicTime;
import com.dorsum.web.platform.FacesErrors;
import com.dorsum.web.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Searches the audit trail by patient (MRN or name), user, action and period, exports it, verifies the chain. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    @Inject
    AuditTrail trail;

    @Inject
    AuditChain chain;

    @Inject
    ClinicTime clinicTime;

    private String patient;
    private String username;
    private AuditAction action;
    private LocalDate from;
    private LocalDate to;
    private PagedModel<AuditEntry> records;
    private ChainVerification verification;

    public void search() {
        AuditQuery query = query();
        records = new PagedModel<>(() -> trail.search(query, 0, 1).total(),
                (page, size) -> trail.search(query, page, size).items());
    }

    public void verify() {
        verification = chain.verify();
        if (verification.intact()) {
            FacesErrors.info("The audit trail is intact: " + verification.records() + " records verified.");
        } else {
            ChainVerification.Broken broken = verification.firstBroken();
            FacesErrors.warn("The audit trail is broken at record " + broken.id()
                    + (broken.at() == null ? "" : " of " + clinicTime.formatPrecise(broken.at())) + ": "
                    + switch (broken.problem()) {
                        case CHANGED -> "it was changed after it was written.";
                        case REMOVED -> "a record was removed.";
                        case INSERTED -> "it was not written by the clinic.";
                    });
        }
    }

    public StreamedContent getCsv() {
        byte[] csv = trail.csv(query()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("audit.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    private AuditQuery query() {
        return new AuditQuery(patient, username, action, from, to);
    }

    public PagedModel<AuditEntry> getRecords() {
        if (records == null) {
            search();
        }
        return records;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public ChainVerification getVerification() {
        return verification;
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
