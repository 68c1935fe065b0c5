package com.dorsum.web.injections;

import com.dorsum.injections.Aftercare;
import com.dorsum.injections.ComplicationKind;
import com.dorsum.injections.FacetInjectionLimitExceeded;
import com.dorsum.injections.Injection;
import com.dorsum.injections.InjectionBooking;
import com.dorsum.injections.InjectionOverview;
import com.dorsum.injections.Injections;
import com.dorsum.injections.ProcedureRecord;
import com.dorsum.injections.Relief;
import com.dorsum.injections.Severity;
import com.dorsum.injections.Side;
import com.dorsum.injections.SpinalLevel;
import com.dorsum.people.Provider;
import com.dorsum.platform.DomainException;
import com.dorsum.security.Accounts;
import com.dorsum.security.CurrentUser;
import com.dorsum.security.UserAccount;
import com.dorsum.web.people.PatientBean;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The Injections tab of a patient's page (R6-R8): the allowance today, a timeline, the injections; booking
 * (clinicians and front desk), moving and cancelling; recording the procedure, the follow-up and complications
 * (clinicians). A booking refused by the limit shows the earliest allowed date and offers to take it.
 */
@Named
@ViewScoped
public class PatientInjectionsBean implements Serializable {

    @Inject
    Injections injections;

    @Inject
    Aftercare aftercare;

    @Inject
    PatientBean patientPage;

    @Inject
    Clock clock;

    @Inject
    CurrentUser currentUser;

    @Inject
    Accounts accounts;

    private InjectionOverview overview;
    private List<TimelineEntry> timeline;
    private List<Provider> physicians;

    private LocalDateTime start;
    private SpinalLevel level;
    private Side side;
    private Long providerId;
    private LocalDate earliestAllowed;

    private Injection selected;
    private LocalDateTime newStart;
    private String cancelReason;
    private ProcedureRecord procedure = new ProcedureRecord();
    private LocalDate checkedOn;
    private Relief relief;
    private Integer painScore;
    private String followUpNotes;
    private ComplicationKind complicationKind;
    private LocalDate noticedOn;
    private Severity severity;
    private String complicationNotes;

    public InjectionOverview getOverview() {
        if (overview == null) {
            try {
                overview = injections.overview(patientPage.getId());
                timeline = TimelineEntry.of(overview, LocalDate.now(clock));
            } catch (DomainException refused) {
                FacesErrors.show(refused);
            }
        }
        return overview;
    }

    public List<TimelineEntry> getTimeline() {
        getOverview();
        return timeline;
    }

