package org.corridor.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted when it holds a
 * comma, a quote, CR or LF, and quotes inside doubled. Nothing else is changed, so a note reads back
 * exactly as it was written.
 */
final class CsvWriter {

    private final Writer out;

    CsvWriter(Writer out) {
        this.out = out;
    }

    /**
     * A CSV document on {@code writer}: the byte-order mark first when asked (Excel needs it to read
     * UTF-8), then the header row. Callers flush when done.
     */
    static CsvWriter start(Writer writer, boolean byteOrderMark, List<String> header) throws IOException {
        if (byteOrderMark) {
            writer.write('\uFEFF');
        }
        CsvWriter csv = new CsvWriter(writer);
        csv.row(header);
        return csv;
    }

    void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
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
