package com.dorsum.referrals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;

/** The bytes of a result file, in a table of their own so that listing results never loads them. */
@Entity
public class ResultFileContent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Lob
    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected ResultFileContent() {
    }

    ResultFileContent(byte[] content) {
        this.content = content.clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
