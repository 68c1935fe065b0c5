package com.dorsum.web.diary;

import com.dorsum.diary.DiaryPeriod;
import com.dorsum.diary.PainDiary;
import com.dorsum.platform.DomainException;
import com.dorsum.web.people.PatientBean;
import com.dorsum.web.platform.FacesErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;

/** The Diary tab of a patient's page (clinicians caring for the patient): flags, chart and entries. */
@Named
@ViewScoped
public class PatientDiaryBean implements Serializable {

    @Inject
    PainDiary diary;

    @Inject
    PatientBean patientPage;

    @Inject
    Clock clock;

    private int days = 90;
    private transient DiaryPeriod period;
    private boolean refused;

    /** The period on screen, or null when this clinician may not read the diary. */
    public DiaryPeriod getPeriod() {
        if (period == null && !refused) {
            try {
                LocalDate today = LocalDate.now(clock);
                period = diary.period(patientPage.getId(), today.minusDays(days - 1L), today);
            } catch (DomainException notInCare) {
                refused = true;
                FacesErrors.show(notInCare);
            }
        }
        return period;
    }

    public void changeDays() {
        period = null;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days == 30 || days == 365 ? days : 90;
    }
}
