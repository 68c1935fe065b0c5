package com.dorsum.web.injections;

import com.dorsum.injections.Complication;
import com.dorsum.injections.FollowUp;
import com.dorsum.injections.Injection;
import com.dorsum.injections.InjectionOverview;
import com.dorsum.injections.InjectionStatus;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One event on a patient's injection timeline: booked, performed, cancelled, follow-up, complication. The
 * follow-up's relief and the complications come from the overview, which leaves them out for the front desk (R21).
 */
public record TimelineEntry(LocalDate date, String title, String detail, String style) implements Serializable {

    /** The patient's injection events, newest first. */
    static List<TimelineEntry> of(InjectionOverview overview, LocalDate today) {
        List<TimelineEntry> entries = new ArrayList<>();
        for (Injection i : overview.items()) {
            String what = i.levelLabels() + " " + i.getSide().name().toLowerCase();
            switch (i.getStatus()) {
                case BOOKED -> entries.add(new TimelineEntry(i.date(), "Injection booked", what, "booked"));
                case CANCELLED -> entries.add(new TimelineEntry(i.date(), "Injection cancelled",
                        what + ": " + i.getCancelReason(), "cancelled"));
                case PERFORMED -> entries.add(new TimelineEntry(i.date(), "Injection performed", what, "performed"));
            }
            FollowUp followUp = overview.followUpOf(i);
            if (i.getStatus() == InjectionStatus.PERFORMED && followUp != null) {
                entries.add(new TimelineEntry(followUp.getCheckedOn(), "Follow-up check", followUp.getRelief().label(),
                        "follow-up"));
            } else if (i.getStatus() == InjectionStatus.PERFORMED && overview.clinical()) {
                entries.add(new TimelineEntry(i.followUpDueOn(), "Follow-up check "
                        + (i.followUpDueOn().isAfter(today) ? "due" : "overdue"), "after day 3", "due"));
            }
        }
        for (Complication c : overview.complications()) {
            entries.add(new TimelineEntry(c.getNoticedOn(), "Complication: " + c.getKind().label(),
                    c.getSeverity().name().toLowerCase(), "complication"));
        }
        entries.sort(Comparator.comparing(TimelineEntry::date).reversed());
        return entries;
    }
}
