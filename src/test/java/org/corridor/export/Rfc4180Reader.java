package org.corridor.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests, written from the RFC's grammar: records end with CRLF, fields are
 * separated by commas, a quoted field may hold commas, CR, LF and doubled quotes. Anything else is an error,
 * so a sloppy writer cannot pass.
 */
final class Rfc4180Reader {

    private Rfc4180Reader() {
    }

    static List<List<String>> read(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < csv.length()) {
            if (csv.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= csv.length()) {
                        throw new IllegalArgumentException("unterminated quoted field");
                    }
                    char c = csv.charAt(i++);
                    if (c == '"') {
                        if (i < csv.length() && csv.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
            } else {
                while (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
                    char c = csv.charAt(i++);
                    if (c == '"' || c == '\n') {
                        throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " at " + (i - 1));
                    }
                    field.append(c);
                }
            }
            if (i >= csv.length()) {
                throw new IllegalArgumentException("last record does not end with CRLF");
            }
            char c = csv.charAt(i);
            record.add(field.toString());
            field.setLength(0);
            if (c == ',') {
                i++;
            } else if (csv.startsWith("\r\n", i)) {
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                throw new IllegalArgumentException("unexpected character after field at " + i);
            }
        }
        return records;
    }
}
