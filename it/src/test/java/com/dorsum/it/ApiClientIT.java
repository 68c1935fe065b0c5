package com.dorsum.it;

import com.dorsum.client.ApiClient;
import com.dorsum.client.ApiException;
import com.dorsum.client.api.InjectionsApi;
import com.dorsum.client.api.PeopleApi;
import com.dorsum.client.api.SchedulingApi;
import com.dorsum.client.model.Appointment;
import com.dorsum.client.model.BookInjection;
import com.dorsum.client.model.Course;
import com.dorsum.client.model.CourseRequest;
import com.dorsum.client.model.Discipline;
import com.dorsum.client.model.Patient;
import com.dorsum.client.model.PatientDetails;
import com.dorsum.client.model.Problem;
import com.dorsum.client.model.Provider;
import com.dorsum.client.model.Sex;
import com.dorsum.client.model.Side;
import com.dorsum.client.model.VisitKind;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;

import static com.dorsum.it.InjectionTestData.at;
import static com.dorsum.it.InjectionTestData.weekdayOnOrAfter;
import static com.dorsum.it.InjectionTestData.weekdayOnOrBefore;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An integrator's day with the Java client generated from the API's description (api/openapi.yaml, kept equal to
 * the live document by OpenApiIT): register a patient, book a course, read the calendar, and meet the injection
 * limit as a typed problem.
 */
class ApiClientIT extends ClinicDeployment {

    private static final LocalDate TODAY = LocalDate.now();

    /** A client of the test server, signed in with HTTP Basic as one of the demo accounts. */
    private static ApiClient signedInAs(String username) {
        URI base = URI.create(TestEnvironment.baseUrl());
        String credentials = Base64.getEncoder().encodeToString((username + ":" + Api.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return new ApiClient().setScheme(base.getScheme()).setHost(base.getHost()).setPort(base.getPort())
                .setBasePath("/clinic").setReadTimeout(Duration.ofSeconds(60))
                .setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
    }

    private static long provider(ApiClient client, Discipline discipline, String name) throws ApiException {
        return new PeopleApi(client).listProviders(discipline, 0, 200).getItems().stream()
                .filter(p -> p.getName().equals(name)).map(Provider::getId).findFirst().orElseThrow();
    }

    @Test
    void theGeneratedClientRegistersBooksReadsTheCalendarAndGetsTheInjectionLimitAsATypedProblem() throws Exception {
        ApiClient frontDesk = signedInAs("frontdesk");
        Patient patient = new PeopleApi(frontDesk).registerPatient(new PatientDetails().givenName("Clara")
                .familyName("Client").birthDate(LocalDate.of(1975, 3, 14)).sex(Sex.FEMALE).phone("+49 30 555123")
                .email("clara.client@example.org"));
        assertTrue(patient.getMrn() != null && !patient.getMrn().isBlank(), patient.toString());

        long berger = provider(frontDesk, Discipline.PHYSIOTHERAPIST, "Jakob Berger");
        LocalDate start = CoursesIT.START;
        Course course = new SchedulingApi(frontDesk).bookCourse(new CourseRequest().patientId(patient.getId())
                .therapy(VisitKind.PHYSIOTHERAPY).providerId(berger).sessionsPerWeek(2).weeks(6).startDate(start), false);
        assertEquals(12, course.getSessions().size());

        List<Appointment> calendar = new SchedulingApi(frontDesk).listAppointments(null, patient.getId(), start,
                start.plusWeeks(6)).getItems();
        assertEquals(12, calendar.size());
        assertTrue(calendar.stream().allMatch(a -> course.getId().equals(a.getCourseId())
                && a.getStart().toLocalDate().isBefore(start.plusWeeks(6))), calendar.toString());

        ApiClient clinician = signedInAs("clinician");
        InjectionsApi injections = new InjectionsApi(clinician);
        long adler = provider(clinician, Discipline.PAIN_PHYSICIAN, InjectionTestData.ADLER);
        LocalDate first = weekdayOnOrBefore(TODAY.minusDays(100));
        for (LocalDate day : List.of(first, weekdayOnOrBefore(TODAY.minusDays(60)),
                weekdayOnOrBefore(TODAY.minusDays(20)))) {
            injections.bookInjection(patient.getId(), injection(at(day, 9), adler));
        }
        ApiException refused = assertThrows(ApiException.class, () -> injections.bookInjection(patient.getId(),
                injection(at(weekdayOnOrAfter(TODAY.plusDays(7)), 11), adler)));

        assertEquals(409, refused.getCode());
        Problem problem = clinician.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals("FACET_INJECTION_LIMIT", problem.getCode());
        assertEquals(first.plusMonths(6).plusDays(1), problem.getEarliestAllowed());
        assertEquals(409, problem.getStatus());
    }

    private static BookInjection injection(LocalDateTime start, long providerId) {
        return new BookInjection().start(start).level("L4-L5").side(Side.LEFT).providerId(providerId);
    }
}
