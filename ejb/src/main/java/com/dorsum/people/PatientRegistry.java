package com.dorsum.people;

import com.dorsum.audit.AuditAction;
import com.dorsum.audit.AuditTrail;
import com.dorsum.platform.NotFound;
import com.dorsum.platform.PageOf;
import com.dorsum.platform.Validation;
import com.dorsum.security.PatientAccess;
import com.dorsum.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Registers, finds and corrects patients. Every read and change is audited; a patient caller reaches only their
 * own record ({@link PatientAccess}).
 */
@Stateless
public class PatientRegistry {

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            DateTimeFormatter.ofPattern("dd/MM/uuuu"));

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    PatientAccess access;

    @Inject
    Validation validation;

    @Inject
    MedicalRecordNumbers medicalRecordNumbers;

    @RolesAllowed({Role.FRONT_DESK_NAME, Role.ADMIN_NAME})
    public Registration register(PatientDetails details) {
        List<String> duplicates = possibleDuplicates(details);
        Patient patient = new Patient(medicalRecordNumbers.next(), details);
        em.persist(patient);
        em.flush();
        audit.record(AuditAction.PATIENT_REGISTERED, patient.getId(), patient.getMrn());
        return new Registration(patient, duplicates);
    }

    @RolesAllowed({Role.FRONT_DESK_NAME, Role.ADMIN_NAME})
    public Patient correct(long patientId, PatientDetails details) {
        validation.require(details, "patient");
        Patient patient = load(patientId);
        patient.correct(details);
        audit.record(AuditAction.PATIENT_UPDATED, patientId, null);
        return patient;
    }

    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME, Role.PATIENT_NAME})
    public Patient view(long patientId) {
        access.check(patientId, AuditAction.PATIENT_VIEWED);
        Patient patient = load(patientId);
        audit.record(AuditAction.PATIENT_VIEWED, patientId, null);
        return patient;
    }

    /**
     * Finds patients by MRN, birth date (2026-01-31 or 31.01.2026) or name (every word a prefix of the given or
     * family name), in name order. The search is audited with its query and the number found.
     */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public PageOf<Patient> search(String query, int page, int size) {
        Criteria criteria = Criteria.of(query);
        List<Patient> items = criteria.apply(em.createQuery("select p from Patient p" + criteria.where
                        + " order by p.familyName, p.givenName, p.id", Patient.class))
                .setFirstResult(PageOf.firstRow(page, size))
                .setMaxResults(PageOf.size(size)).getResultList();
        long total = countMatches(query);
        audit.record(AuditAction.PATIENT_SEARCHED, null, "query '" + criteria.text + "', " + total + " found");
        return new PageOf<>(items, total);
    }

    /** How many patients a search would find; reveals nobody's data, so it is not audited. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public long countMatches(String query) {
        Criteria criteria = Criteria.of(query);
        return criteria.apply(em.createQuery("select count(p) from Patient p" + criteria.where, Long.class))
                .getSingleResult();
    }

    /**
     * Ids of the patients a search text finds (as {@link #search}), for narrowing another list such as the audit
     * trail; unaudited, since it shows nobody's data.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<Long> idsMatching(String query) {
        Criteria criteria = Criteria.of(query);
        return criteria.apply(em.createQuery("select p.id from Patient p" + criteria.where, Long.class))
                .setMaxResults(PageOf.MAX_SIZE).getResultList();
    }

    /** The patients with these ids, by id, to name them in a list of other records. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.CLINICIAN_NAME, Role.ADMIN_NAME})
    public Map<Long, Patient> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Patient p where p.id in :ids", Patient.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Patient::getId, Function.identity()));
    }

    /** MRNs of registered patients with the same name and birth date as these details. */
    @RolesAllowed({Role.FRONT_DESK_NAME, Role.ADMIN_NAME})
    public List<String> possibleDuplicates(PatientDetails details) {
        validation.require(details, "patient");
        return em.createQuery("select p.mrn from Patient p where lower(p.givenName) = :g"
                        + " and lower(p.familyName) = :f and p.birthDate = :b order by p.mrn", String.class)
                .setParameter("g", details.getGivenName().trim().toLowerCase())
                .setParameter("f", details.getFamilyName().trim().toLowerCase())
                .setParameter("b", details.getBirthDate())
                .getResultList();
    }

    /** A search text turned into a where clause: an MRN, a birth date, or name prefixes. */
    private static final class Criteria {
        final String text;
        final StringBuilder where = new StringBuilder(" where 1 = 1");
        final Map<String, Object> parameters = new HashMap<>();

        private Criteria(String text) {
            this.text = text;
        }

        static Criteria of(String query) {
            Criteria c = new Criteria(query == null ? "" : query.trim());
            Optional<LocalDate> date = parseDate(c.text);
            if (MedicalRecordNumber.looksLike(c.text)) {
                c.where.append(" and p.mrn = :mrn");
                c.parameters.put("mrn", c.text.toUpperCase());
            } else if (date.isPresent()) {
                c.where.append(" and p.birthDate = :birthDate");
                c.parameters.put("birthDate", date.get());
            } else if (!c.text.isEmpty()) {
                String[] words = c.text.toLowerCase().split("\\s+");
                for (int i = 0; i < words.length; i++) {
                    c.where.append(" and (lower(p.givenName) like :w").append(i)
                            .append(" or lower(p.familyName) like :w").append(i).append(")");
                    c.parameters.put("w" + i,
                            words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
                }
            }
            return c;
        }

        <T> TypedQuery<T> apply(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    private Patient load(long patientId) {
        Patient patient = em.find(Patient.class, patientId);
        if (patient == null) {
            throw new NotFound("patient");
        }
        return patient;
    }

    private static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return Optional.empty();
    }
}
