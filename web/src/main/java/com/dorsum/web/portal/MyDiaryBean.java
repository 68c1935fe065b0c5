package com.dorsum.web.portal;

import com.dorsum.diary.BodyLocation;
import com.dorsum.diary.DiaryEntry;
import com.dorsum.diary.DiaryInput;
import com.dorsum.diary.DiaryPeriod;
import com.dorsum.diary.PainDiary;
import com.dorsum.diary.PainSide;
import com.dorsum.platform.DomainException;
import com.dorsum.security.CurrentUser;
import com.dorsum.web.platform.FacesErrors;
import com.dorsum.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The patient's pain diary (R18): the entry form (new, or correcting one from ?edit=id), which keeps what was
 * typed when it is refused; the entries, newest first; the chart with the plan's events; CSV and PDF export.
 */
@Named
@ViewScoped
public class MyDiaryBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    PainDiary diary;

    @Inject
    Clock clock;

    private Long entry;
    private Long editing;
    private DiaryInput input;
    private int days = 30;
    private transient DiaryPeriod period;
    private PagedModel<DiaryEntry> entries;

    @PostConstruct
    void init() {
        entries = new PagedModel<>(() -> diary.entries(me(), 0, 1).total(),
                (page, size) -> diary.entries(me(), page, size).items());
        input = fresh();
    }

    /** Loads the entry named in the URL to correct it; another patient's is refused (and audited) as not found. */
    public void load() {
        if (entry == null) {
            return;
        }
        try {
            edit(diary.entry(entry));
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void edit(DiaryEntry existing) {
        editing = existing.getId();
        input = existing.toInput();
    }

    public void save() {
        try {
            if (editing == null) {
                diary.add(me(), input);
                FacesErrors.info("Added to your diary");
            } else {
                diary.change(editing, input);
                FacesErrors.info("Entry corrected");
            }
            cancelEdit();
            period = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void delete(DiaryEntry existing) {
        try {
            diary.delete(existing.getId());
            FacesErrors.info("Entry of " + existing.getDate() + " deleted");
            if (existing.getId().equals(editing)) {
                cancelEdit();
            }
            period = null;
        } catch (DomainException refused) {
            FacesErrors.show(refused);
        }
    }

    public void cancelEdit() {
        editing = null;
        input = fresh();
    }

    public DiaryPeriod getPeriod() {
        if (period == null) {
            LocalDate today = LocalDate.now(clock);
            period = diary.period(me(), today.minusDays(days - 1L), today);
        }
        return period;
    }

    public void changeDays() {
        period = null;
    }

    public StreamedContent getCsv() {
        DiaryPeriod shown = getPeriod();
        byte[] csv = diary.csv(me(), shown.from(), shown.to()).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("pain-diary.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    public StreamedContent getPdf() {
        DiaryPeriod shown = getPeriod();
        byte[] pdf = diary.pdf(me(), shown.from(), shown.to());
        return DefaultStreamedContent.builder().name("pain-diary.pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private DiaryInput fresh() {
        DiaryInput blank = new DiaryInput();
        blank.setDate(LocalDate.now(clock));
        return blank;
    }

    private long me() {
        return currentUser.ownPatientId().orElseThrow();
    }

    public BodyLocation[] getLocations() {
        return BodyLocation.values();
    }

    public PainSide[] getSides() {
        return PainSide.values();
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public Long getEntry() {
        return entry;
    }

    public void setEntry(Long entry) {
        this.entry = entry;
    }

    public Long getEditing() {
        return editing;
    }

    public DiaryInput getInput() {
        return input;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days == 90 || days == 365 ? days : 30;
    }

    public PagedModel<DiaryEntry> getEntries() {
        return entries;
    }
}
