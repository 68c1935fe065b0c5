package com.dorsum.web.platform;

import com.dorsum.platform.DomainException;
import com.dorsum.platform.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Shows a domain refusal to the person at the screen, field by field where the domain names fields. */
public final class FacesErrors {

    private FacesErrors() {
    }

    public static void show(DomainException refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (refusal instanceof InvalidInput invalid) {
            invalid.violations().forEach(v -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, v.message(), null)));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
        }
        faces.validationFailed();
    }

    public static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    public static void warn(String summary) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, summary, null));
    }
}
