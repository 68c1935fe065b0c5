package com.dorsum.referrals;

import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.platform.Validation;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

/** The directory of external specialists and practices that patients are referred to: staff read it, ADMIN keeps it. */
@Stateless
@RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
public class SpecialistDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Validation validation;

    /** In name order, optionally of one specialty and only the active ones. */
    public PageOf<ExternalSpecialist> specialists(Specialty specialty, boolean activeOnly, int page, int size) {
        String where = " where 1 = 1" + (specialty == null ? "" : " and s.specialty = :specialty")
                + (activeOnly ? " and s.active = true" : "");
        TypedQuery<ExternalSpecialist> rows = em.createQuery("select s from ExternalSpecialist s" + where
                + " order by s.name, s.id", ExternalSpecialist.class);
        TypedQuery<Long> count = em.createQuery("select count(s) from ExternalSpecialist s" + where, Long.class);
        if (specialty != null) {
            rows.setParameter("specialty", specialty);
            count.setParameter("specialty", specialty);
        }
        return new PageOf<>(rows.setFirstResult(PageOf.firstRow(page, size)).setMaxResults(PageOf.size(size))
                .getResultList(), count.getSingleResult());
    }

    public ExternalSpecialist specialist(long id) {
        ExternalSpecialist specialist = em.find(ExternalSpecialist.class, id);
        if (specialist == null) {
            throw new NotFound("specialist");
        }
        return specialist;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ExternalSpecialist add(SpecialistDetails details) {
        validation.require(details, "specialist");
        ExternalSpecialist specialist = new ExternalSpecialist(details);
        if (!details.isActive()) {
            specialist.retire();
        }
        em.persist(specialist);
        return specialist;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public ExternalSpecialist change(long id, SpecialistDetails details) {
        validation.require(details, "specialist");
        ExternalSpecialist specialist = specialist(id);
        specialist.change(details);
        if (details.isActive()) {
            specialist.reinstate();
        } else {
            specialist.retire();
        }
        return specialist;
    }
}
