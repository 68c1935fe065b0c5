package com.dorsum.web.referrals;

import com.dorsum.platform.PageOf;
import com.dorsum.referrals.OrderView;
import com.dorsum.referrals.Orders;
import com.dorsum.referrals.ReferralView;
import com.dorsum.referrals.Referrals;
import com.dorsum.referrals.ResultDownload;
import com.dorsum.referrals.ResultFile;
import com.dorsum.security.CurrentUser;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/** The signed-in patient's own referrals and orders, with their result files, for the portal. */
@Named
@ViewScoped
public class MyReferralsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    Referrals referrals;

    @Inject
    Orders orders;

    private List<ReferralView> myReferrals;
    private List<OrderView> myOrders;

    public List<ReferralView> getReferrals() {
        if (myReferrals == null) {
            myReferrals = currentUser.ownPatientId()
                    .map(id -> referrals.referrals(id, 0, PageOf.MAX_SIZE).items()).orElse(List.of());
        }
        return myReferrals;
    }

    public List<OrderView> getOrders() {
        if (myOrders == null) {
            myOrders = currentUser.ownPatientId()
                    .map(id -> orders.orders(id, 0, PageOf.MAX_SIZE).items()).orElse(List.of());
        }
        return myOrders;
    }

    public StreamedContent download(OrderView order, ResultFile file) {
        ResultDownload download = orders.resultFile(order.getPatientId(), order.getId(), file.getId());
        return DefaultStreamedContent.builder().name(download.filename()).contentType(download.contentType())
                .stream(() -> new ByteArrayInputStream(download.content())).build();
    }
}
