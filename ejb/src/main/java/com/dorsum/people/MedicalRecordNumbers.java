package com.dorsum.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands out medical record numbers from a one-row counter in the database. The row lock taken by the update
 * serialises concurrent registrations until their transactions end, so no number is handed out twice.
 */
@ApplicationScoped
public class MedicalRecordNumbers {

    @PersistenceContext
    EntityManager em;

    public MedicalRecordNumber next() {
        em.createNativeQuery("update mrn_sequence set last_value = last_insert_id(last_value + 1) where id = 1")
                .executeUpdate();
        Number next = (Number) em.createNativeQuery("select last_insert_id()").getSingleResult();
        return MedicalRecordNumber.ofSequence(next.longValue());
    }
}
