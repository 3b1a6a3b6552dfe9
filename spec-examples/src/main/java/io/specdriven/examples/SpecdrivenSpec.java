package io.specdriven.examples;

import static io.specdriven.core.AttributeType.ENUM;
import static io.specdriven.core.AttributeType.IDENTIFIER;
import static io.specdriven.core.AttributeType.INTEGER;
import static io.specdriven.core.AttributeType.STRING;
import static io.specdriven.core.AttributeType.TEXT;

import io.specdriven.core.Cardinality;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Priority;
import io.specdriven.core.QualityCategory;
import io.specdriven.core.RelationshipKind;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;

/**
 * specdriven's own specification, written with specdriven: what the library promises its users, how they
 * use it, and the model it is built on. CI checks it with the strict profile, the way the library asks
 * its users to check theirs.
 */
final class SpecdrivenSpec {
    private SpecdrivenSpec() {}

    static Spec spec() {
        return Spec.builder("specdriven", "specdriven: specifications as checkable data")
                .version("0.1.0")
                .summary("A Java library in which a spec — requirements with acceptance criteria, use cases, "
                        + "an entity model — is immutable data that a program checks for structure, references "
                        + "and completeness in milliseconds, the same way every time, and that travels between "
                        + "tools as documents in a versioned exchange format.")
                .actor("DEVELOPER", a -> a.name("Java developer")
                        .description("Writes specs in code, validates them and embeds the library in tools."))
                .actor("AUTHOR", a -> a.name("Spec author")
                        .description("Writes and reviews spec documents in a text editor, without Java."))
                .actor("CI", a -> a.name("Build server").externalSystem()
                        .description("Runs the spec tool on every change and fails the build on findings."))
                .term("Spec", "The contract that says what done looks like: requirements, use cases, entity "
                        + "model, actors and glossary.", "specification document")
                .term("Finding", "1 problem the validator reports: rule id, severity, path, message and hint.",
                        "issue", "warning message")
                .term("Exchange format", "The versioned document format, described on the format page, in "
                        + "which specs are stored and exchanged between tools.")
                .term("Profile", "A named set of rule severities and thresholds: standard or strict.")
                .assumption("Users run Java 17 or later.")
                .outOfScope("Generating code or tests from a spec.")
                .outOfScope("Asking a language model whether a spec is complete.")

                // --- Functional requirements ---------------------------------------------------------------
                .requirement("REQ-MODEL", r -> r
                        .title("A spec is immutable data")
                        .statement("The library shall represent a spec, with its requirements, acceptance "
                                + "criteria, use cases, entities, actors and glossary, as immutable values "
                                + "whose collections keep their declared order and refuse changes.")
                        .priority(Priority.MUST).status(RequirementStatus.IMPLEMENTED)
                        .story("a Java developer", "a spec to be a value",
                                "I can share it between threads and compare it with equals")
                        .criterion("AC-MODEL-1", c -> c
                                .given("a spec built with 3 requirements")
                                .when("code tries to add a 4th requirement to the list the spec returns")
                                .then("an UnsupportedOperationException is thrown and the spec still has 3 "
                                        + "requirements"))
                        .edgeCase("AC-MODEL-SCRIPTS", EdgeCaseKind.SPECIAL_CHARACTERS, c -> c
                                .given("a requirement title in Japanese, Arabic and emoji, with combining marks")
                                .when("the spec is built, written and read back")
                                .then("the title is equal to the original, code point for code point")))
                .requirement("REQ-BUILDER", r -> r
                        .title("Fluent builders")
                        .statement("The library shall offer a builder for every element of a spec, and when a "
                                + "builder lacks required parts, build() shall fail with 1 exception that names "
                                + "every missing part.")
                        .priority(Priority.MUST).status(RequirementStatus.IMPLEMENTED)
                        .criterion("AC-BUILDER-1", c -> c
                                .given("a requirement builder with neither title nor statement")
                                .when("build() is called")
                                .then("an IllegalStateException says 'cannot build Requirement REQ-1: missing "
                                        + "title, statement'"))
                        .edgeCase("AC-BUILDER-REUSE", EdgeCaseKind.CONCURRENCY, c -> c
                                .given("a builder that has built 1 spec")
                                .when("the builder is changed and builds a 2nd spec")
                                .then("the 1st spec is unchanged")))
                .requirement("REQ-VALIDATE", r -> r
                        .title("Report every violation at once")
                        .statement("When a spec is validated, the validator shall report every violation at "
                                + "once, sorted by path and rule id, each with a stable rule id, a severity, a "
                                + "path that names elements by id, and 1 sentence saying what is wrong and what "
                                + "is expected.")
                        .priority(Priority.MUST).status(RequirementStatus.IMPLEMENTED)
                        .dependsOn("REQ-MODEL")
                        .criterion("AC-VALIDATE-1", c -> c
                                .given("a spec with a blank requirement title and a use case that realizes the "
                                        + "undefined requirement REQ-404")
                                .when("it is validated")
                                .then("the report holds exactly 2 errors, at requirements[REQ-1].title and "
                                        + "useCases[UC-1].realizes[REQ-404]"))
                        .edgeCase("AC-VALIDATE-EMPTY", EdgeCaseKind.EMPTY_DATA, c -> c
                                .given("a spec with only an id and a title")
                                .when("it is validated with the standard profile")
                                .then("the report holds 0 errors"))
                        .failure("AC-VALIDATE-RULE-THROWS", c -> c
                                .given("a custom rule throws an exception on a spec")
                                .then("the developer sees 1 finding of rule rule.failed naming the rule and the "
                                        + "exception's message, and the findings of every other rule")))
                .requirement("REQ-COMPLETENESS", r -> r
                        .title("Completeness checks with a score")
                        .statement("The validator shall check whether each requirement states its success, "
                                + "edge cases and failures, whether use cases, requirements and entities agree, "
                                + "and whether the language is testable, and shall score the spec from 0 to "
                                + "100.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .dependsOn("REQ-VALIDATE")
                        .criterion("AC-COMPLETENESS-1", c -> c
                                .given("a requirement whose statement says the export shall be 'fast'")
                                .when("the spec is validated with the standard profile")
                                .then("1 finding lang.vague-term points at the statement, quotes 'fast' and "
                                        + "suggests a number with a unit")
                                .waive("lang.vague-term", "The criterion quotes the vague word the rule must "
                                        + "find; it does not use it."))
                        .criterion("AC-COMPLETENESS-PROFILE", c -> c
                                .given("a spec with 1 functional requirement without a SUCCESS criterion")
                                .when("it is validated with the strict profile")
                                .then("the finding is an ERROR and the score is below 100")))
                .requirement("REQ-WAIVER", r -> r
                        .title("Waive a finding with a reason")
                        .statement("When an element carries a waiver for a rule, the validator shall report "
                                + "that rule's findings on the element separately as waived, with the reason, "
                                + "and shall report a waiver that matches 0 findings.")
                        .priority(Priority.SHOULD).status(RequirementStatus.APPROVED)
                        .dependsOn("REQ-COMPLETENESS")
                        .criterion("AC-WAIVER-1", c -> c
                                .given("a requirement with 1 vague term and a waiver for lang.vague-term")
                                .when("the spec is validated")
                                .then("the finding is listed under waived with the waiver's reason and 0 "
                                        + "findings remain open")))
                .requirement("REQ-FORMAT", r -> r
                        .title("Versioned exchange format")
                        .statement("The library shall read and write specs in the exchange format, and writing "
                                + "equal specs shall produce byte-identical documents.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .dependsOn("REQ-MODEL")
                        .criterion("AC-FORMAT-1", c -> c
                                .given("each of the 4 example specs")
                                .when("it is written, read back and written again")
                                .then("the 2 documents are byte-identical and the spec read back equals the "
                                        + "original"))
                        .edgeCase("AC-FORMAT-LARGE", EdgeCaseKind.LARGE_DATA, c -> c
                                .given("a spec with 10,000 requirements")
                                .when("it is written and read back")
                                .then("both take at most 10 times as long as for 1,000 requirements"))
                        .failure("AC-FORMAT-ERROR", c -> c
                                .given("a document whose requirement 3 has the priority 'MUSTT'")
                                .then("the author sees 1 line: file, line and column, the path "
                                        + "requirements[2].priority and the 4 allowed values")))
                .requirement("REQ-TOOL", r -> r
                        .title("The spec tool for build servers")
                        .statement("When the spec tool checks files, it shall print the findings of each file "
                                + "grouped by element, then its score, and shall exit with 0, 1, 2 or 64 "
                                + "as the format page documents.")
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .dependsOn("REQ-FORMAT", "REQ-COMPLETENESS")
                        .criterion("AC-TOOL-1", c -> c
                                .given("a spec file with 1 error")
                                .when("the build server runs 'spec check' on it")
                                .then("the error is printed under its element and the exit code is 1"))
                        .edgeCase("AC-TOOL-UNREADABLE", EdgeCaseKind.ERROR_STATE, c -> c
                                .given("3 files, the 2nd of which does not exist")
                                .when("the build server runs 'spec check' on them")
                                .then("all 3 are checked or reported, stderr holds 'missing.json: no such "
                                        + "file', and the exit code is 2"))
                        .edgeCase("AC-TOOL-SECRET", EdgeCaseKind.PERMISSIONS, c -> c
                                .given("a spec file the build server's account may not read")
                                .when("the build server runs 'spec check' on it")
                                .then("stderr names the file and says it cannot be read, and the exit code is "
                                        + "2")))

                // --- Quality requirements and constraints -------------------------------------------------
                .requirement("QR-LINEAR", r -> r
                        .title("Validation time grows linearly")
                        .statement("The validator shall check a spec of 10,000 requirements within 2 s on 1 "
                                + "core after warm-up, and no rule shall compare all pairs of elements.")
                        .quality(QualityCategory.PERFORMANCE)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-LINEAR-1", c -> c
                                .given("specs of 1,000 and 10,000 generated requirements")
                                .when("each is validated 5 times after warm-up")
                                .then("the median time for 10,000 is below 2 s and at most 15 times the "
                                        + "median for 1,000")))
                .requirement("QR-DETERMINISM", r -> r
                        .title("Same spec, same report")
                        .statement("Validating the same spec any number of times shall produce equal reports, "
                                + "with findings in the same order, in 100% of runs on Java 17 and every later "
                                + "release.")
                        .quality(QualityCategory.RELIABILITY)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-DETERMINISM-1", c -> c
                                .given("the flawed example spec")
                                .when("it is validated 2 times on Java 17 and 2 times on Java 25")
                                .then("the 4 reports are equal")))
                .requirement("QR-HOSTILE", r -> r
                        .title("Hostile documents are refused in bounded time")
                        .statement("If a document is nested more than 1,000 levels deep, holds a string longer "
                                + "than the documented limit or is not text, then the reader shall refuse it "
                                + "within 5 s with 1 error and without exhausting the stack or heap.")
                        .quality(QualityCategory.SECURITY)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-HOSTILE-1", c -> c
                                .given("a document of 100,000 nested arrays")
                                .when("it is read")
                                .then("the reader refuses it within 5 s, naming the line and column where it stops being a spec")))
                .requirement("QR-STARTUP", r -> r
                        .title("Checking a small spec from the command line")
                        .statement("The spec tool shall check a spec of up to 50 requirements within 1 s of "
                                + "wall time after the virtual machine has started.")
                        .quality(QualityCategory.PERFORMANCE)
                        .priority(Priority.SHOULD).status(RequirementStatus.APPROVED)
                        .criterion("AC-STARTUP-1", c -> c
                                .given("the csv-export example file")
                                .when("'spec check' runs on it 5 times")
                                .then("each run ends within 2 s of its start, virtual machine start-up "
                                        + "included")))
                .requirement("CON-JAVA", r -> r
                        .title("Java 17 and the module path")
                        .statement("The library shall run on Java 17 and every later release, on the class "
                                + "path and on the module path.")
                        .kind(RequirementKind.CONSTRAINT)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .criterion("AC-JAVA-1", c -> c
                                .given("the test suite")
                                .when("CI runs it on Java 17 and on Java 25")
                                .then("both runs pass with 0 failures")))
                .requirement("CON-LICENSE", r -> r
                        .title("Permissive dependencies only")
                        .statement("The library shall depend at run time only on libraries under the Apache "
                                + "2.0, MIT or Eclipse Public 2.0 licences.")
                        .kind(RequirementKind.CONSTRAINT)
                        .priority(Priority.MUST).status(RequirementStatus.APPROVED)
                        .rationale("Users embed the library in closed-source tools.")
                        .criterion("AC-LICENSE-1", c -> c
                                .given("the run-time dependencies of the 3 modules")
                                .then("each of them is licensed under 1 of the 3 licences")))

