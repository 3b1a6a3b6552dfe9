package io.specdriven.json.internal;

import java.util.List;

/** The shapes of specFormat 1, one per model element (see docs/format.md). */
public final class Shapes {
    private Shapes() {}

    /** The document: a spec. */
    public static final Shape SPEC = new Shape("a spec", "specs",
            List.of("$schema", "specFormat", "id", "title", "version", "summary", "actors", "glossary",
                    "requirements", "stories", "criteria", "useCases", "entities", "assumptions", "outOfScope", "openQuestions",
                    "waivers"),
            List.of("specFormat", "id", "title"));

    /** An actor. */
    public static final Shape ACTOR = new Shape("an actor", "actors",
            List.of("id", "name", "description", "kind", "waivers"), List.of("id", "name"));

    /** A glossary term. */
    public static final Shape TERM = new Shape("a glossary term", "glossary terms",
            List.of("term", "definition", "avoid"), List.of("term", "definition"));

    /** A requirement. */
    public static final Shape REQUIREMENT = new Shape("a requirement", "requirements",
            List.of("id", "title", "statement", "kind", "qualityCategory", "priority", "status", "supersededBy",
                    "rationale", "source", "story", "dependsOn", "tags", "criteria", "waivers"),
            List.of("id"));

    /** A user story. */
    public static final Shape STORY = new Shape("a user story", "user stories",
            List.of("role", "goal", "benefit"), List.of("role", "goal"));

    /** An acceptance criterion. */
    public static final Shape CRITERION = new Shape("an acceptance criterion", "acceptance criteria",
            List.of("id", "category", "edgeCase", "given", "when", "then", "statement", "verifies", "waivers"),
            List.of("id"));

    /** A user story of the spec as a whole. */
    public static final Shape SPEC_STORY = new Shape("a story", "stories",
            List.of("id", "title", "text", "role", "goal", "benefit", "priority", "criteria", "waivers"),
            List.of("id"));

    /** A waiver. */
    public static final Shape WAIVER = new Shape("a waiver", "waivers",
            List.of("ruleId", "reason"), List.of("ruleId", "reason"));

    /** A use case. */
    public static final Shape USE_CASE = new Shape("a use case", "use cases",
            List.of("id", "title", "status", "goal", "primaryActor", "secondaryActors", "trigger", "preconditions",
                    "mainFlow", "flows", "successPostconditions", "failurePostconditions", "businessRules",
                    "realizes", "uses", "includes", "extensionOf", "waivers"),
            List.of("id", "title"));

    /** A step of a flow. */
    public static final Shape STEP = new Shape("a step", "steps",
            List.of("number", "actor", "action"), List.of("number", "actor", "action"));

    /** An alternative or exception flow. */
    public static final Shape FLOW = new Shape("a flow", "flows",
            List.of("id", "kind", "title", "condition", "branchesFrom", "steps", "rejoinsAt", "ends"),
            List.of("id", "kind", "title", "branchesFrom"));

    /** A business rule. */
    public static final Shape BUSINESS_RULE = new Shape("a business rule", "business rules",
            List.of("id", "title", "text"), List.of("id", "text"));

    /** An entity. */
    public static final Shape ENTITY = new Shape("an entity", "entities",
            List.of("name", "description", "attributes", "relationships", "invariants", "waivers"),
            List.of("name"));

    /** An attribute of an entity. */
    public static final Shape ATTRIBUTE = new Shape("an attribute", "attributes",
            List.of("name", "type", "values", "required", "unique", "identifier", "min", "max", "minLength",
                    "maxLength", "pattern", "default", "reference", "description"),
            List.of("name", "type"));

    /** A relationship between entities. */
    public static final Shape RELATIONSHIP = new Shape("a relationship", "relationships",
            List.of("name", "target", "kind", "sourceCardinality", "cardinality", "description"), List.of("name", "target"));

    /** Every shape, keyed by the name its definition has in the JSON Schema's {@code $defs}. */
    public static final java.util.Map<String, Shape> BY_SCHEMA_NAME = java.util.Map.ofEntries(
            java.util.Map.entry("spec", SPEC),
            java.util.Map.entry("actor", ACTOR),
            java.util.Map.entry("glossaryTerm", TERM),
            java.util.Map.entry("requirement", REQUIREMENT),
            java.util.Map.entry("userStory", STORY),
            java.util.Map.entry("acceptanceCriterion", CRITERION),
            java.util.Map.entry("story", SPEC_STORY),
            java.util.Map.entry("waiver", WAIVER),
            java.util.Map.entry("useCase", USE_CASE),
            java.util.Map.entry("step", STEP),
            java.util.Map.entry("flow", FLOW),
            java.util.Map.entry("businessRule", BUSINESS_RULE),
            java.util.Map.entry("entity", ENTITY),
            java.util.Map.entry("attribute", ATTRIBUTE),
            java.util.Map.entry("relationship", RELATIONSHIP));
}
