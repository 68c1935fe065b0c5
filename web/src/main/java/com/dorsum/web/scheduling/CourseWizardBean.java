package com.dorsum.web.scheduling;

import com.dorsum.people.Patient;
import com.dorsum.people.PatientRegistry;
import com.dorsum.people.Provider;
import com.dorsum.people.ProviderDirectory;
import com.dorsum.platform.DomainException;
import com.dorsum.platform.PageOf;
import com.dorsum.scheduling.Alternative;
import com.dorsum.scheduling.Course;
import com.dorsum.scheduling.CourseProposal;
import com.dorsum.scheduling.CourseRequest;
import com.dorsum.scheduling.CourseRules;
import com.dorsum.scheduling.CourseSpecification;
import com.dorsum.scheduling.CourseUnschedulable;
import com.dorsum.scheduling.Courses;
import com.dorsum.scheduling.PlannedSession;
import com.dorsum.scheduling.VisitKind;
import com.dorsum.scheduling.WeekProblem;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * The course wizard: the patient (from the URL), therapy, provider, pattern and wishes; then the proposal to
 * check (or the weeks that fail, with alternatives to try); then booking it in one step.
 */
@Named
@ViewScoped
public class CourseWizardBean implements Serializable {

    @Inject
    Courses courses;

    @Inject
    PatientRegistry patients;

    @Inject
    ProviderDirectory providers;

    @Inject
    Clock clock;

    private Long patientId;
    private Patient patient;
    private final CourseRequest request = new CourseRequest();
    private DayOfWeek[] preferredDays = {};
    private CourseProposal proposal;
    private List<WeekProblem> problems = List.of();
    private List<Alternative> alternatives = List.of();

    /** Starts a physiotherapy course, 2 a week for 6 weeks, from next Monday; the user changes what differs. */
    public void open() {
        if (patientId == null) {
            return;
        }
        try {
            patient = patients.view(patientId);
        } catch (DomainException refused) {
            FacesErrors.show(refused);
            return;
        }
        request.setPatientId(patientId);
        if (request.getTherapy() == null) {
            request.setTherapy(VisitKind.PHYSIOTHERAPY);
            request.setSessionsPerWeek(2);
            request.setWeeks(6);
            request.setStartDate(LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
        }
    }

    /** A series is given by its number of sessions, a weekly course by sessions a week and weeks. */
    public void therapyChanged() {
        request.setProviderId(null);
        boolean weekly = request.getTherapy() != null && CourseRules.of(request.getTherapy()).isWeekly();
        request.setSessions(weekly ? null : 4);
        request.setSessionsPerWeek(weekly ? 2 : null);
        request.setWeeks(weekly ? 6 : null);
        back();
    }

    public void preview() {
        request.setPreferredDays(preferredDays.length == 0 ? null : EnumSet.copyOf(Arrays.asList(preferredDays)));
        problems = List.of();
        alternatives = List.of();
        proposal = null;
        try {
            proposal = courses.propose(request);
        } catch (CourseUnschedulable refused) {
            problems = refused.weeks();
            alternatives = refused.alternatives();
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    /** Takes over an alternative's changes and previews again. */
    public void use(Alternative alternative) {
        CourseSpecification spec = alternative.specification();
        request.setProviderId(spec.providerId());
        request.setStartDate(spec.startDate());
        request.setEarliest(spec.preferences().getEarliest());
        request.setLatest(spec.preferences().getLatest());
        preferredDays = spec.preferences().getDays().toArray(new DayOfWeek[0]);
        preview();
    }

    public void back() {
        proposal = null;
        problems = List.of();
        alternatives = List.of();
    }

    /** Books the course as previewed; the course page follows. */
    public String confirm() {
        try {
            Course course = courses.book(request);
            return "/staff/course?faces-redirect=true&id=" + course.getId();
        } catch (CourseUnschedulable refused) {
            FacesErrors.warn("The calendar changed meanwhile: please check the new proposal");
            problems = refused.weeks();
            alternatives = refused.alternatives();
            proposal = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
            preview();
        }
        return null;
    }

    public boolean isWeekly() {
        return request.getTherapy() != null && CourseRules.of(request.getTherapy()).isWeekly();
    }

    public List<Provider> getProviders() {
        if (request.getTherapy() == null) {
            return List.of();
        }
        return providers.providers(request.getTherapy().discipline(), 0, PageOf.MAX_SIZE).items().stream()
                .filter(Provider::isActive).toList();
    }

    public List<VisitKind> getTherapies() {
        return Arrays.stream(CourseRules.values()).map(CourseRules::therapy).toList();
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public String describe(PlannedSession session) {
        return session.slot().date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " "
                + session.slot().date() + " "
                + session.slot().start().toLocalTime() + "-" + session.slot().end().toLocalTime();
    }

    public CourseRequest getRequest() {
        return request;
    }

    public DayOfWeek[] getPreferredDays() {
        return preferredDays;
    }

    public void setPreferredDays(DayOfWeek[] preferredDays) {
        this.preferredDays = preferredDays == null ? new DayOfWeek[0] : preferredDays;
    }

    public CourseProposal getProposal() {
        return proposal;
    }

    public List<WeekProblem> getProblems() {
        return problems;
    }

    public List<Alternative> getAlternatives() {
        return alternatives;
    }

    public Patient getPatient() {
        return patient;
    }

    public Long getPatientId() {
        return patientId;
    }

    public void setPatientId(Long patientId) {
        this.patientId = patientId;
    }
}
