@REQ-EXPORT
Feature: REQ-EXPORT Export the visible report as CSV
  When the analyst clicks *Export*, the system shall download the report as a CSV file (RFC 4180), with the visible columns in the visible order.
  As an analyst, I want to export the report I am looking at, so that I can work on it in a spreadsheet.

  @AC-EXPORT-1
  Scenario: AC-EXPORT-1
    Given a report with 3 rows and the columns Name, Amount
    When the analyst clicks Export
    Then a file `report.csv` is downloaded with a header row and 3 data rows

  @AC-EMPTY
  Scenario: AC-EMPTY (edge case: empty data)
    Given a report with no rows
    When the analyst clicks Export
    Then the file holds only the header row

  @AC-SPECIAL
  Scenario: AC-SPECIAL (edge case: special characters)
    Given a cell holding `Q1 | Sales`, a quote (") and a line break
    When the analyst clicks Export
    Then the cell is quoted, and the quote is doubled: "Q1 | Sales ""<br>"

  @AC-TIMEOUT
  Scenario: AC-TIMEOUT (failure)
    Given the report takes longer than 30 s to build
    When the analyst clicks Export
    Then the analyst sees "The export is taking long; we will e-mail it to you"
