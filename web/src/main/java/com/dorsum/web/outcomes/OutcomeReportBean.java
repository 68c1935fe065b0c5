package com.dorsum.web.outcomes;

import com.dorsum.outcomes.McidReport;
import com.dorsum.outcomes.OutcomeMeasures;
import com.dorsum.platform.DomainException;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** The outcomes report: per therapy and clinician, the share of completed courses reaching the MCID. */
@Named
@ViewScoped
public class OutcomeReportBean implements Serializable {

    @Inject
    OutcomeMeasures outcomes;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private transient McidReport report;

    public McidReport getReport() {
        if (report == null) {
            try {
                report = outcomes.mcidReport(getFrom(), getTo());
            } catch (DomainException e) {
                FacesErrors.show(e);
                report = new McidReport(java.util.List.of());
            }
        }
        return report;
    }

    public void refresh() {
        report = null;
    }

    public LocalDate getFrom() {
        return from != null ? from : getTo().minusYears(1);
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to != null ? to : LocalDate.now(clock);
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
