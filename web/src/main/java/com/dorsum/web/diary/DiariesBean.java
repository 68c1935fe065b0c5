package com.dorsum.web.diary;

import com.dorsum.diary.DiarySummary;
import com.dorsum.diary.PainDiary;
import com.dorsum.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** The clinician's overview of the diaries of patients in their care, flagged ones first. */
@Named
@ViewScoped
public class DiariesBean implements Serializable {

    @Inject
    PainDiary diary;

    private PagedModel<DiarySummary> patients;

    @PostConstruct
    void init() {
        patients = new PagedModel<>(() -> diary.patientsInCare(0, 1).total(),
                (page, size) -> diary.patientsInCare(page, size).items());
    }

    public PagedModel<DiarySummary> getPatients() {
        return patients;
    }
}
