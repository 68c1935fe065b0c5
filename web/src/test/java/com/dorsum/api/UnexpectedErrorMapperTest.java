package com.dorsum.api;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnexpectedErrorMapperTest {

    /** Stands in for Hibernate's exception, which this module does not compile against. */
    static class StaleStateException extends RuntimeException {
    }

    @Test
    void aLostVersionCheckDeepInTheContainersWrappingIsAConcurrentChange() {
        Exception atCommit = new EJBException("transaction rolled back",
                new RuntimeException(new OptimisticLockException("row was updated by another transaction")));
        assertTrue(UnexpectedErrorMapper.concurrentChange(atCommit));
    }

    @Test
    void anOrdinaryFailureIsNotTakenForAConcurrentChange() {
        assertFalse(UnexpectedErrorMapper.concurrentChange(new EJBException(new IllegalStateException("bug"))));
        assertFalse(UnexpectedErrorMapper.concurrentChange(new StaleStateException()),
                "only Hibernate's own class counts, by its full name");
    }
}
