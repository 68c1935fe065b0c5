package com.dorsum.scheduling;

import com.dorsum.scheduling.SlotClaims.Resource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is booked when: the booked time of providers, a patient and rooms over a range of days, read from the
 * calendar in a few statements so that the course planner can try many candidate times without going back to
 * the database. Rooms may be known only at some times ({@link #roomsKnownAt}): there the planner takes a room as
 * free, and the caller reads the rooms' bookings at the times proposed and plans again.
 */
public final class Occupancy {

    private record Key(Resource resource, long id, LocalDate day) {
    }

    private final Map<Key, List<TimeSlot>> busy = new HashMap<>();
    private final Set<TimeSlot> roomsKnown = new HashSet<>();
    private boolean allRoomsKnown;

    /** Every room booking of the range is here. */
    public Occupancy withAllRooms() {
        allRoomsKnown = true;
        return this;
    }

    /** The room bookings that overlap these times are here. */
    public Occupancy withRoomsAt(Collection<TimeSlot> times) {
        roomsKnown.addAll(times);
        return this;
    }

    public boolean roomsKnownAt(TimeSlot time) {
        return allRoomsKnown || roomsKnown.contains(time);
    }

    public Occupancy book(Resource resource, long id, TimeSlot slot) {
        busy.computeIfAbsent(new Key(resource, id, slot.date()), k -> new ArrayList<>()).add(slot);
        return this;
    }

    public Occupancy provider(long id, TimeSlot slot) {
        return book(Resource.PROVIDER, id, slot);
    }

    public Occupancy patient(long id, TimeSlot slot) {
        return book(Resource.PATIENT, id, slot);
    }

    public Occupancy room(long id, TimeSlot slot) {
        return book(Resource.ROOM, id, slot);
    }

    public boolean isFree(Resource resource, long id, TimeSlot slot) {
        List<TimeSlot> booked = busy.get(new Key(resource, id, slot.date()));
        return booked == null || booked.stream().noneMatch(slot::overlaps);
    }
}
