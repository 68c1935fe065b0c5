package com.dorsum.platform;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Identity, optimistic version and who/when columns for every clinical and administrative row
 * (clinical records are never silently changed: the row itself says who touched it last).
 */
@MappedSuperclass
@EntityListeners(AuditColumnsListener.class)
public abstract class AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    Instant createdAt;

    @Column(nullable = false, updatable = false, length = 80)
    String createdBy;

    @Column(nullable = false)
    Instant updatedAt;

    @Column(nullable = false, length = 80)
    String updatedBy;

    public Long getId() {
        return id;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
