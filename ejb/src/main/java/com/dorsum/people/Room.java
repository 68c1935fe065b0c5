package com.dorsum.people;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** A treatment room. Retired rooms stay in the records but are no longer booked. */
@Entity
public class Room extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    protected Room() {
    }

    public Room(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a room needs a name");
        }
        this.name = name.trim();
    }

    public void retire() {
        active = false;
    }

    public void reopen() {
        active = true;
    }

    public String getName() {
        return name;
    }

    public boolean isActive() {
        return active;
    }
}
