package com.dorsum.referrals;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OneToOne;

/**
 * The letter (PDF) that went out with a referral, kept exactly as it was sent: what the specialist read is what
 * the clinic can show later, even after the record has changed.
 */
@Entity
public class ReferralLetter extends AuditedEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "referral_id", nullable = false, unique = true, updatable = false)
    private Referral referral;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] pdf;

    protected ReferralLetter() {
    }

    public ReferralLetter(Referral referral, byte[] pdf) {
        this.referral = referral;
        this.pdf = pdf.clone();
    }

    public byte[] getPdf() {
        return pdf.clone();
    }
}
