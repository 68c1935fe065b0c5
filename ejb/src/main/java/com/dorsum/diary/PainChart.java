package com.dorsum.diary;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Draws pain over time as an SVG the browser scales to any screen (R18): a line through the diary's pain scores
 * (0 at the bottom, 10 at the top) with plan events marked on their days: injections as red dashed lines, course
 * sessions as green ticks on the time axis. Every point and mark carries a tooltip and its data as attributes.
 */
public final class PainChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 260;
    private static final int LEFT = 34;
    private static final int RIGHT = 12;
    private static final int TOP = 12;
    private static final int BOTTOM = 48;

    private final LocalDate from;
    private final LocalDate to;

    private PainChart(LocalDate from, LocalDate to) {
        this.from = from;
        this.to = to.isAfter(from) ? to : from.plusDays(1);
    }

    public static String svg(List<PainPoint> points, List<PlanEvent> events, LocalDate from, LocalDate to) {
        return new PainChart(from, to).draw(points, events);
    }

    private String draw(List<PainPoint> points, List<PlanEvent> events) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pain-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"pain-chart-title\"")
                .append(" preserveAspectRatio=\"xMidYMid meet\">")
                .append("<title id=\"pain-chart-title\">Pain from ").append(from).append(" to ").append(to).append(": ")
                .append(points.size()).append(points.size() == 1 ? " entry" : " entries").append("</title>");
        axes(svg);
        for (PlanEvent event : events) {
            if (!event.date().isBefore(from) && !event.date().isAfter(to)) {
                event(svg, event);
            }
        }
        List<PainPoint> sorted = points.stream().filter(p -> !p.date().isBefore(from) && !p.date().isAfter(to))
                .sorted(Comparator.comparing(PainPoint::date)).toList();
        if (sorted.size() > 1) {
            svg.append("<polyline class=\"pain-line\" fill=\"none\" stroke=\"#0b4f6c\" stroke-width=\"2\" points=\"");
            sorted.forEach(p -> svg.append(fmt(x(p.date()))).append(',').append(fmt(y(p.pain()))).append(' '));
            svg.setLength(svg.length() - 1);
            svg.append("\"/>");
        }
        for (PainPoint p : sorted) {
            svg.append("<circle class=\"pain-point\" data-date=\"").append(p.date()).append("\" data-pain=\"")
                    .append(p.pain()).append("\" cx=\"").append(fmt(x(p.date()))).append("\" cy=\"")
                    .append(fmt(y(p.pain()))).append("\" r=\"4\" fill=\"#0b4f6c\"><title>").append(p.date())
                    .append(": pain ").append(p.pain()).append("</title></circle>");
        }
        legend(svg);
        return svg.append("</svg>").toString();
    }

    private void axes(StringBuilder svg) {
        for (int pain = 0; pain <= 10; pain += 2) {
            double y = y(pain);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\" stroke=\"#d9e2ec\"/>")
                    .append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" font-size=\"11\" text-anchor=\"end\" fill=\"#52606d\">").append(pain).append("</text>");
        }
        long days = ChronoUnit.DAYS.between(from, to);
        long step = Math.max(1, (days + 5) / 6);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(step)) {
            svg.append("<text x=\"").append(fmt(x(day))).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" font-size=\"10\" text-anchor=\"middle\" fill=\"#52606d\">")
                    .append(day.getDayOfMonth()).append('.').append(day.getMonthValue()).append(".</text>");
        }
    }

    private void event(StringBuilder svg, PlanEvent event) {
        double x = x(event.date());
        String kind = event.kind().name().toLowerCase(Locale.ROOT);
        svg.append("<g class=\"plan-event ").append(kind).append("\" data-date=\"").append(event.date())
                .append("\" data-kind=\"").append(event.kind()).append("\"><title>").append(event.date()).append(": ")
                .append(escape(event.label())).append("</title>");
        if (event.kind() == PlanEvent.Kind.INJECTION) {
            svg.append("<line x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"").append(TOP)
                    .append("\" y2=\"").append(HEIGHT - BOTTOM).append("\" stroke=\"#c62828\" stroke-width=\"2\"")
                    .append(" stroke-dasharray=\"5 3\"/>");
        } else {
            int base = HEIGHT - BOTTOM;
            svg.append("<path d=\"M").append(fmt(x)).append(' ').append(base - 9).append(" l-4 8 l8 0 z\"")
                    .append(" fill=\"#2e7d32\"/>");
        }
        svg.append("</g>");
    }

    private static void legend(StringBuilder svg) {
        int y = HEIGHT - 10;
        svg.append("<g class=\"legend\" font-size=\"11\" fill=\"#1f2933\">")
                .append("<circle cx=\"").append(LEFT + 4).append("\" cy=\"").append(y - 4)
                .append("\" r=\"4\" fill=\"#0b4f6c\"/><text x=\"").append(LEFT + 12).append("\" y=\"").append(y)
                .append("\">Pain (0-10)</text>")
                .append("<path d=\"M").append(LEFT + 124).append(' ').append(y - 9).append(" l-4 8 l8 0 z\"")
                .append(" fill=\"#2e7d32\"/><text x=\"").append(LEFT + 132).append("\" y=\"").append(y)
                .append("\">Course session</text>")
                .append("<line x1=\"").append(LEFT + 250).append("\" x2=\"").append(LEFT + 250).append("\" y1=\"")
                .append(y - 10).append("\" y2=\"").append(y + 1).append("\" stroke=\"#c62828\" stroke-width=\"2\"")
                .append(" stroke-dasharray=\"3 2\"/><text x=\"").append(LEFT + 256).append("\" y=\"").append(y)
                .append("\">Injection</text></g>");
    }

    private double x(LocalDate day) {
        double span = ChronoUnit.DAYS.between(from, to);
        return LEFT + ChronoUnit.DAYS.between(from, day) / span * (WIDTH - LEFT - RIGHT);
    }

    private static double y(int pain) {
        return TOP + (10 - pain) / 10.0 * (HEIGHT - TOP - BOTTOM);
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
