package com.dorsum.web.referrals;

import com.dorsum.platform.DomainException;
import com.dorsum.platform.PageOf;
import com.dorsum.referrals.BodyRegion;
import com.dorsum.referrals.OrderView;
import com.dorsum.referrals.OrderKind;
import com.dorsum.referrals.OrderRequest;
import com.dorsum.referrals.OrderStatus;
import com.dorsum.referrals.Orders;
import com.dorsum.referrals.ResultDownload;
import com.dorsum.referrals.ResultFile;
import com.dorsum.web.people.PatientBean;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;

/**
 * The Orders tab of a patient's page: orders with their trails and results, ordering (clinicians), moving an order
 * along its trail, receiving a result with its file, and reviewing it (clinicians).
 */
@Named
@ViewScoped
public class PatientOrdersBean implements Serializable {

    @Inject
    Orders orders;

    @Inject
    PatientBean patientPage;

    private List<OrderView> items;
    private OrderRequest request = new OrderRequest();
    private Long resultOrderId;
    private String resultReport;
    private boolean resultAbnormal;
    private String fileName;
    private String fileType;
    private byte[] fileContent;

    /** Whether the caller sees the clinical content (R21: not the front desk); the service's views decide. */
    public boolean isClinical() {
        return getItems().stream().allMatch(OrderView::isClinical);
    }

    public List<OrderView> getItems() {
        if (items == null) {
            try {
                items = orders.orders(patientPage.getId(), 0, PageOf.MAX_SIZE).items();
            } catch (DomainException refused) {
                items = List.of();
                FacesErrors.show(refused);
            }
        }
        return items;
    }

    public void order() {
        try {
            OrderView order = orders.order(patientPage.getId(), request);
            FacesErrors.info(order.getKind().label() + " ordered");
            request = new OrderRequest();
            items = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void advance(OrderView order, OrderStatus to) {
        try {
            orders.advance(patientPage.getId(), order.getId(), to, null);
            FacesErrors.info(order.getKind().label() + ": " + to.name().toLowerCase().replace('_', ' '));
            items = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void startResult(OrderView order) {
        resultOrderId = order.getId();
        resultReport = null;
        resultAbnormal = false;
        fileName = null;
        fileType = null;
        fileContent = null;
    }

    /** Keeps the uploaded file until the result is saved; the service checks what it really is. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        fileType = file.getContentType();
        fileContent = file.getContent();
    }

    public void saveResult() {
        try {
            orders.receiveResult(patientPage.getId(), resultOrderId, resultReport, resultAbnormal, fileName, fileType,
                    fileContent);
            FacesErrors.info("Result received");
            items = null;
            PrimeFaces.current().executeScript("PF('resultDialog').hide()");
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    /** A result file through the service, which checks access and audits the read. */
    public StreamedContent download(OrderView order, ResultFile file) {
        ResultDownload download = orders.resultFile(patientPage.getId(), order.getId(), file.getId());
        return DefaultStreamedContent.builder().name(download.filename()).contentType(download.contentType())
                .stream(() -> new ByteArrayInputStream(download.content())).build();
    }

    public OrderKind[] getKinds() {
        return OrderKind.values();
    }

    public BodyRegion[] getBodyRegions() {
        return BodyRegion.values();
    }

    public OrderRequest getRequest() {
        return request;
    }

    public String getResultReport() {
        return resultReport;
    }

    public void setResultReport(String resultReport) {
        this.resultReport = resultReport;
    }

    public boolean isResultAbnormal() {
        return resultAbnormal;
    }

    public void setResultAbnormal(boolean resultAbnormal) {
        this.resultAbnormal = resultAbnormal;
    }

    public String getFileName() {
        return fileName;
    }
}
