package com.dorsum.demo;

import com.dorsum.people.Discipline;
import com.dorsum.people.MedicalRecordNumbers;
import com.dorsum.people.Patient;
import com.dorsum.people.PatientDetails;
import com.dorsum.people.Provider;
import com.dorsum.people.Sex;
import com.dorsum.people.WorkingHours;
import com.dorsum.platform.SchemaMigration;
import com.dorsum.scheduling.Room;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.security.Accounts;
import com.dorsum.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the demo clinic once, when {@code clinic.demo-data=true} and the database has no accounts yet: a second
 * start never duplicates it. The accounts and passwords are listed in the README.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** Shared by every demo account; the README prints it. */
    public static final String PASSWORD = "Demo-2026!";

    private static final String[] GIVEN = {"Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hannes",
        "Ida", "Jonas", "Klara", "Lukas", "Mia", "Noah", "Olivia", "Paul", "Rosa", "Samuel", "Tilda", "Victor",
        "Wanda", "Yusuf", "Zoe", "Marta", "Omar"};
    private static final String[] FAMILY = {"Achterberg", "Brandt", "Castell", "Dietrich", "Ebner", "Falk",
        "Graf", "Hartmann", "Imhof", "Jansen", "Keller", "Lorenz", "Maurer", "Neumann", "Ostertag", "Peters",
        "Quandt", "Richter", "Seidel", "Thiel", "Ulrich", "Vogt", "Weber", "Xander", "Yilmaz", "Ziegler"};

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    MedicalRecordNumbers medicalRecordNumbers;

    @Inject
    SchemaMigration schema;

    @Inject
    @ConfigProperty(name = "clinic.demo-data", defaultValue = "false")
    boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled || !schema.isReady()) {
            return;
        }
        if (em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult() > 0) {
            LOG.info("demo data already present");
            return;
        }
        List<Provider> providers = providers();
        Set<VisitKind> treatment = EnumSet.of(VisitKind.CHIROPRACTIC, VisitKind.OSTEOPATHY, VisitKind.MASSAGE,
                VisitKind.ACUPUNCTURE, VisitKind.REVIEW);
        em.persist(new Room("Treatment 1", false, treatment));
        em.persist(new Room("Treatment 2", false, treatment));
        em.persist(new Room("Treatment 3", false, treatment));
        em.persist(new Room("Gym 1", false, EnumSet.of(VisitKind.PHYSIOTHERAPY)));
        em.persist(new Room("Gym 2", false, EnumSet.of(VisitKind.PHYSIOTHERAPY)));
        em.persist(new Room("Consulting room", false, EnumSet.of(VisitKind.CBT, VisitKind.REVIEW)));
        em.persist(new Room("Procedure room", true, EnumSet.of(VisitKind.INJECTION, VisitKind.REVIEW)));
        List<Patient> patients = patients();
        Provider physician = providers.get(0);
        char[] password = PASSWORD.toCharArray();
        accounts.createStaff("frontdesk", password, Role.FRONT_DESK, null);
        accounts.createStaff("clinician", password, Role.CLINICIAN, physician);
        accounts.createStaff("physio", password, Role.CLINICIAN, providers.get(1));
        accounts.createStaff("admin", password, Role.ADMIN, null);
        accounts.createForPatient("patient.anna", password, patients.get(0));
        accounts.createForPatient("patient.ben", password, patients.get(1));
        LOG.info(() -> "demo data loaded: " + providers.size() + " providers, " + patients.size() + " patients");
    }

    private List<Provider> providers() {
        List<Provider> providers = new ArrayList<>();
        String[][] staff = {
            {"Dr. Helena Adler", "PAIN_PHYSICIAN"}, {"Jakob Berger", "PHYSIOTHERAPIST"},
            {"Sofia Conrad", "PHYSIOTHERAPIST"}, {"Dr. Marc Dorn", "CHIROPRACTOR"}, {"Lea Engel", "OSTEOPATH"},
            {"Tom Fuchs", "MASSAGE_THERAPIST"}, {"Mei Lin Gruber", "ACUPUNCTURIST"},
            {"Dr. Nora Haas", "PSYCHOLOGIST"}, {"Dr. Oskar Iven", "PAIN_PHYSICIAN"}};
        for (String[] s : staff) {
            Provider provider = new Provider(s[0], Discipline.valueOf(s[1]));
            provider.setWeeklyHours(weekdays(LocalTime.of(8, 0), LocalTime.of(16, 30)));
            em.persist(provider);
            providers.add(provider);
        }
        return providers;
    }

    private static List<WorkingHours> weekdays(LocalTime from, LocalTime to) {
        List<WorkingHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new WorkingHours(day, from, to));
        }
        return hours;
    }

    private List<Patient> patients() {
        List<Patient> patients = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String given = GIVEN[i % GIVEN.length];
            String family = FAMILY[(i * 7) % FAMILY.length];
            LocalDate birth = LocalDate.of(1950 + (i * 3) % 50, 1 + i % 12, 1 + (i * 5) % 28);
            Sex sex = i % 2 == 0 ? Sex.FEMALE : Sex.MALE;
            PatientDetails details = new PatientDetails(given, family, birth, sex,
                    String.format("+49 30 555%04d", i), given.toLowerCase() + "." + family.toLowerCase() + "@example.org");
            Patient patient = new Patient(medicalRecordNumbers.next(), details);
            em.persist(patient);
            patients.add(patient);
        }
        return patients;
    }
}
