package com.dorsum.web.scheduling;

import com.dorsum.platform.DomainException;
import com.dorsum.scheduling.Waitlist;
import com.dorsum.scheduling.WaitlistLine;
import com.dorsum.web.platform.FacesErrors;
import com.dorsum.web.platform.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.function.LongFunction;

/** The waitlist: who waits for which therapy, the slots offered to them, booking or declining an offer. */
@Named
@ViewScoped
public class WaitlistBean implements Serializable {

    @Inject
    Waitlist waitlist;

    private final PagedModel<WaitlistLine> lines = new PagedModel<>(() -> waitlist.waiting(0, 1).total(),
            (page, size) -> waitlist.waiting(page, size).items());

    public void book(long entryId) {
        change(waitlist::bookOffer, entryId, "Offered slot booked");
    }

    public void decline(long entryId) {
        change(waitlist::decline, entryId, "Offer declined; the patient waits for the next one");
    }

    public void withdraw(long entryId) {
        change(waitlist::withdraw, entryId, "Removed from the waitlist");
    }

    private void change(LongFunction<?> action, long entryId, String message) {
        try {
            action.apply(entryId);
            FacesErrors.info(message);
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public PagedModel<WaitlistLine> getLines() {
        return lines;
    }
}
