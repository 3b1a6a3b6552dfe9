package io.specdriven.json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Documents every reader must refuse, each with the exact one-line message and JSON Pointer it must
 * give. Shared by the reader test and the schema agreement test.
 */
final class MalformedCorpus {
    private MalformedCorpus() {}

    /** Whether an independent JSON Schema validator can see the fault. */
    enum Schema {
        /** The text parses as JSON and the schema rejects it. */
        REJECTS,
        /** The input is not (strict, UTF-8) JSON at all, so no schema validation can accept it. */
        NOT_JSON,
        /**
         * Standard JSON that the schema accepts but the reader refuses: a bound (limits, the exponent range)
         * or a rule (duplicate names, unpaired surrogates) a schema cannot express; the reason is in the
         * case's name.
         */
        READER_ONLY
    }

    /**
     * One malformed document.
     *
     * @param name what is wrong
     * @param bytes the document
     * @param message the exact {@code getMessage()} the reader gives (source name "x.spec.json")
     * @param pointer the exact JSON Pointer
     * @param schema what the schema side does
     */
    record Case(String name, byte[] bytes, String message, String pointer, Schema schema) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** The start of a valid document, to append fields to; close it with "}". */
    static final String HEAD = "{\n  \"specFormat\": 1,\n  \"id\": \"s\",\n  \"title\": \"T\",\n";
    /** A complete valid document, to replace a value in. */
    static final String DOC = HEAD + "  \"version\": \"1\"\n}";
    /** Ids as real tools write them (issue 9): every one is valid for the reader and the schema alike. */
    static final List<String> REAL_IDS = List.of("FR-001", "1.1", "UC-003", "dsn~cli-option-parsing~2",
            "Validate all specs in one run", "Order Line", "Größe", "a/b", "..", "-REQ", "½-1", "user@example");

