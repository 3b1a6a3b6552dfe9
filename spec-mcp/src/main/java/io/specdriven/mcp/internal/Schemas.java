package io.specdriven.mcp.internal;

/** The JSON Schemas of the tools' inputs and outputs (draft 2020-12), as MCP lists them. */
final class Schemas {
    private Schemas() {}

    private static final String SOURCE = """
            "path": { "type": "string", "description": "a spec file under the server's root directory" },
            "spec": { "type": "string", "description": "the spec document itself, as JSON text" }""";
    private static final String PAGE = """
            "offset": { "type": "integer", "minimum": 0, "description": "skip this many entries" },
            "limit": { "type": "integer", "minimum": 1, "maximum": 200, "description": "return at most this many (default 50)" }""";
    private static final String PAGED = """
            "total": { "type": "integer" }, "offset": { "type": "integer" }, "truncated": { "type": "boolean" }""";

    static final String CHECK_IN = """
            { "type": "object", "additionalProperties": false, "properties": {
            %s,
              "profile": { "type": "string", "enum": ["basic", "standard", "strict"] },
            %s } }""".formatted(SOURCE, PAGE);
    static final String CHECK_OUT = """
            { "type": "object", "required": ["spec", "profile", "valid", "score", "counts", "findings", "total", "offset", "truncated"],
              "properties": {
                "spec": { "type": "string" }, "profile": { "type": "string" }, "valid": { "type": "boolean" },
                "score": { "type": "integer", "minimum": 0, "maximum": 100 },
                "counts": { "type": "object", "properties": { "error": { "type": "integer" }, "warning": { "type": "integer" },
                            "info": { "type": "integer" }, "waived": { "type": "integer" } } },
                "findings": { "type": "array", "items": { "type": "object", "required": ["rule", "severity", "message", "path"],
                  "properties": { "rule": { "type": "string" }, "severity": { "type": "string", "enum": ["error", "warning", "info"] },
                    "message": { "type": "string" }, "element": { "type": "string" }, "path": { "type": "string" },
                    "fix": { "type": "string" } } } },
                %s } }""".formatted(PAGED);
    static final String EXPLAIN_IN = """
            { "type": "object", "additionalProperties": false, "required": ["rule"],
              "properties": { "rule": { "type": "string", "description": "a rule id such as ref.unresolved" } } }""";
    static final String EXPLAIN_OUT = """
            { "type": "object", "required": ["rule", "explanation"],
              "properties": { "rule": { "type": "string" }, "explanation": { "type": "string", "description": "Markdown" } } }""";
    static final String ELEMENT_IN = """
            { "type": "object", "additionalProperties": false, "required": ["id"], "properties": {
            %s,
              "id": { "type": "string", "description": "the id of a requirement, criterion, use case, actor or entity" } } }""".formatted(SOURCE);
    static final String ELEMENT_OUT = """
            { "type": "object", "required": ["id", "kind", "element", "trace"],
              "properties": { "id": { "type": "string" }, "kind": { "type": "string" },
                "element": { "type": "object", "description": "the element in the specdriven JSON format" },
                "trace": { "type": "object" } } }""";
    static final String TRACE_OUT = """
            { "type": "object", "required": ["id", "kind"], "properties": { "id": { "type": "string" }, "kind": { "type": "string" } } }""";
    static final String IMPACT_IN = """
            { "type": "object", "additionalProperties": false, "properties": {
              "old_path": { "type": "string" }, "old_spec": { "type": "string" },
              "new_path": { "type": "string" }, "new_spec": { "type": "string" },
            %s } }""".formatted(PAGE);
    static final String IMPACT_OUT = """
            { "type": "object", "required": ["equal", "changes", "suspects", "totalChanges", "totalSuspects"],
              "properties": { "equal": { "type": "boolean" }, "changes": { "type": "array" }, "suspects": { "type": "array" },
                "totalChanges": { "type": "integer" }, "totalSuspects": { "type": "integer" }, %s } }""".formatted(PAGED);
    static final String RENDER_IN = """
            { "type": "object", "additionalProperties": false, "properties": {
            %s,
              "view": { "type": "string", "enum": ["markdown", "mermaid-er", "mermaid-class", "plantuml-usecase", "plantuml-class", "gherkin"] },
              "id": { "type": "string", "description": "render only this requirement" } } }""".formatted(SOURCE);
    static final String RENDER_OUT = """
            { "type": "object", "required": ["view", "text", "characters", "truncated"],
              "properties": { "view": { "type": "string" }, "text": { "type": "string" },
                "characters": { "type": "integer" }, "truncated": { "type": "boolean" } } }""";
    static final String VERIFY_IN = """
            { "type": "object", "additionalProperties": false, "required": ["results"], "properties": {
            %s,
              "results": { "type": "array", "minItems": 1, "maxItems": 50, "items": { "type": "string" },
                "description": "test results files or directories under the root: spec-junit's target/spec-results, Surefire or Cucumber reports" },
              "previous_path": { "type": "string", "description": "the spec's previous version, to tell tests that still name a renamed id" },
              "previous_spec": { "type": "string", "description": "the previous version as JSON text" },
              "fail_on": { "type": "string", "enum": ["failed", "suspect", "skipped", "untested"],
                "description": "the best status that still fails acceptance (default untested: every live criterion must pass)" },
              "status": { "type": "array", "items": { "type": "string", "enum": ["passed", "failed", "suspect", "skipped", "untested"] },
                "description": "list only the criteria with these statuses" },
            %s } }""".formatted(SOURCE, PAGE);
    static final String VERIFY_OUT = """
            { "type": "object",
              "required": ["spec", "accepted", "failOn", "specErrors", "resultsRead", "summary", "criteria", "unresolved",
                           "totalUnresolved", "orphans", "total", "offset", "truncated"],
              "properties": {
                "spec": { "type": "string" }, "version": { "type": "string" }, "accepted": { "type": "boolean" },
                "failOn": { "type": "string" }, "specErrors": { "type": "integer" }, "resultsRead": { "type": "integer" },
                "summary": { "type": "object", "properties": { "criteria": { "type": "integer" }, "passed": { "type": "integer" },
                  "failed": { "type": "integer" }, "suspect": { "type": "integer" }, "skipped": { "type": "integer" },
                  "untested": { "type": "integer" } } },
                "criteria": { "type": "array", "items": { "type": "object", "required": ["id", "status", "tests", "totalTests"],
                  "properties": { "id": { "type": "string" }, "requirement": { "type": "string" },
                    "status": { "type": "string", "enum": ["passed", "failed", "suspect", "skipped", "untested"] },
                    "tests": { "type": "array" }, "totalTests": { "type": "integer" } } } },
                "unresolved": { "type": "array", "items": { "type": "object", "required": ["id", "reason", "test"] } },
                "totalUnresolved": { "type": "integer" }, "orphans": { "type": "integer" },
                %s } }""".formatted(PAGED);
}
