package com.dorsum.referrals;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/**
 * A file attached to an order's result (a report as PDF, or an image), admitted by {@link ResultFileCheck}. Knows
 * its patient, so that it is served only to staff or to that patient.
 */
@Entity
public class ResultFile extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private DiagnosticOrder order;

    @Column(nullable = false, updatable = false)
    private Long patientId;

    @Column(nullable = false, updatable = false, length = 160)
    private String filename;

    @Column(nullable = false, updatable = false, length = 40)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long sizeBytes;

    @OneToOne(fetch = FetchType.LAZY, optional = false, cascade = CascadeType.PERSIST)
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    private ResultFileContent content;

    protected ResultFile() {
    }

    ResultFile(DiagnosticOrder order, String filename, ResultFileCheck.FileType type, byte[] bytes) {
        this.order = order;
        this.patientId = order.getPatientId();
        this.filename = ResultFileCheck.safeName(filename, type);
        this.contentType = type.mediaType();
        this.sizeBytes = bytes.length;
        this.content = new ResultFileContent(bytes);
    }

    public Long getPatientId() {
        return patientId;
    }

    public String getFilename() {
        return filename;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public ResultFileContent getContent() {
        return content;
    }
}
