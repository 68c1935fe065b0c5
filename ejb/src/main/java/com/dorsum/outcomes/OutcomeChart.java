package com.dorsum.outcomes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * Draws one instrument's trend as an SVG the browser scales to any screen (R25): the valid scores over time (0 at
 * the bottom, the instrument's maximum at the top; lower is better), the baseline as a grey line, and the level an
 * important improvement must reach (baseline minus the minimal clinically important change) as a green dashed
 * line. Scores that reach it are filled green. Every point carries its date and score as a tooltip and attributes.
 */
public final class OutcomeChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 240;
    private static final int LEFT = 40;
    private static final int RIGHT = 16;
    private static final int TOP = 12;
    private static final int BOTTOM = 46;

    private final OutcomeTrend trend;
    private final LocalDate from;
    private final LocalDate to;

    private OutcomeChart(OutcomeTrend trend) {
        this.trend = trend;
        List<ScoredResponse> valid = valid();
        LocalDate first = valid.isEmpty() ? LocalDate.now() : valid.get(0).date();
        LocalDate last = valid.isEmpty() ? first : valid.get(valid.size() - 1).date();
        this.from = first.minusDays(3);
        this.to = last.plusDays(3);
    }

    public static String svg(OutcomeTrend trend) {
        return new OutcomeChart(trend).draw();
    }

    private List<ScoredResponse> valid() {
        return trend.points().stream().filter(p -> p.score().valid()).toList();
    }

    private String draw() {
        Instrument instrument = trend.instrument();
        List<ScoredResponse> points = valid();
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"outcome-chart\" data-instrument=\"")
                .append(instrument).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" preserveAspectRatio=\"xMidYMid meet\"><title>").append(instrument.title())
                .append(": ").append(points.size()).append(points.size() == 1 ? " score" : " scores")
                .append(", lower is better</title>");
        int max = instrument.maxScore();
        int step = max == 10 ? 2 : 20;
        for (int v = 0; v <= max; v += step) {
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(fmt(y(v))).append("\" y2=\"").append(fmt(y(v))).append("\" stroke=\"#d9e2ec\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y(v) + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#52606d\">").append(v).append("</text>");
        }
        BigDecimal baseline = trend.baseline();
        BigDecimal level = trend.importantImprovementLevel();
        if (baseline != null) {
            horizontal(svg, "baseline", baseline.doubleValue(), "#7b8794", "none");
            horizontal(svg, "mcid", level.doubleValue(), "#2e7d32", "6 4");
        }
        if (points.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#0b4f6c\" stroke-width=\"2\" points=\"");
            points.forEach(p -> svg.append(fmt(x(p.date()))).append(',').append(fmt(y(p.score().value().doubleValue())))
                    .append(' '));
            svg.setLength(svg.length() - 1);
            svg.append("\"/>");
        }
        for (ScoredResponse p : points) {
            svg.append("<circle class=\"outcome-point").append(p.improved() ? " improved" : "")
                    .append("\" data-date=\"").append(p.date()).append("\" data-score=\"")
                    .append(p.score().value().toPlainString()).append("\" cx=\"").append(fmt(x(p.date())))
                    .append("\" cy=\"").append(fmt(y(p.score().value().doubleValue()))).append("\" r=\"5\" fill=\"")
                    .append(p.improved() ? "#2e7d32" : "#0b4f6c").append("\"><title>").append(p.date()).append(": ")
                    .append(p.score().value().toPlainString()).append(instrument.unit())
                    .append(p.improved() ? " (important improvement)" : "").append("</title></circle>")
                    .append("<text x=\"").append(fmt(x(p.date()))).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#52606d\">")
                    .append(p.date().getDayOfMonth()).append('.').append(p.date().getMonthValue()).append(".</text>");
        }
        int y = HEIGHT - 10;
        svg.append("<g class=\"legend\" font-size=\"11\" fill=\"#1f2933\"><line x1=\"").append(LEFT).append("\" x2=\"")
                .append(LEFT + 24).append("\" y1=\"").append(y - 4).append("\" y2=\"").append(y - 4)
                .append("\" stroke=\"#7b8794\" stroke-width=\"2\"/><text x=\"").append(LEFT + 30).append("\" y=\"")
                .append(y).append("\">First score</text><line x1=\"").append(LEFT + 130).append("\" x2=\"")
                .append(LEFT + 154).append("\" y1=\"").append(y - 4).append("\" y2=\"").append(y - 4)
                .append("\" stroke=\"#2e7d32\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"")
                .append(LEFT + 160).append("\" y=\"").append(y).append("\">Important improvement (")
                .append(instrument.minimalImportantChange().toPlainString()).append(" points)</text></g>");
        return svg.append("</svg>").toString();
    }

    private void horizontal(StringBuilder svg, String kind, double value, String colour, String dash) {
        svg.append("<line class=\"").append(kind).append("\" data-value=\"").append(fmt(value)).append("\" x1=\"")
                .append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(fmt(y(value)))
                .append("\" y2=\"").append(fmt(y(value))).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"2\" stroke-dasharray=\"").append(dash).append("\"/>");
    }

    private double x(LocalDate day) {
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return LEFT + ChronoUnit.DAYS.between(from, day) / span * (WIDTH - LEFT - RIGHT);
    }

    private double y(double value) {
        return TOP + (trend.instrument().maxScore() - value) / trend.instrument().maxScore() * (HEIGHT - TOP - BOTTOM);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
