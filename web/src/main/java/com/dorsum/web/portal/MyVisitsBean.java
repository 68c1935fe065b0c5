package com.dorsum.web.portal;

import com.dorsum.platform.DomainException;
import com.dorsum.scheduling.PatientVisits;
import com.dorsum.scheduling.Visit;
import com.dorsum.scheduling.VisitChangeRequest;
import com.dorsum.scheduling.VisitChangeRequests;
import com.dorsum.security.CurrentUser;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The patient's visits: the coming ones and history, six months at a time; asking to cancel or move one (free up
 * to 24 hours before, later the front desk decides); the calendar subscription link.
 */
@Named
@ViewScoped
public class MyVisitsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    PatientVisits visits;

    @Inject
    VisitChangeRequests requests;

    @Inject
    Clock clock;

    private LocalDate until;
    private List<Visit> items;
    private Long change;
    private Visit changing;
    private VisitChangeRequest.Kind kind = VisitChangeRequest.Kind.CANCEL;
    private LocalDateTime wishedStart;
    private String note;
    private String subscription;

    /** Opens the change form for the visit in the URL (?change=id), if it is the patient's own. */
    public void load() {
        if (change == null) {
            return;
        }
        try {
            Visit visit = visits.visit(change);
            startChange(visit, VisitChangeRequest.Kind.CANCEL);
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    /** Twelve months of visits: by default the last and the next six. */
    private List<Visit> items() {
        if (items == null) {
            if (until == null) {
                until = LocalDate.now(clock).plusMonths(6);
            }
            items = visits.visits(me(), until.minusMonths(12), until);
        }
        return items;
    }

    public List<Visit> getUpcoming() {
        LocalDateTime now = LocalDateTime.now(clock);
        return items().stream().filter(v -> v.appointment().getStart().isAfter(now)).toList();
    }

    /** Past visits, the latest first. */
    public List<Visit> getPast() {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Visit> past = new ArrayList<>(items().stream().filter(v -> !v.appointment().getStart().isAfter(now))
                .toList());
        Collections.reverse(past);
        return past;
    }

    /** Shows the six months before the earliest shown. */
    public void earlier() {
        until = until.minusMonths(6);
        items = null;
    }

    public LocalDate getFrom() {
        items();
        return until.minusMonths(12);
    }

    public void startChange(Visit visit, VisitChangeRequest.Kind what) {
        changing = visit;
        kind = what;
        wishedStart = what == VisitChangeRequest.Kind.MOVE ? visit.appointment().getStart() : null;
        note = null;
    }

    public void ask() {
        try {
            VisitChangeRequest request = requests.ask(changing.appointment().getId(), kind, wishedStart, note);
            FacesErrors.info(request.getStatus() == VisitChangeRequest.Status.APPLIED
                    ? (kind == VisitChangeRequest.Kind.CANCEL ? "Your visit is cancelled." : "Your visit is moved.")
                    : "Less than 24 hours before the visit: the front desk has your request and will answer.");
            changing = null;
            items = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void subscribe() {
        String token = visits.renewFeed(me());
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String scheme = external.getRequestScheme();
        subscription = scheme + "://" + external.getRequestServerName() + ":" + external.getRequestServerPort()
                + external.getRequestContextPath() + "/api/v1/feeds/" + token + "/appointments.ics";
    }

    public StreamedContent getCalendarFile() {
        byte[] ics = visits.calendarFile(me()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("my-visits.ics").contentType("text/calendar")
                .stream(() -> new ByteArrayInputStream(ics)).build();
    }

    public boolean changeable(Visit visit) {
        return visit.changeable(LocalDateTime.now(clock));
    }

    private long me() {
        return currentUser.ownPatientId().orElseThrow();
    }

    public String getWebcal() {
        return subscription == null ? null : subscription.replaceFirst("^https?://", "webcal://");
    }

    public String getSubscription() {
        return subscription;
    }

    public Long getChange() {
        return change;
    }

    public void setChange(Long change) {
        this.change = change;
    }

    public Visit getChanging() {
        return changing;
    }

    public VisitChangeRequest.Kind getKind() {
        return kind;
    }

    public void setKind(VisitChangeRequest.Kind kind) {
        this.kind = kind;
    }

    public LocalDateTime getWishedStart() {
        return wishedStart;
    }

    public void setWishedStart(LocalDateTime wishedStart) {
        this.wishedStart = wishedStart;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