                // --- Use cases -----------------------------------------------------------------------------
                .useCase("UC-WRITE", u -> u
                        .title("Write a spec in code")
                        .goal("The developer has a spec as a value in a Java program.")
                        .primaryActor("DEVELOPER")
                        .precondition("The project depends on spec-core.")
                        .realizes("REQ-MODEL", "REQ-BUILDER", "CON-JAVA", "CON-LICENSE")
                        .uses("Spec", "Requirement", "Criterion", "Entity", "Actor")
                        .step("DEVELOPER", "starts a spec builder with an id and a title")
                        .step("DEVELOPER", "adds actors, and a requirement with a success criterion, an edge "
                                + "case and a failure criterion")
                        .step("DEVELOPER", "adds use cases and the entities they use")
                        .step("DEVELOPER", "calls build()")
                        .step("SYSTEM", "returns the immutable spec")
                        .alternative("A1", "The developer starts from an existing spec", 1, a -> a
                                .step("DEVELOPER", "calls toBuilder() on the spec")
                                .rejoinsAt(2))
                        .exception("E1", "A required part is missing", 4, e -> e
                                .step("SYSTEM", "throws 1 exception naming every missing part")
                                .rejoinsAt(2))
                        .businessRule("BR-1", "Requirements, criteria, use cases, actors and entities share 1 "
                                + "id space per spec.")
                        .successPostcondition("The developer holds an immutable spec.")
                        .failurePostcondition("No spec was built and no builder state leaked into another spec."))
                .useCase("UC-VALIDATE", u -> u
                        .title("Validate a spec")
                        .goal("The developer knows every problem of a spec at once.")
                        .primaryActor("DEVELOPER")
                        .precondition("The developer holds a spec.")
                        .realizes("REQ-VALIDATE", "REQ-COMPLETENESS", "QR-LINEAR", "QR-DETERMINISM")
                        .uses("Spec", "Rule", "Finding", "Report")
                        .step("DEVELOPER", "builds a validator with a profile, or takes the standard one")
                        .step("DEVELOPER", "validates the spec")
                        .step("SYSTEM", "runs every rule and collects each finding with its path and hint")
                        .step("SYSTEM", "returns the report, sorted, with the score and its breakdown")
                        .alternative("A1", "The developer wants an exception on errors", 4, a -> a
                                .step("DEVELOPER", "calls orThrow() on the report")
                                .step("SYSTEM", "throws an exception listing the first 20 errors and a count of "
                                        + "the rest")
                                .ends())
                        .exception("E1", "A rule throws", 3, e -> e
                                .step("SYSTEM", "records a finding of rule.failed for it and runs the other rules")
                                .rejoinsAt(4))
                        .businessRule("BR-1", "A finding's rule id never changes once published.")
                        .successPostcondition("The developer holds a report with every finding."))
                .useCase("UC-EXCHANGE", u -> u
                        .title("Store a spec as a document")
                        .goal("A spec travels between code, repositories and tools without loss.")
                        .primaryActor("AUTHOR")
                        .secondaryActor("DEVELOPER")
                        .realizes("REQ-FORMAT", "QR-HOSTILE")
                        .uses("Spec")
                        .step("DEVELOPER", "writes the spec to a document in the exchange format")
                        .step("AUTHOR", "edits the document in an editor that completes fields from the "
                                + "published schema")
                        .step("DEVELOPER", "reads the document back into a spec")
                        .exception("E1", "The document is malformed", 3, e -> e
                                .step("SYSTEM", "refuses it with 1 error naming file, line, column and path")
                                .ends())
                        .alternative("A1", "The document was written by a newer release", 3, a -> a
                                .step("SYSTEM", "refuses it, naming both format versions")
                                .ends())
                        .businessRule("BR-1", "Equal specs produce byte-identical documents.")
                        .successPostcondition("The spec read back equals the spec written."))
                .useCase("UC-CHECK", u -> u
                        .title("Check specs on every build")
                        .goal("A change that makes a spec incomplete fails the build.")
                        .primaryActor("CI")
                        .trigger("A change is pushed.")
                        .realizes("REQ-TOOL", "QR-STARTUP")
                        .uses("Spec", "Finding", "Report")
                        .step("CI", "runs 'spec check' with the strict profile on every spec file of the "
                                + "repository")
                        .step("SYSTEM", "reads and validates each spec file with 1 validator")
                        .step("SYSTEM", "prints each report grouped by element, with its score")
                        .step("SYSTEM", "exits with 1 if a finding is at or above the fail-on level, else 0")
                        .alternative("A1", "The build server asks for machine-readable output", 3, a -> a
                                .step("SYSTEM", "prints 1 document holding every report")
                                .rejoinsAt(4))
                        .exception("E1", "A file cannot be read or is not a spec document", 2, e -> e
                                .step("SYSTEM", "prints 1 line on stderr with file, line, column and message, "
                                        + "checks the other files and exits with 2")
                                .ends())
                        .businessRule("BR-1", "With 2 or more files, every file is checked and the highest exit "
                                + "code wins.")
                        .successPostcondition("The build passes or fails on the findings, and the log shows "
                                + "them."))
                .useCase("UC-WAIVE", u -> u
                        .title("Accept a finding with a reason")
                        .goal("A finding the team accepts stops failing the build and stays visible.")
                        .primaryActor("AUTHOR")
                        .realizes("REQ-WAIVER")
                        .uses("Waiver", "Finding", "Requirement", "Rule")
                        .step("AUTHOR", "adds a waiver with the rule id and a reason to the requirement")
                        .step("SYSTEM", "lists the matching finding as waived, with the reason")
                        .exception("E1", "The waiver matches no finding", 2, e -> e
                                .step("SYSTEM", "records the unused waiver as a finding")
                                .ends())
                        .businessRule("BR-1", "A waiver needs a reason of at least 1 word.")
                        .successPostcondition("The finding is listed as waived and not counted against the "
                                + "fail-on level."))

