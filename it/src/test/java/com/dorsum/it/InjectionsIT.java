package com.dorsum.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.dorsum.it.InjectionTestData.ADLER;
import static com.dorsum.it.InjectionTestData.IVEN;
import static com.dorsum.it.InjectionTestData.at;
import static com.dorsum.it.InjectionTestData.book;
import static com.dorsum.it.InjectionTestData.booked;
import static com.dorsum.it.InjectionTestData.injections;
import static com.dorsum.it.InjectionTestData.patient;
import static com.dorsum.it.InjectionTestData.performed;
import static com.dorsum.it.InjectionTestData.procedure;
import static com.dorsum.it.InjectionTestData.provider;
import static com.dorsum.it.InjectionTestData.threeInTheLastSixMonths;
import static com.dorsum.it.InjectionTestData.weekdayOnOrAfter;
import static com.dorsum.it.InjectionTestData.weekdayOnOrBefore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Facet-joint injections through the REST API against the real database: booking in the shared calendar, the
 * limit R6 (also when moving, and when two clinicians race for the fourth), recording the procedure (R7), the
 * follow-up worklist and the complication report (R8).
 */
class InjectionsIT extends ClinicDeployment {

    /** The pain physician cares for the patients these tests book injections for (R19). */
    @BeforeEach
    void careTeam() throws Exception {
        CareTeamTestData.clinicianCaresFor(patient(3), patient(4), patient(5), patient(6), patient(7), patient(8), patient(15), patient(16),
                patient(20), patient(21), patient(22), patient(23));
    }

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void bookedInjectionIsAThirtyMinuteAppointmentInARoomWithFluoroscopy() throws Exception {
        long patient = patient(3);
        LocalDateTime start = at(weekdayOnOrAfter(TODAY.plusDays(7)), 10);
        Api.Reply reply = book(Api.as("clinician"), patient, start, provider(ADLER));
        assertEquals(201, reply.status(), reply.toString());
        JsonObject injection = reply.json();
        assertEquals("BOOKED", injection.getString("status"));
        assertEquals("L4-L5", injection.getString("level"));
        assertEquals("LEFT", injection.getString("side"));
        assertEquals(start.toLocalDate().toString(), injection.getString("date"));
        assertTrue(reply.header("Location").endsWith("/injections/" + injection.getJsonNumber("id")));
        long appointment = injection.getJsonNumber("appointmentId").longValue();
        assertEquals(1, TestDatabase.count("select count(*) from appointment a join room r on r.id = a.room_id"
                + " where a.id = ? and a.kind = 'INJECTION' and a.status = 'BOOKED' and r.fluoroscopy = true"
                + " and timestampdiff(minute, a.starts_at, a.ends_at) = 30", appointment));
        Api.Reply calendar = Api.as("frontdesk").get("appointments?patientId=" + patient + "&from="
                + start.toLocalDate() + "&to=" + start.toLocalDate().plusDays(1));
        assertEquals("INJECTION", calendar.json().getJsonArray("items").getJsonObject(0).getString("kind"));
    }

    @Test
    void fourthInjectionWithinSixMonthsIsRefusedWithTheEarliestAllowedDate() throws Exception {
        long patient = patient(4);
        long adler = provider(ADLER);
        Api clinician = Api.as("clinician");
        LocalDate first = threeInTheLastSixMonths(patient, adler);

        Api.Reply refused = book(clinician, patient, at(weekdayOnOrAfter(TODAY.plusDays(7)), 11), adler);
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("FACET_INJECTION_LIMIT", refused.json().getString("code"));
        String earliest = first.plusMonths(6).plusDays(1).toString();
        assertEquals(earliest, refused.json().getString("earliestAllowed"));
        assertEquals(3, TestDatabase.count("select count(*) from injection where patient_id = ?", patient));
        assertEquals(3, TestDatabase.count("select count(*) from appointment where patient_id = ?", patient));

        JsonObject list = injections(clinician, patient);
        assertEquals(3, list.getInt("inLastSixMonths"));
        assertEquals(0, list.getInt("remaining"));
        assertEquals(earliest, list.getString("nextEligibleDate"));
        assertEquals(3, list.getJsonArray("items").size());
        assertEquals(1, TestDatabase.count("select count(*) from audit_record where patient_id = ?"
                + " and action = 'INJECTION_BOOKED' and outcome = 'REFUSED'", patient));
    }

