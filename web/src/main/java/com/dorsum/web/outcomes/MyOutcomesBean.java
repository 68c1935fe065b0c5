package com.dorsum.web.outcomes;

import com.dorsum.outcomes.DuePoint;
import com.dorsum.outcomes.OutcomeChart;
import com.dorsum.outcomes.OutcomeMeasures;
import com.dorsum.outcomes.OutcomeTrend;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** The portal's questionnaires page: what is due now, and how the scores went. */
@Named
@ViewScoped
public class MyOutcomesBean implements Serializable {

    @Inject
    OutcomeMeasures outcomes;

    private transient List<DuePoint> due;
    private transient List<OutcomeTrend> trends;

    public List<DuePoint> getDue() {
        if (due == null) {
            due = outcomes.dueMine();
        }
        return due;
    }

    public List<OutcomeTrend> getTrends() {
        if (trends == null) {
            trends = outcomes.mine();
        }
        return trends;
    }

    public String chart(OutcomeTrend trend) {
        return OutcomeChart.svg(trend);
    }
}
