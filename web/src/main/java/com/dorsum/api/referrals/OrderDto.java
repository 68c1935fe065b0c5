package com.dorsum.api.referrals;

import com.dorsum.referrals.BodyRegion;
import com.dorsum.referrals.OrderView;
import com.dorsum.referrals.OrderKind;
import com.dorsum.referrals.OrderStatus;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * An order as the API shows it, with its result, files (as download links) and trail; what the caller may not see
 * (R21: the front desk, the reason, result text and files) comes shaped from {@link OrderView} as null.
 */
public record OrderDto(long id, long patientId, OrderKind kind, String reason, BodyRegion bodyRegion,
                       boolean contrast, OrderStatus status, LocalDateTime createdAt, String orderedBy,
                       String resultReport, Boolean abnormal, LocalDateTime resultReceivedAt, String reviewedBy,
                       LocalDateTime reviewedAt, List<FileDto> files, List<StepDto> steps) {

    /** A result file: its name, type, size and where to download it (relative to the API's base). */
    public record FileDto(long id, String filename, String contentType, long size, String href) {
    }

    static OrderDto of(OrderView o, ZoneId zone) {
        String base = "patients/" + o.getPatientId() + "/orders/" + o.getId() + "/files/";
        return new OrderDto(o.getId(), o.getPatientId(), o.getKind(), o.getReason(), o.getBodyRegion(),
                o.isContrast(), o.getStatus(), LocalDateTime.ofInstant(o.getOrderedAt(), zone), o.getOrderedBy(),
                o.getResultReport(), o.getAbnormal(),
                at(o.getResultReceivedAt(), zone), o.getReviewedBy(), at(o.getReviewedAt(), zone),
                o.isClinical() ? o.getFiles().stream().map(f -> new FileDto(f.getId(), f.getFilename(),
                        f.getContentType(), f.getSizeBytes(), base + f.getId())).toList() : null,
                o.getSteps().stream().map(s -> StepDto.of(s, zone)).toList());
    }

    private static LocalDateTime at(java.time.Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }
}
