package demo;

import java.util.List;
import java.util.Optional;

/** The exporter the csv-export spec describes, with the bug its tests find: an empty report gives no message. */
public final class CsvExport {
    private CsvExport() {}

    /**
     * Exports a report as CSV: the header row, then one row per data row.
     *
     * @param header the column names
     * @param rows the data rows
     * @return the CSV text, one line per row
     */
    public static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (List<String> row : rows) out.append(String.join(",", row)).append('\n');
        return out.toString();
    }

    /**
     * Returns the message the analyst sees for an export, if any.
     *
     * @param rows the data rows
     * @return the message; for an empty report the spec asks for "Nothing to export", which is missing
     */
    public static Optional<String> message(List<List<String>> rows) {
        return Optional.empty();
    }
}
