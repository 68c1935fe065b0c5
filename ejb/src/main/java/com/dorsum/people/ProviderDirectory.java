package com.dorsum.people;

import com.dorsum.platform.InvalidInput;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/** The clinic's providers: staff read them, ADMIN manages them. */
@Stateless
@RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
public class ProviderDirectory {

    @PersistenceContext
    EntityManager em;

    /** Providers in name order, optionally of one discipline; working hours are fetched in the same query. */
    public PageOf<Provider> providers(Discipline discipline, int page, int size) {
        String where = discipline == null ? "" : " where p.discipline = :d";
        var ids = em.createQuery("select p.id from Provider p" + where + " order by p.name, p.id", Long.class);
        var count = em.createQuery("select count(p) from Provider p" + where, Long.class);
        if (discipline != null) {
            ids.setParameter("d", discipline);
            count.setParameter("d", discipline);
        }
        List<Long> pageIds = ids.setFirstResult(PageOf.firstRow(page, size))
                .setMaxResults(PageOf.size(size)).getResultList();
        List<Provider> items = pageIds.isEmpty() ? List.of() : em.createQuery(
                        "select distinct p from Provider p left join fetch p.weeklyHours where p.id in :ids"
                                + " order by p.name, p.id", Provider.class)
                .setParameter("ids", pageIds).getResultList();
        return new PageOf<>(items, count.getSingleResult());
    }

    public Provider provider(long id) {
        Provider provider = em.find(Provider.class, id);
        if (provider == null) {
            throw new NotFound("provider");
        }
        provider.getWeeklyHours();
        return provider;
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Provider addProvider(String name, Discipline discipline, List<WorkingHours> hours) {
        Provider provider = domain(() -> {
            Provider p = new Provider(name, discipline);
            p.setWeeklyHours(hours);
            return p;
        });
        em.persist(provider);
        return provider;
    }

    /** Renames, sets the weekly hours (as {@link WorkingHours#parseWeek} reads them) and the active flag. */
    @RolesAllowed(Role.ADMIN_NAME)
    public Provider changeProvider(long id, String name, String weeklyHours, boolean active) {
        Provider provider = provider(id);
        domain(() -> {
            List<WorkingHours> hours = WorkingHours.parseWeek(weeklyHours);
            provider.rename(name);
            provider.setWeeklyHours(hours);
            return provider;
        });
        if (active) {
            provider.activate();
        } else {
            provider.deactivate();
        }
        return provider;
    }

    /** Runs a domain constructor or change and turns its refusal into a validation message. */
    private static <T> T domain(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("provider", e.getMessage());
        }
    }
}
