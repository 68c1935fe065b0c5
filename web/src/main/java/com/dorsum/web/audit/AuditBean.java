package com.dorsum.web.audit;

import com.dorsum.audit.AuditQuery;
import com.dorsum.audit.AuditRecord;
import com.dorsum.audit.AuditTrail;
import com.dorsum.web.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;

/** Searches the audit trail by patient, user and date range, newest first. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    @Inject
    AuditTrail trail;

    private Long patientId;
    private String username;
    private LocalDate from;
    private LocalDate to;
    private PagedModel<AuditRecord> records;

    public void search() {
        AuditQuery query = new AuditQuery(patientId, username, from, to);
        records = new PagedModel<>(() -> trail.search(query, 0, 1).total(),
                (page, size) -> trail.search(query, page, size).items());
    }

    public PagedModel<AuditRecord> getRecords() {
        if (records == null) {
            search();
        }
        return records;
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
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