    @Test
    void cliniciansRacingForTheFourthInjectionLeaveExactlyOneWinner() throws Exception {
        long adler = provider(ADLER);
        for (int round = 0; round < 3; round++) {
            long patient = patient(10 + round);
            booked(Api.as("clinician"), patient, at(weekdayOnOrBefore(TODAY.minusDays(30)), 9 + round), adler);
            booked(Api.as("clinician"), patient, at(weekdayOnOrBefore(TODAY.minusDays(10)), 9 + round), adler);
            int racers = 4;
            CyclicBarrier start = new CyclicBarrier(racers);
            List<Callable<Integer>> bookings = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                // Different days, so the calendar's slot claims do not decide: only the limit can.
                LocalDateTime when = at(weekdayOnOrAfter(TODAY.plusDays(7 + 3L * i)), 10 + round);
                Api who = Api.as(i % 2 == 0 ? "clinician" : "physio");
                bookings.add(() -> {
                    start.await();
                    return book(who, patient, when, adler).status();
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(racers);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(bookings)) {
                statuses.add(f.get());
            }
            pool.shutdown();
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(racers - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            assertEquals(3, TestDatabase.count("select count(*) from injection where patient_id = ?"
                    + " and status <> 'CANCELLED'", patient));
        }
    }

    @Test
    void movingAnInjectionEarlierIntoAFullWindowIsRefusedThroughEitherDoor() throws Exception {
        long patient = patient(5);
        long adler = provider(ADLER);
        Api clinician = Api.as("clinician");
        LocalDate first = threeInTheLastSixMonths(patient, adler);
        LocalDate allowed = weekdayOnOrAfter(first.plusMonths(6).plusDays(1));
        long later = booked(clinician, patient, at(allowed, 10), adler);
        LocalDateTime tooEarly = at(weekdayOnOrAfter(TODAY.plusDays(14)), 10);

        Api.Reply moved = Api.as("frontdesk").post("patients/" + patient + "/injections/" + later + "/move",
                "{\"start\":\"" + tooEarly + "\"}");
        assertEquals(409, moved.status(), moved.toString());
        assertEquals("FACET_INJECTION_LIMIT", moved.json().getString("code"));
        assertEquals(first.plusMonths(6).plusDays(1).toString(), moved.json().getString("earliestAllowed"));

        long appointment = TestDatabase.count("select appointment_id from injection where id = ?", later);
        Api.Reply throughCalendar = Api.as("frontdesk").post("appointments/" + appointment + "/reschedule",
                "{\"start\":\"" + tooEarly + "\"}");
        assertEquals(409, throughCalendar.status(), throughCalendar.toString());
        assertEquals("FACET_INJECTION_LIMIT", throughCalendar.json().getString("code"));
        assertEquals(1, TestDatabase.count("select count(*) from appointment a join injection i on i.appointment_id"
                + " = a.id where i.id = ? and date(a.starts_at) = ? and date(i.starts_at) = ?", later, allowed,
                allowed));

        Api.Reply movedLater = clinician.post("patients/" + patient + "/injections/" + later + "/move",
                "{\"start\":\"" + at(allowed, 13) + "\"}");
        assertEquals(200, movedLater.status(), movedLater.toString());
        assertEquals(at(allowed, 13), LocalDateTime.parse(movedLater.json().getString("start")));
        assertEquals(1, TestDatabase.count("select count(*) from appointment where id = ? and starts_at = ?",
                appointment, at(allowed, 13)));
    }

    @Test
    void cancellingAnInjectionInEitherPlaceFreesItsPlaceUnderTheLimit() throws Exception {
        long patient = patient(6);
        long adler = provider(ADLER);
        Api clinician = Api.as("clinician");
        long first = booked(clinician, patient, at(weekdayOnOrAfter(TODAY.plusDays(7)), 9), adler);
        long second = booked(clinician, patient, at(weekdayOnOrAfter(TODAY.plusDays(14)), 9), adler);
        booked(clinician, patient, at(weekdayOnOrAfter(TODAY.plusDays(21)), 9), adler);
        LocalDateTime fourth = at(weekdayOnOrAfter(TODAY.plusDays(28)), 9);
        assertEquals(409, book(clinician, patient, fourth, adler).status());

        Api.Reply cancelled = Api.as("frontdesk").post("patients/" + patient + "/injections/" + first + "/cancel",
                "{\"reason\":\"patient has a fever\"}");
        assertEquals("CANCELLED", cancelled.json().getString("status"), cancelled.toString());
        assertEquals(1, TestDatabase.count("select count(*) from appointment a join injection i on i.appointment_id"
                + " = a.id where i.id = ? and a.status = 'CANCELLED'", first));
        assertEquals(201, book(clinician, patient, fourth, adler).status());

        long appointment = TestDatabase.count("select appointment_id from injection where id = ?", second);
        Api.Reply throughCalendar = Api.as("frontdesk").post("appointments/" + appointment + "/cancel",
                "{\"reason\":\"moved away\"}");
        assertEquals(200, throughCalendar.status(), throughCalendar.toString());
        assertEquals(1, TestDatabase.count("select count(*) from injection where id = ? and status = 'CANCELLED'"
                + " and cancel_reason = 'moved away'", second));
    }

    @Test
    void anInjectionThePatientDidNotComeForNoLongerCountsTowardsTheLimit() throws Exception {
        long patient = patient(8);
        long adler = provider(ADLER);
        Api clinician = Api.as("clinician");
        long missed = booked(clinician, patient, at(weekdayOnOrBefore(TODAY.minusDays(14)), 9), adler);
        booked(clinician, patient, at(weekdayOnOrAfter(TODAY.plusDays(7)), 9), adler);
        booked(clinician, patient, at(weekdayOnOrAfter(TODAY.plusDays(14)), 9), adler);
        LocalDateTime fourth = at(weekdayOnOrAfter(TODAY.plusDays(21)), 9);
        assertEquals(409, book(clinician, patient, fourth, adler).status());

        long appointment = TestDatabase.count("select appointment_id from injection where id = ?", missed);
        Api.Reply noShow = Api.as("frontdesk").post("appointments/" + appointment + "/no-show", "{}");
        assertEquals(200, noShow.status(), noShow.toString());
        assertEquals(1, TestDatabase.count("select count(*) from injection where id = ? and status = 'CANCELLED'",
                missed));
        assertEquals(201, book(clinician, patient, fourth, adler).status());
    }

    @Test
    void anInjectionVisitCannotBeBookedAroundTheLimitThroughTheGenericCalendar() throws Exception {
        Api.Reply reply = Api.as("frontdesk").post("appointments", "{\"patientId\":" + patient(7) + ",\"providerId\":"
                + provider(ADLER) + ",\"kind\":\"INJECTION\",\"start\":\""
                + at(weekdayOnOrAfter(TODAY.plusDays(7)), 9) + "\"}");
        assertEquals(422, reply.status(), reply.toString());
        assertEquals("BOOK_AS_INJECTION", reply.json().getString("code"));
        assertEquals(0, TestDatabase.count("select count(*) from appointment where patient_id = ?", patient(7)));
    }

    @Test
    void clinicianRecordsTheProcedureAndItsAppointmentIsDone() throws Exception {
        long patient = patient(8);
        long adler = provider(ADLER);
        Api clinician = Api.as("clinician");
        LocalDate day = weekdayOnOrBefore(TODAY.minusDays(1));
        long id = booked(clinician, patient, at(day, 9), adler);
        String url = "patients/" + patient + "/injections/" + id + "/procedure";

        Api.Reply tooLong = clinician.post(url, procedure(at(day, 9), 35, adler));
        assertEquals(400, tooLong.status(), tooLong.toString());
        assertEquals("end", tooLong.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Reply missing = clinician.post(url, "{\"side\":\"LEFT\"}");
        assertEquals(400, missing.status(), missing.toString());
        assertTrue(missing.json().getJsonArray("violations").size() >= 5, missing.toString());

        Api.Reply done = clinician.post(url, procedure(at(day, 9).plusMinutes(5), 25, adler));
        assertEquals(200, done.status(), done.toString());
        JsonObject injection = done.json();
        assertEquals("PERFORMED", injection.getString("status"));
        assertEquals(List.of("L4-L5", "L5-S1"), injection.getJsonArray("levels").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals("BILATERAL", injection.getString("side"));
        assertEquals(25, injection.getJsonObject("procedure").getInt("minutes"));
        assertEquals("Methylprednisolone 40 mg", injection.getJsonObject("procedure").getString("corticosteroid"));
        assertEquals(day.plusDays(4).toString(), injection.getString("followUpDueOn"));
        assertEquals(1, TestDatabase.count("select count(*) from appointment a join injection i on i.appointment_id"
                + " = a.id where i.id = ? and a.status = 'DONE' and i.fluoroscopy = true"
                + " and i.anesthetic = 'Lidocaine 1%, 1 ml' and i.performed_by = ?", id, adler));
        assertEquals(400, clinician.post(url, procedure(at(day, 9).plusMinutes(5), 25, adler)).status());
    }

    @Test
    void followUpIsDueOnceDayThreeIsOverAndLeavesTheWorklistWhenRecorded() throws Exception {
        long adler = provider(ADLER);
        long due = performed(patient(15), at(weekdayOnOrBefore(TODAY.minusDays(4)), 9), adler);
        // The latest weekday of the last three days: day 3 at the latest, so not due yet.
        long notYet = performed(patient(16), at(weekdayOnOrBefore(TODAY.minusDays(1)), 9), adler);
        Api clinician = Api.as("clinician");
        JsonObject worklist = clinician.get("worklists/injection-follow-ups").json();
        assertEquals(1, worklist.getInt("total"), worklist.toString());
        JsonObject item = worklist.getJsonArray("items").getJsonObject(0);
        assertEquals(due, item.getJsonObject("injection").getJsonNumber("id").longValue());
        assertTrue(notYet != due);

        Api.Reply check = clinician.post("patients/" + patient(15) + "/injections/" + due + "/follow-up",
                "{\"checkedOn\":\"" + TODAY + "\",\"relief\":\"GOOD\",\"painScore\":2,\"notes\":\"much better\"}");
        assertEquals(200, check.status(), check.toString());
        assertEquals("GOOD", check.json().getJsonObject("followUp").getString("relief"));
        assertEquals(0, clinician.get("worklists/injection-follow-ups").json().getInt("total"));
        assertEquals(400, clinician.post("patients/" + patient(15) + "/injections/" + due + "/follow-up",
                "{\"checkedOn\":\"" + TODAY + "\",\"relief\":\"GOOD\"}").status());
    }

    @Test
    void complicationReportCountsComplicationsAndRatesPerClinicianAndPeriod() throws Exception {
        long adler = provider(ADLER);
        long iven = provider(IVEN);
        LocalDate day = weekdayOnOrBefore(TODAY.minusDays(10));
        long a1 = performed(patient(20), at(day, 9), adler);
        performed(patient(21), at(day, 11), adler);
        performed(patient(22), at(weekdayOnOrBefore(day.minusDays(7)), 9), adler);
        long i1 = performed(patient(23), at(day, 13), iven);
        Api clinician = Api.as("clinician");
        assertEquals(201, clinician.post("patients/" + patient(20) + "/injections/" + a1 + "/complications",
                "{\"kind\":\"INFECTION\",\"noticedOn\":\"" + day.plusDays(3) + "\",\"severity\":\"MODERATE\"}")
                .status());
        assertEquals(201, clinician.post("patients/" + patient(20) + "/injections/" + a1 + "/complications",
                "{\"kind\":\"BLEEDING\",\"noticedOn\":\"" + day + "\",\"severity\":\"MILD\"}").status());
        assertEquals(201, clinician.post("patients/" + patient(23) + "/injections/" + i1 + "/complications",
                "{\"kind\":\"NERVE_IRRITATION\",\"noticedOn\":\"" + day.plusDays(1) + "\",\"severity\":\"MILD\"}")
                .status());
        assertEquals(400, clinician.post("patients/" + patient(23) + "/injections/" + i1 + "/complications",
                "{\"kind\":\"NERVE_DAMAGE\",\"noticedOn\":\"" + day.minusDays(1) + "\",\"severity\":\"MILD\"}")
                .status());

        JsonObject report = Api.as("admin").get("reports/injection-complications?from=" + TODAY.minusDays(30)
                + "&to=" + TODAY).json();
        JsonObject adlerRow = report.getJsonArray("rows").getJsonObject(0);
        assertEquals(ADLER, adlerRow.getString("clinician"));
        assertEquals(3, adlerRow.getInt("performed"));
        assertEquals(1, adlerRow.getInt("withComplications"));
        assertEquals(2, adlerRow.getInt("complications"));
        assertEquals(33.3, adlerRow.getJsonNumber("rate").doubleValue(), 0.001);
        assertEquals(1, adlerRow.getJsonObject("byKind").getInt("INFECTION"));
        JsonObject ivenRow = report.getJsonArray("rows").getJsonObject(1);
        assertEquals(IVEN, ivenRow.getString("clinician"));
        assertEquals(100.0, ivenRow.getJsonNumber("rate").doubleValue(), 0.001);
        JsonObject total = report.getJsonObject("total");
        assertEquals(4, total.getInt("performed"));
        assertEquals(3, total.getInt("complications"));
        assertEquals(50.0, total.getJsonNumber("rate").doubleValue(), 0.001);

        JsonObject earlier = clinician.get("reports/injection-complications?from=" + TODAY.minusYears(2)
                + "&to=" + TODAY.minusYears(1)).json();
        assertEquals(0, earlier.getJsonArray("rows").size());
        assertEquals(403, Api.as("frontdesk").get("reports/injection-complications").status());
    }
}
