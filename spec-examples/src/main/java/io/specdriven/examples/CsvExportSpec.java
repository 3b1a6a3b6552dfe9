package io.specdriven.examples;

import static io.specdriven.core.AttributeType.BOOLEAN;
import static io.specdriven.core.AttributeType.DATETIME;
import static io.specdriven.core.AttributeType.ENUM;
import static io.specdriven.core.AttributeType.IDENTIFIER;
import static io.specdriven.core.AttributeType.INTEGER;
import static io.specdriven.core.AttributeType.STRING;
import static io.specdriven.core.AttributeType.TEXT;

import io.specdriven.core.Cardinality;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Priority;
import io.specdriven.core.QualityCategory;
import io.specdriven.core.Relationship;
import io.specdriven.core.RelationshipKind;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;

/**
 * The CSV export button of a reporting dashboard, written as a complete contract: where the button is,
 * what the file is called and contains, how values are formatted and escaped, what happens with empty
 * and very long reports, who may export, and what the analyst sees when something goes wrong.
 */
final class CsvExportSpec {
    private CsvExportSpec() {}

    static Spec spec() {
        return Spec.builder("csv-export", "CSV export for the reporting dashboard")
                .version("1.0.0")
                .summary("Analysts export the report they are looking at as a CSV file that opens unchanged in "
                        + "spreadsheet applications. The contract covers the button, the file's name and "
                        + "content, value formats, escaping, reports of 0 rows and of up to 5,000,000 rows, "
                        + "permissions, time-outs and failures.")
                .actor("ANALYST", a -> a.name("Analyst")
                        .description("Reads reports on the dashboard and holds the export-reports permission "
                                + "for the report's workspace."))
                .actor("VIEWER", a -> a.name("Viewer")
                        .description("Reads reports on the dashboard but does not hold the export-reports "
                                + "permission."))
                .term("Report", "A named view of rows and columns on the dashboard, with the filters and sort "
                        + "order the analyst has applied.", "dataset", "grid")
                .term("Export", "Turning the open report, with its filters and sort order, into one CSV file "
                        + "that the browser saves.", "dump", "extract")
                .term("CSV", "Comma-separated values as defined by RFC 4180: comma separator, CRLF line "
                        + "endings, double quotes around fields that need them.")
                .term("export-reports permission", "The workspace permission that allows its holder to export "
                        + "the workspace's reports.")
                .assumption("The dashboard already enforces who may open a report; this spec only decides who "
                        + "may export it.")
                .assumption("Analysts use a browser released in the last 2 years; it saves downloads itself.")
                .outOfScope("Exports in other formats (XLSX, PDF).")
                .outOfScope("Scheduled exports and exports sent by e-mail.")

                // --- The button and the loading indicator -------------------------------------------------
                .requirement("REQ-BUTTON", r -> r
                        .title("Export button in the report header")
                        .statement("While a report is open, the dashboard shall show a button labelled "
                                + "'Export CSV' as the right-most control of the report header.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .rationale("Analysts look for page-level actions in the top-right corner.")
                        .source("Dashboard UX review, 2026-10-02")
                        .story("an analyst", "to export the report I am looking at",
                                "I can work with its numbers in a spreadsheet")
                        .criterion("AC-BUTTON-1", c -> c
                                .given("a report with 3 rows is open on a 1280 px wide window")
                                .when("the dashboard has finished loading")
                                .then("an enabled 'Export CSV' button is the right-most control of the report "
                                        + "header, at most 24 px from its right edge")))
                .requirement("REQ-PROGRESS", r -> r
                        .title("Loading indicator while the file is prepared")
                        .statement("When the analyst clicks Export CSV, the system shall disable the button "
                                + "and show a loading indicator on it within 100 ms, until the download "
                                + "starts or the export ends with a message.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .dependsOn("REQ-BUTTON")
                        .criterion("AC-PROGRESS-1", c -> c
                                .given("a report with 3 rows is open")
                                .when("the analyst clicks Export CSV")
                                .then("within 100 ms the button is disabled and shows a spinner and the text "
                                        + "'Exporting…'; 1 s after the download starts it reads 'Export CSV' "
                                        + "again"))
                        .edgeCase("AC-PROGRESS-TWICE", EdgeCaseKind.CONCURRENCY, c -> c
                                .given("an export of the report by the analyst is running")
                                .when("the analyst clicks Export CSV again in a second browser tab")
                                .then("no second export starts and the second tab shows 'An export of this "
                                        + "report is already running.' for 5 s")))

                // --- The file -------------------------------------------------------------------------------
                .requirement("REQ-FILE", r -> r
                        .title("Download the open report as a CSV file")
                        .statement("When the analyst clicks Export CSV, the system shall download the rows of "
                                + "the open report, with its filters and sort order applied, as one CSV file "
                                + "named [report-name]-[date].csv.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .dependsOn("REQ-BUTTON")
                        .story("an analyst", "the file to hold exactly what I see",
                                "the numbers in my spreadsheet match the dashboard")
                        .criterion("AC-FILE-1", c -> c
                                .given("the report 'Monthly Sales' shows 3 rows after filtering, out of 40")
                                .when("the analyst clicks Export CSV on 2026-11-21")
                                .then("the browser saves monthly-sales-2026-11-21.csv with 1 header row and "
                                        + "the 3 filtered rows, in the order shown on screen"))
                        .criterion("AC-FILE-NAME", c -> c
                                .given("a report named 'Q3 Revenue / EMEA' and an analyst in the time zone "
                                        + "Europe/Zurich at 00:30 on 2026-11-21")
                                .when("the analyst exports it")
                                .then("the file is named q3-revenue-emea-2026-11-21.csv"))
                        .edgeCase("AC-FILE-EMPTY", EdgeCaseKind.EMPTY_DATA, c -> c
                                .given("a report whose filters match 0 rows")
                                .when("the analyst clicks Export CSV")
                                .then("the message 'Nothing to export: this report has no rows.' is shown next "
                                        + "to the button for 5 s and no file is saved"))
                        .edgeCase("AC-FILE-NAME-SCRIPT", EdgeCaseKind.SPECIAL_CHARACTERS, c -> c
                                .given("a report named '売上 🚀 Überblick'")
                                .when("the analyst exports it on 2026-11-21")
                                .then("the file is named 売上-überblick-2026-11-21.csv: letters of every script "
                                        + "are kept in lower case, and each run of other characters becomes "
                                        + "1 hyphen")))
                .requirement("REQ-COLUMNS", r -> r
                        .title("Columns and their order")
                        .statement("The system shall write exactly the columns visible in the report, in their "
                                + "on-screen order, and shall write their headers, as displayed, as the "
                                + "file's first row.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-COLUMNS-1", c -> c
                                .given("a report showing the columns Date, Customer and Amount, with the column "
                                        + "Region hidden, and 2 rows")
                                .when("the analyst exports it")
                                .then("the first row is 'Date,Customer,Amount,Currency' and each of the 2 "
                                        + "following rows has 4 fields"))
                        .criterion("AC-COLUMNS-MOVED", c -> c
                                .given("the analyst has dragged the column Amount before the column Date")
                                .when("the analyst exports the report")
                                .then("the first row is 'Amount,Currency,Date,Customer' and the fields of all 2 "
                                        + "following rows are in that order")))
                .requirement("REQ-FORMATS", r -> r
                        .title("Dates, numbers and money")
                        .statement("The system shall write dates as YYYY-MM-DD, date-times as ISO 8601 in UTC "
                                + "ending in Z, numbers with a period as decimal separator and no grouping, "
                                + "and each money amount with 2 fraction digits, followed by a field that "
                                + "holds its ISO 4217 currency code.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .rationale("Locale-formatted values ('1.234,50 €') are misread by spreadsheet "
                                + "applications set to another locale.")
                        .criterion("AC-FORMATS-1", c -> c
                                .given("a row dated 5 March 2026, created at 14:05:09 Zurich time, for an "
                                        + "amount of 1,234.5 euros")
                                .when("the analyst exports the report")
                                .then("the row holds 2026-03-05, 2026-03-05T13:05:09Z, 1234.50 and EUR"))
                        .criterion("AC-FORMATS-NEGATIVE", c -> c
                                .given("a row with a refund of 42 Swiss francs")
                                .when("the analyst exports the report")
                                .then("the row holds -42.00 and CHF")))
                .requirement("REQ-ESCAPING", r -> r
                        .title("Escaping as RFC 4180 requires")
                        .statement("The system shall enclose in double quotes every field that contains a "
                                + "comma, a double quote, a carriage return or a line feed, and shall double "
                                + "each double quote inside it, as RFC 4180 requires.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .source("RFC 4180, section 2")
                        .criterion("AC-ESCAPING-1", c -> c
                                .given("a customer named 'Smith, \"Bob\" & Sons' and 1 other row")
                                .when("the analyst exports the report")
                                .then("the field is written as \"Smith, \"\"Bob\"\" & Sons\" and a spreadsheet "
                                        + "application shows 2 rows with the name unchanged"))
                        .edgeCase("AC-ESCAPING-LINES", EdgeCaseKind.SPECIAL_CHARACTERS, c -> c
                                .given("a comment field holding 2 lines, an emoji and Arabic text")
                                .when("the analyst exports the report")
                                .then("the field is quoted, its line break is kept inside the quotes, and every "
                                        + "character round-trips exactly when the file is read back"))
                        .edgeCase("AC-ESCAPING-FORMULA", EdgeCaseKind.SPECIAL_CHARACTERS, c -> c
                                .given("a text field whose value starts with =, +, - or @, such as "
                                        + "'=HYPERLINK(\"x\")'")
                                .when("the analyst exports the report")
                                .then("the value is written with a leading apostrophe, so a spreadsheet "
                                        + "application shows it as text and evaluates 0 formulas")))
                .requirement("REQ-LONG", r -> r
                        .title("Reports of more than 10,000 rows are streamed with progress")
                        .statement("When the report has more than 10,000 rows, the system shall stream the file "
                                + "to the browser while writing it and shall show the share of rows written "
                                + "as a percentage, updated at least once per second.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .dependsOn("REQ-FILE", "REQ-PROGRESS")
                        .criterion("AC-LONG-1", c -> c
                                .given("a report with 1,000,000 rows of 12 columns")
                                .when("the analyst clicks Export CSV")
                                .then("the download starts within 2 s, the percentage rises at least once per "
                                        + "second, and the saved file has 1,000,001 lines"))
                        .edgeCase("AC-LONG-MAX", EdgeCaseKind.LARGE_DATA, c -> c
                                .given("a report with 5,000,001 rows")
                                .when("the analyst clicks Export CSV")
                                .then("no file is saved and the analyst sees 'This report has more than "
                                        + "5,000,000 rows. Narrow the filters to export it.'"))
                        .edgeCase("AC-LONG-MEMORY", EdgeCaseKind.LARGE_DATA, c -> c
                                .given("5 analysts each export a report of 5,000,000 rows at the same time")
                                .when("the exports run")
                                .then("each export holds at most 64 MB of server memory and all 5 files are "
                                        + "complete")))
                .requirement("REQ-PERMISSION", r -> r
                        .title("Only holders of the export-reports permission export")
                        .statement("The system shall show the Export CSV button only to holders of the "
                                + "export-reports permission for the report's workspace, and shall refuse "
                                + "an export request from anyone else.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .source("Data protection policy DP-7")
                        .criterion("AC-PERMISSION-1", c -> c
                                .given("an analyst holding the export-reports permission and a report with 3 "
                                        + "rows")
                                .when("the analyst clicks Export CSV")
                                .then("a file with 3 rows after its header row is saved"))
                        .edgeCase("AC-PERMISSION-VIEWER", EdgeCaseKind.PERMISSIONS, c -> c
                                .given("a viewer without the export-reports permission opens the report")
                                .when("the viewer sends an export request for it directly")
                                .then("no Export CSV button is shown, the request is refused with 0 rows sent, "
                                        + "and the refusal is written to the audit log with the viewer's id"))
                        .edgeCase("AC-PERMISSION-REVOKED", EdgeCaseKind.PERMISSIONS, c -> c
                                .given("an export of 2,000,000 rows is running")
                                .when("an administrator revokes the analyst's export-reports permission")
                                .then("the export stops within 5 s, the partial file is removed, and the "
                                        + "analyst sees 'Your permission to export this report was "
                                        + "withdrawn.'")))
                .requirement("REQ-FAILURE", r -> r
                        .title("Time-outs and failures")
                        .statement("If an export fails or writes no row for 30 s, then the system shall stop "
                                + "it, remove the partial file and tell the analyst what happened and how to "
                                + "try again.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-FAILURE-RETRY", c -> c
                                .given("an export of a report with 3 rows has just failed")
                                .when("the analyst clicks 'Try again' in the message")
                                .then("a new export starts and a file with 3 rows after its header row is "
                                        + "saved"))
                        .edgeCase("AC-FAILURE-NETWORK", EdgeCaseKind.ERROR_STATE, c -> c
                                .given("the network connection drops after 40% of a streamed export")
                                .when("the browser reports the download as interrupted")
                                .then("within 10 s the dashboard shows 'Download interrupted.' with a 'Try "
                                        + "again' button and the server removes the partial file"))
                        .failure("AC-FAILURE-TIMEOUT", c -> c
                                .given("no row has been written for 30 s")
                                .then("the analyst sees 'Export timed out after 30 s. Try again or narrow the "
                                        + "filters.' with a 'Try again' button, and the button reads 'Export "
                                        + "CSV' again"))
                        .failure("AC-FAILURE-SOURCE", c -> c
                                .given("the report's data source returns an error while rows are read")
                                .then("the analyst sees 'Export failed: the report could not be read. Try "
                                        + "again in 1 minute.' and no partial file is saved")))

                // --- Qualities and constraints --------------------------------------------------------------
                .requirement("REQ-SPEED", r -> r
                        .title("Time to download")
                        .statement("For a report of up to 10,000 rows and 20 columns, the system shall "
                                + "complete the download within 3 s of the click at the 95th percentile, on "
                                + "a 10 Mbit/s connection.")
                        .quality(QualityCategory.PERFORMANCE)
                        .priority(Priority.SHOULD).status(RequirementStatus.APPROVED)
                        .criterion("AC-SPEED-1", c -> c
                                .given("a report of 10,000 rows and 20 columns and a 10 Mbit/s connection")
                                .when("it is exported 100 times")
                                .then("at least 95 of the downloads complete within 3 s of the click")))
                .requirement("REQ-A11Y", r -> r
                        .title("Keyboard and screen-reader use")
                        .statement("The Export CSV button, its loading indicator and its messages shall meet "
                                + "WCAG 2.2 level AA: they shall be reachable by keyboard, announced by "
                                + "screen readers, and have a contrast ratio of at least 4.5:1.")
                        .quality(QualityCategory.ACCESSIBILITY)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-A11Y-1", c -> c
                                .given("a report with 3 rows and a screen reader running")
                                .when("the analyst moves the focus to Export CSV with the Tab key and presses "
                                        + "Enter")
                                .then("the export starts, and the screen reader announces 'Exporting' and then "
                                        + "'Export complete, 3 rows'")))
                .requirement("REQ-ENCODING", r -> r
                        .title("Encoding and line endings")
                        .statement("The file shall be encoded in UTF-8 with a byte-order mark and shall end "
                                + "each line with CRLF.")
                        .kind(RequirementKind.CONSTRAINT)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .rationale("Spreadsheet applications open such a file with 1 double-click, without an "
                                + "import dialog, and keep every script intact.")
                        .criterion("AC-ENCODING-1", c -> c
                                .given("a report with 2 rows")
                                .when("the analyst exports it")
                                .then("the file starts with the bytes EF BB BF and each of its 3 lines ends "
                                        + "with the bytes 0D 0A")))

                // --- Use cases --------------------------------------------------------------------------------
                .useCase("UC-EXPORT", u -> u
                        .title("Export a report as CSV")
                        .goal("The analyst has the rows of the open report in a CSV file.")
                        .primaryActor("ANALYST")
                        .trigger("The analyst clicks Export CSV.")
                        .precondition("The analyst is signed in and a report is open on the dashboard.")
                        .realizes("REQ-BUTTON", "REQ-PROGRESS", "REQ-FILE", "REQ-COLUMNS", "REQ-FORMATS",
                                "REQ-ESCAPING", "REQ-LONG", "REQ-PERMISSION", "REQ-FAILURE", "REQ-SPEED",
                                "REQ-A11Y", "REQ-ENCODING")
                        .uses("Report", "Column", "Row", "Download")
                        .step("ANALYST", "clicks Export CSV in the top-right corner of the open report")
                        .step("SYSTEM", "checks that the analyst holds the export-reports permission for the "
                                + "report's workspace")
                        .step("SYSTEM", "disables the button and shows the loading indicator on it")
                        .step("SYSTEM", "writes the headers of the visible columns in their on-screen order, "
                                + "then each row with its values formatted and escaped")
                        .step("SYSTEM", "sends the download, named [report-name]-[date].csv, to the browser")
                        .step("SYSTEM", "enables the button again and announces 'Export complete' with the "
                                + "number of rows written")
                        .alternative("A1", "The report has 0 rows", 2, a -> a
                                .step("SYSTEM", "shows 'Nothing to export: this report has no rows.' and "
                                        + "creates no download")
                                .ends())
                        .alternative("A2", "The report has more than 10,000 rows", 4, a -> a
                                .step("SYSTEM", "starts the download within 2 s and streams each row as it "
                                        + "is written")
                                .step("SYSTEM", "shows the percentage of rows written, updated at least once "
                                        + "per second")
                                .rejoinsAt(6))
                        .exception("E1", "The analyst does not hold the export-reports permission", 2, e -> e
                                .step("SYSTEM", "refuses the export, writes the refusal to the audit log and "
                                        + "shows 'You do not have permission to export this report.'")
                                .ends())
                        .exception("E2", "An export of the same report by the analyst is running", 2, e -> e
                                .step("SYSTEM", "shows 'An export of this report is already running.' and "
                                        + "starts no second download")
                                .ends())
                        .exception("E3", "The report has more than 5,000,000 rows", 2, e -> e
                                .step("SYSTEM", "shows 'This report has more than 5,000,000 rows. Narrow the "
                                        + "filters to export it.' and creates no download")
                                .ends())
                        .exception("E4", "No row is written for 30 s, or the data source fails", 4, e -> e
                                .step("SYSTEM", "stops the export and removes the partial download")
                                .step("SYSTEM", "shows what happened with a 'Try again' button")
                                .ends())
                        .businessRule("BR-1", "Only holders of the export-reports permission for the report's "
                                + "workspace export its rows.")
                        .businessRule("BR-2", "The file name is the report name in lower case, each run of "
                                + "characters other than letters and digits replaced by 1 hyphen and cut at 80 "
                                + "characters, then a hyphen, the date as YYYY-MM-DD in the analyst's time "
                                + "zone, and .csv.")
                        .businessRule("BR-3", "At most 1 export per analyst and report runs at a time.")
                        .businessRule("BR-4", "A report of more than 5,000,000 rows is not exported.")
                        .successPostcondition("The browser has saved [report-name]-[date].csv holding 1 header "
                                + "row and 1 line per row of the report.")
                        .failurePostcondition("No partial download remains on the server and the report is "
                                + "unchanged."))
                .useCase("UC-RETRY", u -> u
                        .title("Try a failed export again")
                        .goal("The analyst gets the file after an export failed or timed out.")
                        .primaryActor("ANALYST")
                        .trigger("The analyst clicks 'Try again' in a failure message.")
                        .precondition("An export of the open report has failed or timed out less than 10 "
                                + "minutes ago.")
                        .realizes("REQ-FAILURE")
                        .uses("Report", "Download")
                        .extend("UC-EXPORT")
                        .step("ANALYST", "clicks 'Try again' in the failure message")
                        .step("SYSTEM", "discards the failed download")
                        .step("SYSTEM", "starts a new export of the report with the filters and sort order it "
                                + "had when the failed export started")
                        .alternative("A1", "The analyst has changed the filters since the failure", 3, a -> a
                                .step("SYSTEM", "exports the report with its current filters instead")
                                .ends())
                        .exception("E1", "The export fails again", 3, e -> e
                                .step("SYSTEM", "shows the failure message with 'Try again' once more")
                                .ends())
                        .businessRule("BR-1", "A failed download is discarded before the new one starts, so "
                                + "at most 1 download per analyst and report exists at a time.")
                        .successPostcondition("The browser has saved the complete file.")
                        .failurePostcondition("The analyst sees the failure message with 'Try again'."))

                // --- Entity model -----------------------------------------------------------------------------
                .entity("Report", e -> e
                        .description("A named view of rows and columns on the dashboard, with its filters and "
                                + "sort order.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("name", STRING, a -> a.required().minLength(1).maxLength(120)
                                .description("The display name; the file name is derived from it."))
                        .attribute("workspaceId", IDENTIFIER, a -> a.required()
                                .description("The workspace whose export-reports permission governs export."))
                        .attribute("filters", TEXT, a -> a.description("The filters currently applied."))
                        .attribute("sortOrder", TEXT, a -> a.description("The sort order currently applied."))
                        .attribute("rowCount", INTEGER, a -> a.required().min(0)
                                .description("The number of rows after filtering."))
                        .relationship(Relationship.of("columns", "Column", RelationshipKind.COMPOSITION,
                                Cardinality.ONE_OR_MORE).withDescription("The columns, in on-screen order."))
                        .relationship(Relationship.of("rows", "Row", RelationshipKind.COMPOSITION,
                                Cardinality.ZERO_OR_MORE).withDescription("The rows, in sort order."))
                        .invariant("rowCount equals the number of rows after filtering."))
                .entity("Column", e -> e
                        .description("A column of a report.")
                        .attribute("key", STRING, a -> a.identifier().pattern("[a-z][a-z0-9_]{0,63}"))
                        .attribute("header", STRING, a -> a.required().maxLength(200)
                                .description("The header as displayed; written to the file's first row."))
                        .attribute("type", ENUM, a -> a.required()
                                .values("TEXT", "NUMBER", "DATE", "DATETIME", "MONEY"))
                        .attribute("position", INTEGER, a -> a.required().min(1)
                                .description("The on-screen position, from 1 at the left."))
                        .attribute("visible", BOOLEAN, a -> a.required()
                                .description("Hidden columns are not exported."))
                        .invariant("A MONEY column is exported as 2 fields: the amount and its currency code."))
                .entity("Row", e -> e
                        .description("A row of a report: 1 value per column.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("position", INTEGER, a -> a.required().min(1)
                                .description("The row's position in the current sort order."))
                        .attribute("values", TEXT, a -> a.required()
                                .description("The row's values, 1 per column, before formatting."))
                        .relationship("report", "Report", Cardinality.ONE))
                .entity("Download", e -> e
                        .description("One export of a report to a CSV file, from the click to the saved or "
                                + "discarded file.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("fileName", STRING, a -> a.required().maxLength(95)
                                .pattern("[\\p{Ll}\\p{Lo}\\p{N}-]{1,80}-\\d{4}-\\d{2}-\\d{2}\\.csv"))
                        .attribute("status", ENUM, a -> a.required()
                                .values("PREPARING", "STREAMING", "COMPLETE", "EMPTY", "REFUSED", "TIMED_OUT",
                                        "FAILED"))
                        .attribute("requestedBy", IDENTIFIER, a -> a.required()
                                .description("The analyst who clicked Export CSV."))
                        .attribute("requestedAt", DATETIME, a -> a.required())
                        .attribute("finishedAt", DATETIME)
                        .attribute("rowsWritten", INTEGER, a -> a.required().min(0).max(5_000_000))
                        .relationship("report", "Report", Cardinality.ONE)
                        .invariant("At most 1 download per analyst and report is PREPARING or STREAMING.")
                        .invariant("A download that is not COMPLETE leaves no file on the server."))
                .build();
    }
}
