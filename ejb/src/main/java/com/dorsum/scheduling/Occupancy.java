package com.dorsum.scheduling;

import com.dorsum.scheduling.SlotClaims.Resource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is booked when: the booked time of providers, a patient and rooms over a range of days, read from the
 * calendar in one go so that the course planner can try many candidate times without going back to the database.
 */
public final class Occupancy {

    private record Key(Resource resource, long id, LocalDate day) {
    }

    private final Map<Key, List<TimeSlot>> busy = new HashMap<>();

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
