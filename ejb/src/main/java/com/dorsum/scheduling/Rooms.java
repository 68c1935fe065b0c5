package com.dorsum.scheduling;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Set;

/** The clinic's rooms: staff read them, ADMIN manages them. */
@Stateless
@RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
public class Rooms {

    @PersistenceContext
    EntityManager em;

    public List<Room> all() {
        return em.createQuery("select r from Room r order by r.name", Room.class).getResultList();
    }

    public Room room(long id) {
        Room room = em.find(Room.class, id);
        if (room == null) {
            throw new NotFound("room");
        }
        return room;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Room add(String name, boolean fluoroscopy, Set<VisitKind> kinds) {
        Room room;
        try {
            room = new Room(name, fluoroscopy, kinds);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("room", e.getMessage());
        }
        boolean taken = !em.createQuery("select r.id from Room r where lower(r.name) = :n", Long.class)
                .setParameter("n", room.getName().toLowerCase()).getResultList().isEmpty();
        if (taken) {
            throw new InvalidInput("name", "A room named '" + room.getName() + "' already exists");
        }
        em.persist(room);
        return room;
    }
}
