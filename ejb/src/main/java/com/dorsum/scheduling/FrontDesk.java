package com.dorsum.scheduling;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.PageOf;
import com.dorsum.security.PatientAccess;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the front desk's screens read: the calendar of one provider or one room over some days, and the day's
 * list of visits to check in. Each is one query with the names and colours joined in; cancelled visits are left
 * out. Staff only, and audited.
 */
@Stateless
@RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
public class FrontDesk {

    private static final String ENTRIES = "select new com.dorsum.scheduling.CalendarEntry(a, p.givenName,"
            + " p.familyName, pr.name, r.name, v.colour)";
    private static final String FROM = " from Appointment a join Patient p on p.id = a.patientId"
            + " join Provider pr on pr.id = a.providerId join Room r on r.id = a.roomId"
            + " join VisitType v on v.kind = a.kind"
            + " where a.start < :to and a.end > :from and a.status <> com.dorsum.scheduling.AppointmentStatus.CANCELLED";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    /** The calendar of one provider or one room between two times (at most six weeks). */
    public List<CalendarEntry> calendar(Long providerId, Long roomId, LocalDateTime from, LocalDateTime to) {
        access.requireStaff(AuditAction.APPOINTMENTS_VIEWED);
        if ((providerId == null) == (roomId == null)) {
            throw new InvalidInput("calendar", "Choose one provider or one room");
        }
        if (from == null || to == null || !from.isBefore(to) || from.plusWeeks(6).isBefore(to)) {
            throw new InvalidInput("from", "Give a range 'from' before 'to', at most six weeks long");
        }
        String filter = providerId != null ? " and a.providerId = :id" : " and a.roomId = :id";
        List<CalendarEntry> entries = em.createQuery(ENTRIES + FROM + filter + " order by a.start, a.id",
                        CalendarEntry.class).setParameter("from", from).setParameter("to", to)
                .setParameter("id", providerId != null ? providerId : roomId).getResultList();
        audit.record(AuditAction.APPOINTMENTS_VIEWED, null, (providerId != null ? "provider " + providerId
                : "room " + roomId) + " calendar " + from + " to " + to);
        return entries;
    }

    /** One day's visits in time order, optionally of one provider, a page at a time. */
    public PageOf<CalendarEntry> day(LocalDate day, Long providerId, int page, int size) {
        access.requireStaff(AuditAction.APPOINTMENTS_VIEWED);
        String filter = providerId != null ? " and a.providerId = :provider" : "";
        TypedQuery<CalendarEntry> rows = em.createQuery(ENTRIES + FROM + filter + " order by a.start, pr.name, a.id",
                CalendarEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(a)" + FROM + filter, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            query.setParameter("from", day.atStartOfDay()).setParameter("to", day.plusDays(1).atStartOfDay());
            if (providerId != null) {
                query.setParameter("provider", providerId);
            }
        }
        List<CalendarEntry> items = rows.setFirstResult(PageOf.firstRow(page, size))
                .setMaxResults(PageOf.size(size)).getResultList();
        audit.record(AuditAction.APPOINTMENTS_VIEWED, null, "day list " + day);
        return new PageOf<>(items, count.getSingleResult());
    }
}
