package com.dorsum.demo;

import com.dorsum.people.Discipline;
import com.dorsum.people.Patient;
import com.dorsum.people.MedicalRecordNumbers;
import com.dorsum.people.Provider;
import com.dorsum.people.WorkingHours;
import com.dorsum.scheduling.Room;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.security.Accounts;
import com.dorsum.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * What the demo clinic stands on, in one transaction: the staff accounts, the nine providers, the rooms and the
 * first fifty patients (Anna Achterberg and Ben Brandt with portal accounts). The integration tests build on
 * exactly this and nothing more ({@code clinic.demo-data.clinic=false}); the living clinic comes on top.
 */
@Stateless
public class DemoFoundation {

    static final String[][] PROVIDERS = {
        {"Dr. Helena Adler", "PAIN_PHYSICIAN"}, {"Jakob Berger", "PHYSIOTHERAPIST"},
        {"Sofia Conrad", "PHYSIOTHERAPIST"}, {"Dr. Marc Dorn", "CHIROPRACTOR"}, {"Lea Engel", "OSTEOPATH"},
        {"Tom Fuchs", "MASSAGE_THERAPIST"}, {"Mei Lin Gruber", "ACUPUNCTURIST"},
        {"Dr. Nora Haas", "PSYCHOLOGIST"}, {"Dr. Oskar Iven", "PAIN_PHYSICIAN"}};

    static final int PATIENTS = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    MedicalRecordNumbers medicalRecordNumbers;

    public boolean present() {
        return em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult() > 0;
    }

    public void load(Random random) {
        char[] password = DemoData.PASSWORD.toCharArray();
        accounts.createStaff("admin", password, Role.ADMIN, null);
        accounts.createStaff("frontdesk", password, Role.FRONT_DESK, null);
        // Set up directly, as a new installation is, so the foundation never depends on acting for someone.
        List<Provider> staff = new ArrayList<>();
        for (String[] p : PROVIDERS) {
            Provider provider = new Provider(p[0], Discipline.valueOf(p[1]));
            provider.setWeeklyHours(weekdays(LocalTime.of(8, 0), LocalTime.of(16, 30)));
            em.persist(provider);
            staff.add(provider);
        }
        accounts.createStaff("clinician", password, Role.CLINICIAN, staff.get(0));
        accounts.createStaff("physio", password, Role.CLINICIAN, staff.get(1));
        Set<VisitKind> treatment = EnumSet.of(VisitKind.CHIROPRACTIC, VisitKind.OSTEOPATHY, VisitKind.MASSAGE,
                VisitKind.ACUPUNCTURE, VisitKind.REVIEW);
        em.persist(new Room("Treatment 1", false, treatment));
        em.persist(new Room("Treatment 2", false, treatment));
        em.persist(new Room("Treatment 3", false, treatment));
        em.persist(new Room("Gym 1", false, EnumSet.of(VisitKind.PHYSIOTHERAPY)));
        em.persist(new Room("Gym 2", false, EnumSet.of(VisitKind.PHYSIOTHERAPY)));
        em.persist(new Room("Consulting room", false, EnumSet.of(VisitKind.CBT, VisitKind.REVIEW)));
        em.persist(new Room("Procedure room", true, EnumSet.of(VisitKind.INJECTION, VisitKind.REVIEW)));
        List<Patient> patients = new ArrayList<>();
        for (int n = 0; n < PATIENTS; n++) {
            Patient patient = new Patient(medicalRecordNumbers.next(), Names.patient(n, random));
            em.persist(patient);
            patients.add(patient);
        }
        accounts.createForPatient("patient.anna", password, patients.get(0));
        accounts.createForPatient("patient.ben", password, patients.get(1));
    }

    static List<WorkingHours> weekdays(LocalTime from, LocalTime to) {
        List<WorkingHours> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new WorkingHours(day, from, to));
        }
        return hours;
    }
}
