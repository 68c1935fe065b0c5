package com.dorsum.platform;

import java.math.BigDecimal;
import java.util.List;

/**
 * RFC 4180 CSV with CRLF line ends, for every export. A cell that a spreadsheet would run as a formula is prefixed
 * with a quote, so an exported name can never become a command.
 */
public final class Csv {

    private final StringBuilder text = new StringBuilder();

    public Csv(List<String> header) {
        row(List.copyOf(header));
    }

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            text.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? number.toPlainString() : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
