package com.dorsum.web.scheduling;

import com.dorsum.platform.DomainException;
import com.dorsum.scheduling.AppointmentBook;
import com.dorsum.scheduling.CalendarEntry;
import com.dorsum.scheduling.FrontDesk;
import com.dorsum.web.platform.FacesErrors;
import com.dorsum.web.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.LongFunction;

/** The front desk's list of one day's visits (today unless chosen), with check-in, done and no-show. */
@Named
@ViewScoped
public class DayListBean implements Serializable {

    @Inject
    FrontDesk frontDesk;

    @Inject
    AppointmentBook book;

    @Inject
    Clock clock;

    private LocalDate day;
    private Long providerId;
    private final PagedModel<CalendarEntry> visits = new PagedModel<>(
            () -> frontDesk.day(getDay(), providerId, 0, 1).total(),
            (page, size) -> frontDesk.day(getDay(), providerId, page, size).items());

    public void checkIn(long appointmentId) {
        change(book::checkIn, appointmentId, "Checked in");
    }

    public void done(long appointmentId) {
        change(book::markDone, appointmentId, "Marked as done");
    }

    public void noShow(long appointmentId) {
        change(book::recordNoShow, appointmentId, "Recorded as no-show");
    }

    private void change(LongFunction<?> action, long appointmentId, String message) {
        try {
            action.apply(appointmentId);
            FacesErrors.info(message);
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public boolean isToday() {
        return getDay().equals(LocalDate.now(clock));
    }

    public PagedModel<CalendarEntry> getVisits() {
        return visits;
    }

    public LocalDate getDay() {
        if (day == null) {
            day = LocalDate.now(clock);
        }
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public Long getProviderId() {
        return providerId;
    }

    public void setProviderId(Long providerId) {
        this.providerId = providerId;
    }
}
