package com.dorsum.web.audit;

import com.dorsum.audit.AccessEntry;
import com.dorsum.audit.AuditTrail;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;

/** The portal's "Who looked at my record" (R23): the last twelve months of staff access to the patient's record. */
@Named
@RequestScoped
public class MyAccessBean {

    @Inject
    AuditTrail trail;

    private List<AccessEntry> history;

    public List<AccessEntry> getHistory() {
        if (history == null) {
            history = trail.myAccessHistory(null, null);
        }
        return history;
    }

    public String kindLabel(AccessEntry entry) {
        return switch (entry.kind()) {
            case VIEWED -> "Viewed";
            case CHANGED -> "Changed";
            case EMERGENCY -> "Emergency access";
        };
    }
}