    public void book() {
        earliestAllowed = null;
        try {
            Injection booked = injections.book(patientPage.getId(),
                    new InjectionBooking(start, level, side, providerId, null));
            FacesErrors.info("Injection booked for " + booked.getStart().toLocalDate() + " at "
                    + booked.getStart().toLocalTime());
            start = null;
            overview = null;
        } catch (FacetInjectionLimitExceeded refused) {
            earliestAllowed = refused.earliestAllowed();
            FacesErrors.show(refused);
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    /** Takes the earliest allowed date, at the time asked for; the clinician still books it. */
    public void takeEarliestAllowed() {
        if (earliestAllowed != null && start != null) {
            start = earliestAllowed.atTime(start.toLocalTime());
        }
        earliestAllowed = null;
    }

    public void select(Injection injection) {
        selected = injection;
        newStart = injection.getStart();
        cancelReason = null;
        procedure = new ProcedureRecord();
        procedure.setLevels(injection.getLevels());
        procedure.setSide(injection.getSide());
        procedure.setProviderId(injection.getProviderId());
        procedure.setStart(injection.getStart());
        procedure.setEnd(injection.getStart().plusMinutes(25));
        checkedOn = LocalDate.now(clock);
        relief = null;
        painScore = null;
        followUpNotes = null;
        complicationKind = null;
        noticedOn = LocalDate.now(clock);
        severity = null;
        complicationNotes = null;
    }

    public void move() {
        change(() -> injections.move(patientPage.getId(), selected.getId(), newStart), "Injection moved",
                "moveDialog");
    }

    public void cancel() {
        change(() -> injections.cancel(patientPage.getId(), selected.getId(), cancelReason), "Injection cancelled",
                "cancelDialog");
    }

    public void recordProcedure() {
        change(() -> injections.recordProcedure(patientPage.getId(), selected.getId(), procedure),
                "Procedure recorded", "procedureDialog");
    }

    public void recordFollowUp() {
        change(() -> aftercare.recordFollowUp(patientPage.getId(), selected.getId(), checkedOn, relief, painScore,
                followUpNotes), "Follow-up recorded", "followUpDialog");
    }

    public void recordComplication() {
        change(() -> aftercare.recordComplication(patientPage.getId(), selected.getId(), complicationKind, noticedOn,
                severity, complicationNotes), "Complication recorded", "complicationDialog");
    }

    private void change(Runnable action, String done, String dialog) {
        try {
            action.run();
            FacesErrors.info(done);
            overview = null;
            PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
        } catch (FacetInjectionLimitExceeded refused) {
            FacesErrors.show(refused);
            FacesErrors.warn("Earliest allowed date: " + refused.earliestAllowed());
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    /** The pain physicians; a pain physician signed in is preselected for booking. */
    public List<Provider> getPhysicians() {
        if (physicians == null) {
            physicians = injections.painPhysicians();
            Long own = accounts.findByUsername(currentUser.username()).map(UserAccount::getProvider)
                    .map(Provider::getId).orElse(null);
            if (providerId == null && physicians.stream().anyMatch(p -> p.getId().equals(own))) {
                providerId = own;
            }
        }
        return physicians;
    }

    public SpinalLevel[] getLevels() {
        return SpinalLevel.values();
    }

    public Side[] getSides() {
        return Side.values();
    }

    public Relief[] getReliefs() {
        return Relief.values();
    }

    public ComplicationKind[] getComplicationKinds() {
        return ComplicationKind.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }


    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public SpinalLevel getLevel() {
        return level;
    }

    public void setLevel(SpinalLevel level) {
        this.level = level;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }

    public LocalDate getEarliestAllowed() {
        return earliestAllowed;
    }

    public Injection getSelected() {
        return selected;
    }

    public LocalDateTime getNewStart() {
        return newStart;
    }

    public void setNewStart(LocalDateTime newStart) {
        this.newStart = newStart;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public ProcedureRecord getProcedure() {
        return procedure;
    }

    /** The levels as an array, which JSF can convert element by element (a Set it cannot). */
    public SpinalLevel[] getProcedureLevels() {
        return procedure.getLevels().toArray(SpinalLevel[]::new);
    }

    public void setProcedureLevels(SpinalLevel[] levels) {
        procedure.setLevels(levels == null ? java.util.Set.of() : java.util.Set.of(levels));
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public Relief getRelief() {
        return relief;
    }

    public void setRelief(Relief relief) {
        this.relief = relief;
    }

    public Integer getPainScore() {
        return painScore;
    }

    public void setPainScore(Integer painScore) {
        this.painScore = painScore;
    }

    public String getFollowUpNotes() {
        return followUpNotes;
    }

    public void setFollowUpNotes(String followUpNotes) {
        this.followUpNotes = followUpNotes;
    }

    public ComplicationKind getComplicationKind() {
        return complicationKind;
    }

    public void setComplicationKind(ComplicationKind complicationKind) {
        this.complicationKind = complicationKind;
    }

    public LocalDate getNoticedOn() {
        return noticedOn;
    }

    public void setNoticedOn(LocalDate noticedOn) {
        this.noticedOn = noticedOn;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getComplicationNotes() {
        return complicationNotes;
    }

    public void setComplicationNotes(String complicationNotes) {
        this.complicationNotes = complicationNotes;
    }
}
