package com.dorsum.scheduling;

import com.dorsum.platform.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;

import java.util.EnumSet;
import java.util.Set;

/**
 * A treatment room and the kinds of visit it suits (a gym for physiotherapy, a procedure room with fluoroscopy
 * for facet-joint injections, R7). Retired rooms stay in the records but are no longer booked.
 */
@Entity
public class Room extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String name;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private boolean fluoroscopy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "room_visit_kind", joinColumns = @JoinColumn(name = "room_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20)
    private Set<VisitKind> suitableKinds = EnumSet.noneOf(VisitKind.class);

    protected Room() {
    }

    public Room(String name, boolean fluoroscopy, Set<VisitKind> suitableKinds) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a room needs a name");
        }
        this.name = name.trim();
        this.fluoroscopy = fluoroscopy;
        suit(suitableKinds);
    }

    /** Replaces the kinds of visit the room suits; injections need fluoroscopy (R7). */
    public void suit(Set<VisitKind> kinds) {
        if (kinds.contains(VisitKind.INJECTION) && !fluoroscopy) {
            throw new IllegalArgumentException("facet-joint injections need a room with fluoroscopy (R7)");
        }
        suitableKinds.clear();
        suitableKinds.addAll(kinds);
    }

    public boolean suits(VisitKind kind) {
        return active && suitableKinds.contains(kind);
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

    public boolean isFluoroscopy() {
        return fluoroscopy;
    }

    public Set<VisitKind> getSuitableKinds() {
        return Set.copyOf(suitableKinds);
    }
}