                // --- Entity model --------------------------------------------------------------------------
                .entity("Spec", e -> e
                        .description("The contract: the root of the model.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("title", STRING, a -> a.required().maxLength(200))
                        .attribute("version", STRING, a -> a.maxLength(100))
                        .relationship("actors", "Actor", RelationshipKind.COMPOSITION, Cardinality.ZERO_OR_MORE)
                        .relationship("requirements", "Requirement", RelationshipKind.COMPOSITION,
                                Cardinality.ZERO_OR_MORE)
                        .relationship("entities", "Entity", RelationshipKind.COMPOSITION,
                                Cardinality.ZERO_OR_MORE)
                        .invariant("Ids are unique across requirements, criteria, use cases, actors and "
                                + "entities."))
                .entity("Requirement", e -> e
                        .description("1 statement of intent or constraint.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("title", STRING, a -> a.required().maxLength(200))
                        .attribute("statement", TEXT, a -> a.required().maxLength(4000))
                        .attribute("kind", ENUM, a -> a.required().values("FUNCTIONAL", "QUALITY", "CONSTRAINT"))
                        .attribute("priority", ENUM, a -> a.values("MUST", "SHOULD", "COULD", "WONT"))
                        .attribute("status", ENUM, a -> a.required().values("DRAFT", "PROPOSED", "APPROVED",
                                "IMPLEMENTED", "VERIFIED", "SUPERSEDED", "REJECTED"))
                        .relationship("criteria", "Criterion", RelationshipKind.COMPOSITION,
                                Cardinality.ZERO_OR_MORE)
                        .relationship("waivers", "Waiver", RelationshipKind.COMPOSITION, Cardinality.ZERO_OR_MORE))
                .entity("Criterion", e -> e
                        .description("An acceptance criterion: a success, an edge case or a failure.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("category", ENUM, a -> a.required().values("SUCCESS", "EDGE_CASE", "FAILURE"))
                        .attribute("edgeCase", ENUM, a -> a.values("EMPTY_DATA", "LARGE_DATA",
                                "SPECIAL_CHARACTERS", "CONCURRENCY", "PERMISSIONS", "ERROR_STATE", "OTHER"))
                        .attribute("then", TEXT, a -> a.maxLength(2000)
                                .description("The observable outcome; for a failure, what the user experiences."))
                        .invariant("edgeCase is present exactly when the category is EDGE_CASE."))
                .entity("Entity", e -> e
                        .description("A concept of the domain with typed attributes and relationships.")
                        .attribute("name", IDENTIFIER, a -> a.identifier())
                        .attribute("description", TEXT, a -> a.maxLength(4000))
                        .relationship("targets", "Entity", Cardinality.ZERO_OR_MORE))
                .entity("Actor", e -> e
                        .description("A person in a role, or an external system.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("name", STRING, a -> a.required().maxLength(200))
                        .attribute("kind", ENUM, a -> a.required().values("HUMAN", "EXTERNAL_SYSTEM")))
                .entity("Rule", e -> e
                        .description("A check the validator runs, built in or supplied by the embedder.")
                        .attribute("id", STRING, a -> a.identifier().pattern("[a-z]+(\\.[a-z-]+)+"))
                        .attribute("description", TEXT, a -> a.required()))
                .entity("Finding", e -> e
                        .description("1 problem found by 1 rule at 1 path.")
                        .attribute("ruleId", STRING, a -> a.identifier())
                        .attribute("severity", ENUM, a -> a.required().values("ERROR", "WARNING", "INFO"))
                        .attribute("path", STRING, a -> a.required()
                                .description("Names elements by id, such as requirements[REQ-7].statement."))
                        .attribute("message", TEXT, a -> a.required())
                        .relationship("rule", "Rule", Cardinality.ONE))
                .entity("Report", e -> e
                        .description("Everything 1 validation found.")
                        .attribute("id", IDENTIFIER, a -> a.identifier())
                        .attribute("score", INTEGER, a -> a.required().min(0).max(100))
                        .relationship("findings", "Finding", RelationshipKind.COMPOSITION,
                                Cardinality.ZERO_OR_MORE)
                        .relationship("spec", "Spec", Cardinality.ONE))
                .entity("Waiver", e -> e
                        .description("An accepted finding, with its reason.")
                        .attribute("ruleId", STRING, a -> a.identifier())
                        .attribute("reason", TEXT, a -> a.required().minLength(1)))
                .build();
    }
}
