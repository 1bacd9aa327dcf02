package org.corridor.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted when it holds a
 * comma, a quote, CR or LF, and quotes inside doubled. Unless raw values are asked for, a field a spreadsheet
 * would run as a formula (it starts with =, +, -, @, a tab or a CR; OWASP's "CSV injection") starts with an
 * apostrophe, which spreadsheets show as text and analysis tools can strip; nothing else is changed.
 */
final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;
    private final boolean raw;

    private CsvWriter(Writer out, boolean raw) {
        this.out = out;
        this.raw = raw;
    }

    /**
     * A CSV document on {@code writer}: the byte-order mark first when asked (Excel needs it to read
     * UTF-8), then the header row. Callers flush when done.
     */
    static CsvWriter start(Writer writer, ExportOptions options, List<String> header) throws IOException {
        if (options.byteOrderMark()) {
            writer.write('\uFEFF');
        }
        CsvWriter csv = new CsvWriter(writer, options.csvRaw());
        csv.row(header);
        return csv;
    }

    void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(raw ? fields.get(i) : neutralised(fields.get(i))));
        }
        out.write("\r\n");
    }

    static String neutralised(String value) {
        return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
