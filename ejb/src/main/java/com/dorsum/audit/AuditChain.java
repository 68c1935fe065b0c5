package com.dorsum.audit;

import com.dorsum.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Links audit records into the hash chain and verifies it (R22). Records are written without touching the chain, so
 * no request waits on it; sealing runs shortly after commit and is the only writer of the chain head. A record that
 * commits after later ones were sealed is sealed in the next round: the chain is in sealing order, which is id
 * order but for such stragglers.
 */
@Stateless
public class AuditChain {

    /** How far below the highest sealed id the sealing step still looks for records that committed late. */
    static final long LOOKBACK = 5_000;
    static final int BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditKey key;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    /** Seals what has committed since the last round; returns how many records it sealed. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealPending() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<AuditRecord> pending = em.createQuery("select r from AuditRecord r where r.id > :from and not exists"
                        + " (select s from AuditSeal s where s.auditId = r.id) order by r.id", AuditRecord.class)
                .setParameter("from", head.getLastAuditId() - LOOKBACK)
                .setMaxResults(BATCH)
                .getResultList();
        pending.forEach(record -> em.persist(head.append(record, clock.instant())));
        return pending.size();
    }

    /** Seals what is pending, then walks the whole chain and every record outside it. */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification verify() {
        AuditChain self = context.getBusinessObject(AuditChain.class);
        while (self.sealPending() == BATCH) {
            // a long backlog is sealed in rounds, each in a transaction of its own
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        Optional<ChainVerification.Broken> inChain = walkChain(head);
        Optional<ChainVerification.Broken> outside = firstForgedOutsideChain(head);
        long records = em.createQuery("select count(r) from AuditRecord r", Long.class).getSingleResult();
        return Stream.of(inChain, outside).flatMap(Optional::stream)
                .min(Comparator.comparingLong(ChainVerification.Broken::id))
                .map(first -> ChainVerification.broken(records, first))
                .orElseGet(() -> ChainVerification.intact(records));
    }

    private Optional<ChainVerification.Broken> walkChain(AuditChainHead head) {
        String previous = AuditSeal.GENESIS;
        long expectedPosition = 1;
        while (true) {
            List<AuditSeal> seals = em.createQuery("select s from AuditSeal s where s.position >= :p"
                            + " order by s.position", AuditSeal.class)
                    .setParameter("p", expectedPosition).setMaxResults(BATCH).getResultList();
            if (seals.isEmpty()) {
                break;
            }
            Map<Long, AuditRecord> records = em.createQuery("select r from AuditRecord r where r.id in :ids",
                            AuditRecord.class)
                    .setParameter("ids", seals.stream().map(AuditSeal::getAuditId).toList())
                    .getResultStream().collect(Collectors.toMap(AuditRecord::getId, Function.identity()));
            for (AuditSeal seal : seals) {
                AuditRecord record = records.get(seal.getAuditId());
                if (record == null || seal.getPosition() != expectedPosition) {
                    // The sealed record is gone, or a whole link before it (record and seal).
                    return Optional.of(new ChainVerification.Broken(seal.getAuditId(),
                            record == null ? null : record.getOccurredAt(), ChainVerification.Problem.REMOVED));
                }
                if (!AuditSeal.link(previous, record).equals(seal.getChainHash())) {
                    return Optional.of(new ChainVerification.Broken(record.getId(), record.getOccurredAt(),
                            ChainVerification.Problem.CHANGED));
                }
                if (!head.isLegacy(record) && !record.verifies(key)) {
                    // Sealed as found, but not as the application wrote it: put there (or altered) before sealing.
                    return Optional.of(new ChainVerification.Broken(record.getId(), record.getOccurredAt(),
                            ChainVerification.Problem.INSERTED));
                }
                previous = seal.getChainHash();
                expectedPosition++;
            }
            em.clear();
        }
        if (expectedPosition - 1 != head.getPosition() || !previous.equals(head.getChainHash())) {
            // Links at the end of the chain were removed.
            return Optional.of(new ChainVerification.Broken(head.getLastAuditId(), null,
                    ChainVerification.Problem.REMOVED));
        }
        return Optional.empty();
    }

    /** A record nobody sealed yet must still carry the application's MAC, and be no older than the sealing window. */
    private Optional<ChainVerification.Broken> firstForgedOutsideChain(AuditChainHead head) {
        return em.createQuery("select r from AuditRecord r where not exists"
                        + " (select s from AuditSeal s where s.auditId = r.id) order by r.id", AuditRecord.class)
                .getResultStream()
                .filter(r -> !r.verifies(key) || r.getId() <= head.getLastAuditId() - LOOKBACK)
                .findFirst()
                .map(r -> new ChainVerification.Broken(r.getId(), r.getOccurredAt(),
                        ChainVerification.Problem.INSERTED));
    }
}
