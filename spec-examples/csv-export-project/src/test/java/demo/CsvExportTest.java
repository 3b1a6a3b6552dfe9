package demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.specdriven.junit.Verifies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests of the csv-export spec: AC-EXPORT-1 passes, AC-EMPTY fails, AC-TIMEOUT has no test yet. */
class CsvExportTest {

    @Test
    @Verifies("AC-EXPORT-1")
    void exports_header_and_rows() {
        String csv = CsvExport.csv(List.of("Date", "Amount"),
                List.of(List.of("2026-12-01", "10"), List.of("2026-12-02", "20"), List.of("2026-12-03", "30")));
        assertEquals(4, csv.lines().count());
    }

    @Test
    @Verifies({"AC-EMPTY", "REQ-EXPORT"})
    void empty_report_shows_message() {
        assertEquals("Nothing to export", CsvExport.message(List.of()).orElse(""));
    }

    @Test
    @Verifies("AC-EXPROT-1")
    void export_twice_gives_the_same_file() {
        List<List<String>> rows = List.of(List.of("2026-12-01", "10"));
        assertEquals(CsvExport.csv(List.of("Date", "Amount"), rows), CsvExport.csv(List.of("Date", "Amount"), rows));
    }
}