    static List<Case> all() {
        List<Case> c = new ArrayList<>();
        // --- not a spec at the top level
        c.add(text("empty document", "", "1:1: expected a JSON object describing a spec, found an empty document",
                "", Schema.NOT_JSON));
        c.add(text("only white space", "  \n\t\n", "3:1: expected a JSON object describing a spec, found an empty document",
                "", Schema.NOT_JSON));
        c.add(text("null at the top level", "null",
                "1:1: expected a JSON object describing a spec, found null", "", Schema.REJECTS));
        c.add(text("array at the top level", "[{\"specFormat\": 1}]",
                "1:1: expected a JSON object describing a spec, found an array", "", Schema.REJECTS));
        c.add(text("string at the top level", "\"my spec\"",
                "1:1: expected a JSON object describing a spec, found a string", "", Schema.REJECTS));
        // --- non-standard JSON
        c.add(text("line comment", HEAD + "  // a comment\n  \"version\": \"1\"\n}",
                "5:3: comments are not allowed in JSON", "", Schema.NOT_JSON));
        c.add(text("block comment", "{ /* spec */ \"specFormat\": 1, \"id\": \"s\", \"title\": \"T\" }",
                "1:3: comments are not allowed in JSON", "", Schema.NOT_JSON));
        c.add(text("single quotes", "{\n  'specFormat': 1\n}",
                "2:3: strings and field names must be enclosed in double quotes, not single quotes", "",
                Schema.NOT_JSON));
        c.add(text("unquoted field name", "{\n  specFormat: 1\n}", "2:3: expected a field name in double quotes", "",
                Schema.NOT_JSON));
        c.add(text("trailing comma in an object", HEAD.replace("\"T\",\n", "\"T\",\n}"),
                "5:1: expected a field name after ',' (JSON allows no trailing comma)", "", Schema.NOT_JSON));
        c.add(text("trailing comma in an array", HEAD + "  \"assumptions\": [\"a\",]\n}",
                "5:23: assumptions: expected a value after ',' (JSON allows no trailing comma)", "/assumptions",
                Schema.NOT_JSON));
        c.add(text("a second object after the spec", HEAD + "  \"version\": \"1\"\n}\n{}",
                "7:1: unexpected content after the end of the spec; a document holds exactly one JSON object", "",
                Schema.NOT_JSON));
        c.add(text("garbage after the spec", HEAD + "  \"version\": \"1\"\n} trailing",
                "6:3: unexpected content after the end of the spec; a document holds exactly one JSON object", "",
                Schema.NOT_JSON));
        c.add(text("truncated document", HEAD + "  \"requirements\": [\n    {\"id\": \"R1\"",
                "6:16: requirements[0]: the document ends before the JSON is complete", "/requirements/0",
                Schema.NOT_JSON));
        c.add(text("NaN", HEAD + "  \"entities\": [{\"name\": \"E\", \"attributes\": [{\"name\": \"a\", \"type\": \"DECIMAL\", \"min\": NaN}]}]\n}",
                "5:88: entities[0].attributes[0].min: NaN and Infinity are not JSON numbers",
                "/entities/0/attributes/0/min", Schema.NOT_JSON));
        c.add(text("leading zero", HEAD + "  \"useCases\": [{\"id\": \"U\", \"title\": \"t\", \"mainFlow\": [{\"number\": 01}]}]\n}",
                "5:67: useCases[0].mainFlow[0].number: a number must not start with a leading zero",
                "/useCases/0/mainFlow/0/number", Schema.NOT_JSON));
        c.add(text("raw line break inside a string", DOC.replace("\"T\"", "\"two\nlines\""),
                "4:16: title: a control character U+000A inside a string must be escaped, as \\n, \\t or \\u00XX",
                "/title", Schema.NOT_JSON));
        c.add(text("invalid escape", DOC.replace("\"T\"", "\"C:\\\\dir\\x\""),
                "4:21: title: invalid escape in a string: only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are JSON escapes",
                "/title", Schema.NOT_JSON));
        // --- encodings and binary
        c.add(new Case("UTF-16LE with a byte-order mark", utf16le(HEAD + "}", true),
                "x.spec.json:1:1: the document is encoded as UTF-16LE (it starts with a byte-order mark); specdriven JSON must be UTF-8",
                "", Schema.NOT_JSON));
        c.add(new Case("UTF-16BE without a byte-order mark", (HEAD + "}").getBytes(StandardCharsets.UTF_16BE),
                "x.spec.json:1:1: the document is encoded as UTF-16BE; specdriven JSON must be UTF-8", "",
                Schema.NOT_JSON));
        c.add(new Case("two byte-order marks", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("\uFEFF" + DOC).getBytes(StandardCharsets.UTF_8)),
                "x.spec.json:1:1: unexpected byte-order mark U+FEFF; a document may start with one, but not repeat it"
                        + " or hold it elsewhere", "", Schema.NOT_JSON));
        c.add(new Case("invalid UTF-8", concat(HEAD.replace("\"T\",\n", "\"caf").getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE9, '"', '\n', '}'}),
                "x.spec.json:4:16: the document is not valid UTF-8: byte 0xE9 at byte offset 49 cannot start or continue a character; specdriven JSON must be UTF-8",
                "", Schema.NOT_JSON));
        c.add(new Case("a megabyte of binary", binary(1 << 20),
                "x.spec.json:1:1: the document is not valid UTF-8: byte 0x8F at byte offset 0 cannot start or continue a character; specdriven JSON must be UTF-8",
                "", Schema.NOT_JSON));
        c.add(new Case("binary data starting 00 01, found in review", new byte[] {0, 1, 2, 3, (byte) 0xFF, 0x7B},
                "x.spec.json:1:1: the document is binary data, not UTF-8 text (it starts with the bytes 00 01 02 03);"
                        + " specdriven JSON must be UTF-8", "", Schema.NOT_JSON));
        c.add(new Case("binary data starting 7B 00 FF", new byte[] {0x7B, 0, (byte) 0xFF, 0},
                "x.spec.json:1:1: the document is binary data, not UTF-8 text (it starts with the bytes 7B 00 FF 00);"
                        + " specdriven JSON must be UTF-8", "", Schema.NOT_JSON));
        c.add(new Case("NUL bytes", "{ \u0000 }".getBytes(StandardCharsets.UTF_8),
                "x.spec.json:1:3: unexpected control character U+0000 (is this a binary file?)", "",
                Schema.NOT_JSON));
        c.add(text("five megabytes of garbage", "garbage ".repeat(640 * 1024),
                "1:1: not JSON: unrecognized token 'garbage'; expected a string, number, object, array, true, false or null",
                "", Schema.NOT_JSON));
        c.add(text("unpaired surrogate", DOC.replace("\"T\"", "\"\\uD800\""),
                "4:12: title: the string contains an unpaired surrogate \\uD800 at index 0, which is not Unicode text",
                "/title", Schema.READER_ONLY));
        // --- the format's fields
        c.add(text("misspelt field", HEAD + "  \"sumary\": \"x\"\n}",
                "5:3: sumary: unknown field 'sumary' in a spec (did you mean 'summary'?)", "/sumary", Schema.REJECTS));
        c.add(text("swapped letters in a nested field", HEAD
                + "  \"requirements\": [{\"id\": \"R\", \"title\": \"t\", \"statment\": \"s\"}]\n}",
                "5:46: requirements[0].statment: unknown field 'statment' in a requirement (did you mean 'statement'?)",
                "/requirements/0/statment", Schema.REJECTS));
        c.add(text("snake_case field", HEAD + "  \"requirements\": [{\"id\": \"R\", \"title\": \"t\", \"statement\": \"s\","
                        + " \"criteria\": [{\"id\": \"A\", \"edge_case\": \"OTHER\"}]}]\n}",
                "5:89: requirements[0].criteria[0].edge_case: unknown field 'edge_case' in an acceptance criterion (did you mean 'edgeCase'?)",
                "/requirements/0/criteria/0/edge_case", Schema.REJECTS));
        c.add(text("unknown field with nothing close", HEAD + "  \"glossary\": [{\"term\": \"t\", \"definition\": \"d\", \"x\": 1}]\n}",
                "5:49: glossary[0].x: unknown field 'x' in a glossary term; expected term, definition, avoid",
                "/glossary/0/x", Schema.REJECTS));
        c.add(text("duplicate field, legal RFC 8259 JSON that only the reader refuses", HEAD + "  \"title\": \"again\"\n}",
                "5:3: title: duplicate field 'title' in a spec", "/title", Schema.READER_ONLY));
        c.add(text("duplicate field in a nested object, legal RFC 8259 JSON that only the reader refuses", HEAD
                        + "  \"actors\": [{\"id\": \"A\", \"name\": \"n\", \"id\": \"B\"}]\n}",
                "5:39: actors[0].id: duplicate field 'id' in an actor", "/actors/0/id", Schema.READER_ONLY));
        c.add(text("number for a string", DOC.replace("\"T\"", "42"),
                "4:12: title: expected a string, found a number", "/title", Schema.REJECTS));
        c.add(text("number for an id", DOC.replace("\"s\"", "7"),
                "3:9: id: expected a string, found a number", "/id", Schema.REJECTS));
        c.add(text("single object for a list", HEAD + "  \"actors\": {\"id\": \"A\", \"name\": \"n\"}\n}",
                "5:13: actors: expected an array of actors, found an object", "/actors", Schema.REJECTS));
        c.add(text("single string for a list", HEAD + "  \"assumptions\": \"online\"\n}",
                "5:18: assumptions: expected an array of strings, found a string", "/assumptions", Schema.REJECTS));
        c.add(text("null for an optional field", HEAD + "  \"version\": null\n}",
                "5:14: version: expected a string, found null; leave the field out instead of writing null",
                "/version", Schema.REJECTS));
        c.add(text("string for a boolean", HEAD + "  \"entities\": [{\"name\": \"E\", \"attributes\": [{\"name\": \"a\","
                        + " \"type\": \"STRING\", \"required\": \"true\"}]}]\n}",
                "5:89: entities[0].attributes[0].required: expected true or false, found a string",
                "/entities/0/attributes/0/required", Schema.REJECTS));
        c.add(text("misspelt enum value", HEAD + "  \"requirements\": [\n    {\n      \"id\": \"R\",\n      \"title\": \"t\","
                        + "\n      \"statement\": \"s\",\n      \"priority\": \"MUSTT\"\n    }\n  ]\n}",
                "10:19: requirements[0].priority: 'MUSTT' is not one of MUST, SHOULD, COULD, WONT, HIGH, MEDIUM, LOW, P1, P2, P3, P4, P5 (did you mean MUST?)",
                "/requirements/0/priority", Schema.REJECTS));
        c.add(text("enum value in lower case", HEAD + "  \"actors\": [{\"id\": \"A\", \"name\": \"n\", \"kind\": \"human\"}]\n}",
                "5:47: actors[0].kind: 'human' is not one of HUMAN, EXTERNAL_SYSTEM (did you mean HUMAN?)",
                "/actors/0/kind", Schema.REJECTS));
        c.add(text("cardinality alias", HEAD + "  \"entities\": [{\"name\": \"E\", \"relationships\": [{\"name\": \"r\","
                        + " \"target\": \"F\", \"cardinality\": \"*\"}]}]\n}",
                "5:92: entities[0].relationships[0].cardinality: '*' is not one of 1, 0..1, 0..*, 1..*",
                "/entities/0/relationships/0/cardinality", Schema.REJECTS));
        c.add(text("fraction for an integer", HEAD + "  \"useCases\": [{\"id\": \"U\", \"title\": \"t\", \"mainFlow\":"
                        + " [{\"number\": 1.5, \"actor\": \"A\", \"action\": \"x\"}]}]\n}",
                "5:66: useCases[0].mainFlow[0].number: expected an integer from -2147483648 to 2147483647, found '1.5'",
                "/useCases/0/mainFlow/0/number", Schema.REJECTS));
        c.add(text("integer beyond int", HEAD + "  \"useCases\": [{\"id\": \"U\", \"title\": \"t\", \"flows\": [{\"id\": \"F\","
                        + " \"kind\": \"EXCEPTION\", \"title\": \"f\", \"branchesFrom\": 3000000000}]}]\n}",
                "5:115: useCases[0].flows[0].branchesFrom: expected an integer from -2147483648 to 2147483647, found '3000000000'",
                "/useCases/0/flows/0/branchesFrom", Schema.REJECTS));
        // a requirement needs only its id since issue 9 (title and statement are optional): an actor shows it
        c.add(text("missing required fields", HEAD + "  \"actors\": [\n    {\"kind\": \"HUMAN\"}\n  ]\n}",
                "6:5: actors[0]: missing required fields 'id', 'name' in an actor",
                "/actors/0", Schema.REJECTS));
        c.add(text("number for the steps of a criterion, issue 9", HEAD + "  \"requirements\": [{\"id\": \"R\","
                        + " \"criteria\": [{\"id\": \"A\", \"given\": 3}]}]\n}",
                "5:66: requirements[0].criteria[0].given: expected a string or an array of strings, found a number",
                "/requirements/0/criteria/0/given", Schema.REJECTS));
        c.add(text("empty list of steps, issue 9", HEAD + "  \"requirements\": [{\"id\": \"R\","
                        + " \"criteria\": [{\"id\": \"A\", \"then\": []}]}]\n}",
                "5:65: requirements[0].criteria[0].then: expected at least one step: write one string, or leave the field out",
                "/requirements/0/criteria/0/then", Schema.REJECTS));
        c.add(text("number among the steps of a criterion, issue 9", HEAD + "  \"requirements\": [{\"id\": \"R\","
                        + " \"criteria\": [{\"id\": \"A\", \"then\": [\"shown\", 2]}]}]\n}",
                "5:75: requirements[0].criteria[0].then[1]: expected a string, found a number",
                "/requirements/0/criteria/0/then/1", Schema.REJECTS));
        c.add(text("single id for the requirements a criterion verifies, issue 9", HEAD + "  \"criteria\": [{\"id\": \"SC-1\","
                        + " \"verifies\": \"R\"}]\n}",
                "5:43: criteria[0].verifies: expected an array of ids, found a string",
                "/criteria/0/verifies", Schema.REJECTS));
        c.add(text("story without id, issue 9", HEAD + "  \"stories\": [\n    {\"title\": \"Browse\"}\n  ]\n}",
                "6:5: stories[0]: missing required field 'id' in a story", "/stories/0", Schema.REJECTS));
        c.add(text("priority of a story in lower case, issue 9", HEAD + "  \"stories\": [{\"id\": \"US1\", \"priority\": \"p1\"}]\n}",
                "5:41: stories[0].priority: 'p1' is not one of MUST, SHOULD, COULD, WONT, HIGH, MEDIUM, LOW, P1, P2, P3, P4, P5 (did you mean P1?)",
                "/stories/0/priority", Schema.REJECTS));
        c.add(text("number for an optional title of a requirement, issue 9", HEAD + "  \"requirements\": [{\"id\": \"R\","
                        + " \"title\": 5}]\n}",
                "5:41: requirements[0].title: expected a string, found a number",
                "/requirements/0/title", Schema.REJECTS));
        c.add(text("missing specFormat", "{\n  \"id\": \"s\",\n  \"title\": \"T\"\n}",
                "1:1: missing required field 'specFormat' in a spec", "", Schema.REJECTS));
        c.add(text("newer specFormat", "{\n  \"specFormat\": 2,\n  \"id\": \"s\",\n  \"title\": \"T\"\n}",
                "2:17: specFormat: this document has specFormat 2, but this version of specdriven reads only specFormat 1; upgrade specdriven to read it",
                "/specFormat", Schema.REJECTS));
        c.add(text("newer specFormat after a field this version does not know", "{\n  \"id\": \"s\",\n  \"title\": \"T\",\n"
                        + "  \"traceability\": {\"mode\": \"strict\"},\n  \"specFormat\": 3\n}",
                "5:17: specFormat: this document has specFormat 3, but this version of specdriven reads only specFormat 1; upgrade specdriven to read it",
                "/specFormat", Schema.REJECTS));
        c.add(text("specFormat as a string", "{\n  \"specFormat\": \"1\"\n}",
                "2:17: specFormat: expected the format version as an integer, such as 1, found a string", "/specFormat",
                Schema.REJECTS));
        c.add(text("specFormat zero", "{\n  \"specFormat\": 0\n}",
                "2:17: specFormat: specFormat 0 does not exist; the first format version is 1", "/specFormat",
                Schema.REJECTS));
        c.add(text("specFormat far below any version, found in review", "{\n  \"specFormat\": -99999999999999999999\n}",
                "2:17: specFormat: specFormat -99999999999999999999 is out of range; the format version is a small"
                        + " positive integer, such as 1", "/specFormat", Schema.REJECTS));
        c.add(text("specFormat beyond an int", "{\n  \"specFormat\": 99999999999999999999\n}",
                "2:17: specFormat: specFormat 99999999999999999999 is out of range; the format version is a small"
                        + " positive integer, such as 1", "/specFormat", Schema.REJECTS));
        c.add(text("id with trailing white space, issue 9", HEAD + "  \"requirements\": [{\"id\": \"REQ 1 \", \"title\": \"t\", \"statement\": \"s\"}]\n}",
                "5:27: requirements[0].id: invalid id 'REQ 1 ': it ends with white space; remove it",
                "/requirements/0/id", Schema.REJECTS));
        c.add(text("id with leading no-break space, issue 9", HEAD + "  \"requirements\": [{\"id\": \"\\u00a0REQ\", \"title\": \"t\", \"statement\": \"s\"}]\n}",
                "5:27: requirements[0].id: invalid id '\u00a0REQ': it starts with white space; remove it",
                "/requirements/0/id", Schema.REJECTS));
        c.add(text("id with a tab inside, issue 9", HEAD + "  \"requirements\": [{\"id\": \"REQ\\t1\", \"title\": \"t\", \"statement\": \"s\"}]\n}",
                "5:27: requirements[0].id: invalid id 'REQ\\t1': a control character (U+0009) at character 4; an id is"
                        + " one line of text without control characters",
                "/requirements/0/id", Schema.REJECTS));
        c.add(text("id with a line separator inside, issue 9", HEAD + "  \"requirements\": [{\"id\": \"a\\u2028b\", \"title\": \"t\", \"statement\": \"s\"}]\n}",
                "5:27: requirements[0].id: invalid id 'a\\u2028b': a line break (U+2028) at character 2; an id is"
                        + " one line of text without control characters",
                "/requirements/0/id", Schema.REJECTS));
        c.add(text("id with NEXT LINE inside, issue 9", HEAD + "  \"requirements\": [{\"id\": \"a\\u0085b\", \"title\": \"t\", \"statement\": \"s\"}]\n}",
                "5:27: requirements[0].id: invalid id 'a\\u0085b': a line break (U+0085) at character 2; an id is"
                        + " one line of text without control characters",
                "/requirements/0/id", Schema.REJECTS));
        c.add(text("empty id, issue 9", DOC.replace("\"s\"", "\"\""),
                "3:9: id: invalid id '': an id cannot be empty", "/id", Schema.REJECTS));
        c.add(text("id too long", DOC.replace("\"s\"", "\"" + "A".repeat(201) + "\""),
                "3:9: id: invalid id 'AAAAAAAAAAAAAAAAAAAA…': 201 characters, at most 200 allowed", "/id",
                Schema.REJECTS));
        c.add(text("decimal exponent out of range", HEAD + "  \"entities\": [{\"name\": \"E\", \"attributes\": [{\"name\": \"a\","
                        + " \"type\": \"DECIMAL\", \"max\": 1e999999}]}]\n}",
                "5:85: entities[0].attributes[0].max: the number '1e999999' is out of range: its exponent must lie between -1000 and 1000",
                "/entities/0/attributes/0/max", Schema.READER_ONLY));
        c.add(text("decimal exponent beyond an int, found in review", HEAD + "  \"entities\": [{\"name\": \"E\", \"attributes\":"
                        + " [{\"name\": \"a\", \"type\": \"DECIMAL\", \"min\": 1e9999999999}]}]\n}",
                "5:85: entities[0].attributes[0].min: the number '1e9999999999' is out of range: its exponent must lie between -1000 and 1000",
                "/entities/0/attributes/0/min", Schema.READER_ONLY));
        c.add(text("negative decimal exponent beyond an int, found in review", HEAD + "  \"entities\": [{\"name\": \"E\","
                        + " \"attributes\": [{\"name\": \"a\", \"type\": \"DECIMAL\", \"min\": 1e-2147483649}]}]\n}",
                "5:85: entities[0].attributes[0].min: the number '1e-2147483649' is out of range: its exponent must lie between -1000 and 1000",
                "/entities/0/attributes/0/min", Schema.READER_ONLY));
        c.add(text("zero with a huge exponent", HEAD + "  \"entities\": [{\"name\": \"E\", \"attributes\": [{\"name\": \"a\","
                        + " \"type\": \"DECIMAL\", \"max\": 0.0E+0000000000000000000000000002147483648}]}]\n}",
                "5:85: entities[0].attributes[0].max: the number '0.0E+0000000000000000000000000002147483648' is out of range: its exponent must lie between -1000 and 1000",
                "/entities/0/attributes/0/max", Schema.READER_ONLY));
        c.add(text("$schema as a number", "{\n  \"$schema\": 1,\n  \"specFormat\": 1\n}",
                "2:14: $schema: expected a string, found a number", "/$schema", Schema.REJECTS));
        // --- hostile text in messages: each message stays one line that cannot be reordered on screen
        c.add(text("line break, NUL and right-to-left override in a field name, found in review",
                HEAD + "  \"a\\nb\\u0000\\u202Ec\": 1\n}",
                "5:3: a\\nb\\u0000\\u202Ec: unknown field 'a\\nb\\u0000\\u202Ec' in a spec; expected $schema,"
                        + " specFormat, id, title, version, summary, actors, glossary, requirements, stories, criteria, useCases, entities,"
                        + " assumptions, outOfScope, openQuestions, waivers",
                "/a\nb\u0000\u202Ec", Schema.REJECTS));
        c.add(text("tilde and slash in an unknown field name are escaped in the pointer (RFC 6901), issue 9",
                HEAD + "  \"dsn~cli/2\": 1\n}",
                "5:3: dsn~cli/2: unknown field 'dsn~cli/2' in a spec; expected $schema,"
                        + " specFormat, id, title, version, summary, actors, glossary, requirements, stories, criteria, useCases, entities,"
                        + " assumptions, outOfScope, openQuestions, waivers",
                "/dsn~0cli~12", Schema.REJECTS));
        c.add(text("bidi isolates and a C1 control in a nested field name", HEAD
                        + "  \"actors\": [{\"id\": \"A\", \"name\": \"n\", \"\\u2066ki\\u0085nd\\u2069\": \"HUMAN\"}]\n}",
                "5:39: actors[0].\\u2066ki\\u0085nd\\u2069: unknown field '\\u2066ki\\u0085nd\\u2069' in an actor;"
                        + " expected id, name, description, kind, waivers", "/actors/0/\u2066ki\u0085nd\u2069", Schema.REJECTS));
        c.add(text("long field name of astral letters cut on a code point, found in review",
                HEAD + "  \"actors\": [{\"id\": \"A\", \"n" + "\uD835\uDC00".repeat(100) + "\": 1}]\n}",
                "5:26: actors[0].n" + "\uD835\uDC00".repeat(59) + "…: unknown field 'n" + "\uD835\uDC00".repeat(59)
                        + "…' in an actor; expected id, name, description, kind, waivers",
                "/actors/0/n" + "\uD835\uDC00".repeat(100), Schema.REJECTS));
        c.add(text("control and bidi characters in an id", DOC.replace("\"s\"", "\"a\\u0000b\\u202E\\n\""),
                "3:9: id: invalid id 'a\\u0000b\\u202E\\n': a control character (U+0000) at character 2; an id is one"
                        + " line of text without control characters", "/id", Schema.REJECTS));
        c.add(text("right-to-left override in an enum value", HEAD + "  \"actors\": [{\"id\": \"A\", \"name\": \"n\","
                        + " \"kind\": \"\\u202EHUMAN\"}]\n}",
                "5:47: actors[0].kind: '\\u202EHUMAN' is not one of HUMAN, EXTERNAL_SYSTEM (did you mean HUMAN?)",
                "/actors/0/kind", Schema.REJECTS));
        c.add(text("id of 201 astral letters", DOC.replace("\"s\"", "\"" + "\uD835\uDC00".repeat(201) + "\""),
                "3:9: id: invalid id '" + "\uD835\uDC00".repeat(20) + "…': 201 characters, at most 200 allowed",
                "/id", Schema.REJECTS));
        // --- hostile sizes and shapes
        c.add(text("a hundred thousand nested arrays at the top level", "[".repeat(100_000),
                "1:1: expected a JSON object describing a spec, found an array", "", Schema.NOT_JSON));
        c.add(text("a hundred thousand nested objects in a field", HEAD + "  \"summary\": " + "{\"a\": ".repeat(100_000),
                "5:14: summary: expected a string, found an object", "/summary", Schema.NOT_JSON));
        c.add(text("two-million-character string", HEAD + "  \"summary\": \"" + "x".repeat(2_000_000) + "\"\n}",
                "5:14: summary: a string is longer than the limit of 1000000 characters; an embedder can raise ReadLimits.maxStringLength",
                "/summary", Schema.READER_ONLY));
        c.add(text("ten-thousand-digit number", HEAD + "  \"entities\": [{\"name\": \"E\", \"attributes\": [{\"name\": \"a\","
                        + " \"type\": \"DECIMAL\", \"min\": " + "9".repeat(10_000) + "}]}]\n}",
                "5:10085: entities[0].attributes[0].min: a number is longer than the limit of 100 characters; an embedder can raise ReadLimits.maxNumberLength",
                "/entities/0/attributes/0/min", Schema.READER_ONLY));
        c.add(text("hundred-thousand-character field name", HEAD + "  \"" + "n".repeat(100_000) + "\": 1\n}",
                "5:3: " + "n".repeat(60) + "…: unknown field '" + "n".repeat(60) + "…' in a spec; expected $schema,"
                        + " specFormat, id, title, version, summary, actors, glossary, requirements, stories, criteria, useCases, entities,"
                        + " assumptions, outOfScope, openQuestions, waivers",
                "/" + "n".repeat(100_000), Schema.REJECTS));
        c.add(text("forty-megabyte document", HEAD + "  \"assumptions\": [" + "\"aaaaaaa\",".repeat(4 << 20) + "\"\"]\n}",
                "5:33554383: the document is longer than the limit of 33554432 characters; an embedder can raise ReadLimits.maxDocumentLength",
                "", Schema.READER_ONLY));
        return c;
    }

    private static Case text(String name, String json, String message, String pointer, Schema schema) {
        return new Case(name, json.getBytes(StandardCharsets.UTF_8), "x.spec.json:" + message, pointer, schema);
    }

    private static byte[] utf16le(String s, boolean bom) {
        byte[] body = s.getBytes(StandardCharsets.UTF_16LE);
        return bom ? concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, body) : body;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] binary(int length) {
        byte[] out = new byte[length];
        new Random(3).nextBytes(out);
        out[0] = (byte) 0x8F; // a continuation byte: not UTF-8 from the first byte, whatever the seed gives
        out[1] = 0x7F;
        return out;
    }
}
