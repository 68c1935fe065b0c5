package com.dorsum.web.injections;

import com.dorsum.injections.Aftercare;
import com.dorsum.injections.ComplicationKind;
import com.dorsum.injections.ComplicationReport;
import com.dorsum.platform.DomainException;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** Complication counts and rates per clinician for a period (R8); the last twelve months to begin with. */
@Named
@ViewScoped
public class ComplicationReportBean implements Serializable {

    @Inject
    Aftercare aftercare;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private ComplicationReport report;

    public ComplicationReport getReport() {
        if (report == null) {
            if (to == null) {
                to = LocalDate.now(clock);
                from = to.minusYears(1).plusDays(1);
            }
            run();
        }
        return report;
    }

    public void run() {
        try {
            report = aftercare.report(from, to);
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public ComplicationKind[] getKinds() {
        return ComplicationKind.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
