package io.specdriven.json.internal;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.Actor;
import io.specdriven.core.ActorKind;
import io.specdriven.core.Attribute;
import io.specdriven.core.AttributeType;
import io.specdriven.core.BusinessRule;
import io.specdriven.core.Cardinality;
import io.specdriven.core.CriterionCategory;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.FlowKind;
import io.specdriven.core.GlossaryTerm;
import io.specdriven.core.Id;
import io.specdriven.core.Priority;
import io.specdriven.core.QualityCategory;
import io.specdriven.core.Relationship;
import io.specdriven.core.RelationshipKind;
import io.specdriven.core.Requirement;
import io.specdriven.core.RequirementKind;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.Story;
import io.specdriven.core.UseCase;
import io.specdriven.core.UserStory;
import io.specdriven.core.Waiver;
import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.validation.ElementPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the elements of specFormat 1 from a {@link Cursor}. Each method expects the cursor on the
 * element's first token. Fields a document leaves out become empty Optionals, empty lists, {@code false}
 * or the documented default, the same defaults the model's builders use.
 */
public final class SpecDecoder {
    /** The format version this reader understands. */
    public static final int FORMAT = 1;

    private final Cursor c;
    private final Map<ElementPath, SourceLocation> locations = new LinkedHashMap<>();
    private boolean formatSeen;

    /**
     * Creates a decoder.
     *
     * @param cursor the cursor to read from
     */
    public SpecDecoder(Cursor cursor) {
        this.c = cursor;
    }

    /**
     * Returns where the elements read so far stand: actors, glossary terms, requirements, their criteria,
     * use cases and entities, each at its object's opening brace. An id that repeats keeps its first place.
     *
     * @return the locations, without a file name
     */
    public Map<ElementPath, SourceLocation> locations() {
        return locations;
    }

    /** Reads an element and records where it starts, under the path its value gives it. */
    private <T> Supplier<T> located(Supplier<T> read, Function<T, ElementPath> path) {
        return () -> {
            SourceLocation at = c.here();
            T value = read.get();
            locations.putIfAbsent(path.apply(value), at);
            return value;
        };
    }

    /** The cursor this decoder reads from. */
    Cursor cursor() {
        return c;
    }

    /**
     * Tells whether the spec's {@code specFormat} was read and accepted before an error, so that an
     * error cannot be a symptom of a newer format.
     *
     * @return whether specFormat was seen
     */
    public boolean formatSeen() {
        return formatSeen;
    }

    /**
     * Reads a whole document: exactly one spec object, nothing before or after it.
     *
     * @return the spec
     */
    public Spec document(CharSequence text) {
        JsonToken first = c.advance();
        if (first == null) {
            throw c.error(c.parser().currentLocation(), "expected a JSON object describing a spec, found an empty document");
        }
        if (first != JsonToken.START_OBJECT) {
            throw c.error("expected a JSON object describing a spec, found " + Cursor.describe(first));
        }
        Spec spec = spec();
        TokenStreamLocation end = c.parser().currentLocation();
        JsonToken after;
        try {
            after = c.advance();
        } catch (JacksonException e) {
            // Malformed text after a complete spec: still "content after the spec", located below.
            after = JsonToken.NOT_AVAILABLE;
        }
        if (after != null) {
            // Point at the first character after the spec, not where the tokenizer gave up.
            int[] at = skipWhiteSpace(text, end);
            throw new FormatError(at[0], at[1], "", "",
                    "unexpected content after the end of the spec; a document holds exactly one JSON object");
        }
        return spec;
    }

    private static int[] skipWhiteSpace(CharSequence text, TokenStreamLocation from) {
        int line = from.getLineNr();
        int column = from.getColumnNr();
        for (long i = from.getCharOffset(); i < text.length(); i++) {
            char ch = text.charAt((int) i);
            if (ch == '\n') {
                line++;
                column = 1;
            } else if (ch == ' ' || ch == '\t' || ch == '\r') {
                column++;
            } else {
                break;
            }
        }
        return new int[] {line, column};
    }

    /**
     * Reads a spec object.
     *
     * @return the spec
     */
    public Spec spec() {
        Cursor.ObjectScope o = c.object(Shapes.SPEC);
        Id id = null;
        String title = null;
        Optional<String> version = Optional.empty();
        Optional<String> summary = Optional.empty();
        List<Actor> actors = List.of();
        List<GlossaryTerm> glossary = List.of();
        List<Requirement> requirements = List.of();
        List<Story> stories = List.of();
        List<SourceLocation> criterionLocations = new ArrayList<>();
        List<AcceptanceCriterion> criteria = List.of();
        List<UseCase> useCases = List.of();
        List<Entity> entities = List.of();
        List<String> assumptions = List.of();
        List<String> outOfScope = List.of();
        List<String> openQuestions = List.of();
        List<Waiver> waivers = List.of();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "$schema" -> c.readString();
                case "specFormat" -> specFormat();
                case "id" -> id = c.readId();
                case "title" -> title = c.readString();
                case "version" -> version = Optional.of(c.readString());
                case "summary" -> summary = Optional.of(c.readString());
                case "actors" -> actors = c.readList("actors", located(this::actor, ElementPath::of));
                case "glossary" -> glossary = c.readList("glossary terms", located(this::term, ElementPath::of));
                case "requirements" -> requirements = c.readList("requirements", located(this::requirement, ElementPath::of));
                case "stories" -> stories = c.readList("stories", this::specStory);
                case "criteria" -> criteria = c.readList("acceptance criteria", () -> {
                    criterionLocations.add(c.here());
                    return criterion();
                });
                case "useCases" -> useCases = c.readList("use cases", located(this::useCase, ElementPath::of));
                case "entities" -> entities = c.readList("entities", located(this::entity, ElementPath::of));
                case "assumptions" -> assumptions = strings();
                case "outOfScope" -> outOfScope = strings();
                case "openQuestions" -> openQuestions = strings();
                case "waivers" -> waivers = waivers();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(o.seen("specFormat"), id != null, title != null);
        try {
            for (int i = 0; i < criteria.size(); i++) {
                locations.putIfAbsent(ElementPath.root().element("criteria", criteria.get(i).id()),
                        criterionLocations.get(i));
            }
            return new Spec(id, title, version, summary, actors, glossary, requirements, stories, criteria, useCases,
                    entities, assumptions, outOfScope, openQuestions, waivers);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    private void specFormat() {
        JsonToken t = c.token();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            String found = t == JsonToken.VALUE_NUMBER_FLOAT ? Text.quote(c.parser().getString()) : Cursor.describe(t);
            throw c.error("expected the format version as an integer, such as " + FORMAT + ", found " + found);
        }
        // The number length limit bounds the digits; beyond an int it is no version at all, on either side
        // (-99999999999999999999 used to be reported as newer, found in review).
        java.math.BigInteger written = c.parser().getBigIntegerValue();
        if (written.bitLength() > 31) {
            throw c.error("specFormat " + Text.quote(c.parser().getString()).replace("'", "") + " is out of range;"
                    + " the format version is a small positive integer, such as " + FORMAT);
        }
        int version = written.intValue();
        if (version > FORMAT) {
            throw c.error(newerFormat(c.parser().getString()));
        }
        if (version < FORMAT) {
            throw c.error("specFormat " + version + " does not exist; the first format version is 1");
        }
        formatSeen = true;
    }

    /**
     * The message for a document newer than this reader.
     *
     * @param version the document's specFormat, as written
     * @return the message
     */
    public static String newerFormat(String version) {
        return "this document has specFormat " + Text.quote(version).replace("'", "") + ", but this version of"
                + " specdriven reads only specFormat " + FORMAT + "; upgrade specdriven to read it";
    }

    private List<String> strings() {
        return c.readList("strings", c::readString);
    }

    private List<Id> ids() {
        return c.readList("ids", c::readId);
    }

    private List<Waiver> waivers() {
        return c.readList("waivers", this::waiver);
    }

    Actor actor() {
        Cursor.ObjectScope o = c.object(Shapes.ACTOR);
        Id id = null;
        String name = null;
        Optional<String> description = Optional.empty();
        ActorKind kind = ActorKind.HUMAN;
        List<Waiver> waivers = List.of();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "id" -> id = c.readId();
                case "name" -> name = c.readString();
                case "description" -> description = Optional.of(c.readString());
                case "kind" -> kind = c.readEnum(ActorKind.class);
                case "waivers" -> waivers = waivers();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(id != null, name != null);
        try {
            return new Actor(id, name, description, kind, waivers);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    GlossaryTerm term() {
        Cursor.ObjectScope o = c.object(Shapes.TERM);
        String term = null;
        String definition = null;
        List<String> avoid = List.of();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "term" -> term = c.readString();
                case "definition" -> definition = c.readString();
                case "avoid" -> avoid = strings();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(term != null, definition != null);
        try {
            return new GlossaryTerm(term, definition, avoid);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    Requirement requirement() {
        Cursor.ObjectScope o = c.object(Shapes.REQUIREMENT);
        List<SourceLocation> criterionLocations = new ArrayList<>();
        Id id = null;
        Optional<String> title = Optional.empty();
        Optional<String> statement = Optional.empty();
        RequirementKind kind = RequirementKind.FUNCTIONAL;
        Optional<QualityCategory> qualityCategory = Optional.empty();
        Optional<Priority> priority = Optional.empty();
        RequirementStatus status = RequirementStatus.DRAFT;
        Optional<Id> supersededBy = Optional.empty();
        Optional<String> rationale = Optional.empty();
        Optional<String> source = Optional.empty();
        Optional<UserStory> story = Optional.empty();
        List<Id> dependsOn = List.of();
        List<String> tags = List.of();
        List<AcceptanceCriterion> criteria = List.of();
        List<Waiver> waivers = List.of();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "id" -> id = c.readId();
                case "title" -> title = Optional.of(c.readString());
                case "statement" -> statement = Optional.of(c.readString());
                case "kind" -> kind = c.readEnum(RequirementKind.class);
                case "qualityCategory" -> qualityCategory = Optional.of(c.readEnum(QualityCategory.class));
                case "priority" -> priority = Optional.of(c.readEnum(Priority.class));
                case "status" -> status = c.readEnum(RequirementStatus.class);
                case "supersededBy" -> supersededBy = Optional.of(c.readId());
                case "rationale" -> rationale = Optional.of(c.readString());
                case "source" -> source = Optional.of(c.readString());
                case "story" -> story = Optional.of(story());
                case "dependsOn" -> dependsOn = ids();
                case "tags" -> tags = strings();
                case "criteria" -> criteria = c.readList("acceptance criteria", () -> {
                    SourceLocation at = c.here();
                    criterionLocations.add(at);
                    return criterion();
                });
                case "waivers" -> waivers = waivers();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(id != null);
        try {
            Requirement r = new Requirement(id, title, statement, kind, qualityCategory, priority, status, supersededBy,
                    rationale, source, story, dependsOn, tags, criteria, waivers);
            for (int i = 0; i < criteria.size(); i++) {
                locations.putIfAbsent(ElementPath.of(r, criteria.get(i)), criterionLocations.get(i));
            }
            return r;
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    UserStory story() {
        Cursor.ObjectScope o = c.object(Shapes.STORY);
        String role = null;
        String goal = null;
        Optional<String> benefit = Optional.empty();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "role" -> role = c.readString();
                case "goal" -> goal = c.readString();
                case "benefit" -> benefit = Optional.of(c.readString());
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(role != null, goal != null);
        try {
            return new UserStory(role, goal, benefit);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    Story specStory() {
        Cursor.ObjectScope o = c.object(Shapes.SPEC_STORY);
        SourceLocation at = c.here();
        List<SourceLocation> criterionLocations = new ArrayList<>();
        Id id = null;
        Optional<String> title = Optional.empty();
        Optional<String> text = Optional.empty();
        Optional<String> role = Optional.empty();
        Optional<String> goal = Optional.empty();
        Optional<String> benefit = Optional.empty();
        Optional<Priority> priority = Optional.empty();
        List<AcceptanceCriterion> criteria = List.of();
        List<Waiver> waivers = List.of();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "id" -> id = c.readId();
                case "title" -> title = Optional.of(c.readString());
                case "text" -> text = Optional.of(c.readString());
                case "role" -> role = Optional.of(c.readString());
                case "goal" -> goal = Optional.of(c.readString());
                case "benefit" -> benefit = Optional.of(c.readString());
                case "priority" -> priority = Optional.of(c.readEnum(Priority.class));
                case "criteria" -> criteria = c.readList("acceptance criteria", () -> {
                    criterionLocations.add(c.here());
                    return criterion();
                });
                case "waivers" -> waivers = waivers();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(id != null);
        try {
            Story s = new Story(id, title, text, role, goal, benefit, priority, criteria, waivers);
            ElementPath path = ElementPath.root().element("stories", s.id());
            locations.putIfAbsent(path, at);
            for (int i = 0; i < criteria.size(); i++) {
                locations.putIfAbsent(path.element("criteria", criteria.get(i).id()), criterionLocations.get(i));
            }
            return s;
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    AcceptanceCriterion criterion() {
        Cursor.ObjectScope o = c.object(Shapes.CRITERION);
        Id id = null;
        CriterionCategory category = CriterionCategory.SUCCESS;
        Optional<EdgeCaseKind> edgeCase = Optional.empty();
        List<String> given = List.of();
        List<String> when = List.of();
        List<String> then = List.of();
        Optional<String> statement = Optional.empty();
        List<Id> verifies = List.of();
        List<Waiver> waivers = List.of();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "id" -> id = c.readId();
                case "category" -> category = c.readEnum(CriterionCategory.class);
                case "edgeCase" -> edgeCase = Optional.of(c.readEnum(EdgeCaseKind.class));
                case "given" -> given = c.readSteps();
                case "when" -> when = c.readSteps();
                case "then" -> then = c.readSteps();
                case "statement" -> statement = Optional.of(c.readString());
                case "verifies" -> verifies = ids();
                case "waivers" -> waivers = waivers();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(id != null);
        try {
            return new AcceptanceCriterion(id, category, edgeCase, given, when, then, statement, verifies, waivers);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    Waiver waiver() {
        Cursor.ObjectScope o = c.object(Shapes.WAIVER);
        String ruleId = null;
        String reason = null;
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "ruleId" -> ruleId = c.readString();
                case "reason" -> reason = c.readString();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(ruleId != null, reason != null);
        try {
            return new Waiver(ruleId, reason);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    UseCase useCase() {
        Cursor.ObjectScope o = c.object(Shapes.USE_CASE);
        Id id = null;
        String title = null;
        Optional<RequirementStatus> status = Optional.empty();
        Optional<String> goal = Optional.empty();
        Optional<Id> primaryActor = Optional.empty();
        List<Id> secondaryActors = List.of();
        Optional<String> trigger = Optional.empty();
        List<String> preconditions = List.of();
        List<Step> mainFlow = List.of();
        List<Flow> flows = List.of();
        List<String> successPostconditions = List.of();
        List<String> failurePostconditions = List.of();
        List<BusinessRule> businessRules = List.of();
        List<Id> realizes = List.of();
        List<Id> uses = List.of();
        List<Id> includes = List.of();
        List<Id> extensionOf = List.of();
        List<Waiver> waivers = List.of();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "id" -> id = c.readId();
                case "title" -> title = c.readString();
                case "status" -> status = Optional.of(c.readEnum(RequirementStatus.class));
                case "goal" -> goal = Optional.of(c.readString());
                case "primaryActor" -> primaryActor = Optional.of(c.readId());
                case "secondaryActors" -> secondaryActors = ids();
                case "trigger" -> trigger = Optional.of(c.readString());
                case "preconditions" -> preconditions = strings();
                case "mainFlow" -> mainFlow = c.readList("steps", this::step);
                case "flows" -> flows = c.readList("flows", this::flow);
                case "successPostconditions" -> successPostconditions = strings();
                case "failurePostconditions" -> failurePostconditions = strings();
                case "businessRules" -> businessRules = c.readList("business rules", this::businessRule);
                case "realizes" -> realizes = ids();
                case "uses" -> uses = ids();
                case "includes" -> includes = ids();
                case "extensionOf" -> extensionOf = ids();
                case "waivers" -> waivers = waivers();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(id != null, title != null);
        try {
            return new UseCase(id, title, status, goal, primaryActor, secondaryActors, trigger, preconditions, mainFlow,
                    flows, successPostconditions, failurePostconditions, businessRules, realizes, uses, includes,
                    extensionOf, waivers);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    Step step() {
        Cursor.ObjectScope o = c.object(Shapes.STEP);
        Integer number = null;
        Id actor = null;
        String action = null;
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "number" -> number = c.readInt();
                case "actor" -> actor = c.readId();
                case "action" -> action = c.readString();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(number != null, actor != null, action != null);
        try {
            return new Step(number, actor, action); // number is non-null: requireAll checked it
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    Flow flow() {
        Cursor.ObjectScope o = c.object(Shapes.FLOW);
        Id id = null;
        FlowKind kind = null;
        String title = null;
        Optional<String> condition = Optional.empty();
        Integer branchesFrom = null;
        List<Step> steps = List.of();
        Optional<Integer> rejoinsAt = Optional.empty();
        boolean ends = false;
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "id" -> id = c.readId();
                case "kind" -> kind = c.readEnum(FlowKind.class);
                case "title" -> title = c.readString();
                case "condition" -> condition = Optional.of(c.readString());
                case "branchesFrom" -> branchesFrom = c.readInt();
                case "steps" -> steps = c.readList("steps", this::step);
                case "rejoinsAt" -> rejoinsAt = Optional.of(c.readInt());
                case "ends" -> ends = c.readBoolean();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(id != null, kind != null, title != null, branchesFrom != null);
        try {
            return new Flow(id, kind, title, condition, branchesFrom, steps, rejoinsAt, ends);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    BusinessRule businessRule() {
        Cursor.ObjectScope o = c.object(Shapes.BUSINESS_RULE);
        Id id = null;
        Optional<String> title = Optional.empty();
        String text = null;
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "id" -> id = c.readId();
                case "title" -> title = Optional.of(c.readString());
                case "text" -> text = c.readString();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(id != null, text != null);
        try {
            return new BusinessRule(id, title, text);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    Entity entity() {
        Cursor.ObjectScope o = c.object(Shapes.ENTITY);
        Id name = null;
        Optional<String> description = Optional.empty();
        List<Attribute> attributes = List.of();
        List<Relationship> relationships = List.of();
        List<String> invariants = List.of();
        List<Waiver> waivers = List.of();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "name" -> name = c.readId();
                case "description" -> description = Optional.of(c.readString());
                case "attributes" -> attributes = c.readList("attributes", this::attribute);
                case "relationships" -> relationships = c.readList("relationships", this::relationship);
                case "invariants" -> invariants = strings();
                case "waivers" -> waivers = waivers();
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(name != null);
        try {
            return new Entity(name, description, attributes, relationships, invariants, waivers);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    Attribute attribute() {
        Cursor.ObjectScope o = c.object(Shapes.ATTRIBUTE);
        String name = null;
        AttributeType type = null;
        List<String> values = List.of();
        boolean required = false;
        boolean unique = false;
        boolean identifier = false;
        Optional<BigDecimal> min = Optional.empty();
        Optional<BigDecimal> max = Optional.empty();
        Optional<Integer> minLength = Optional.empty();
        Optional<Integer> maxLength = Optional.empty();
        Optional<String> pattern = Optional.empty();
        Optional<String> defaultValue = Optional.empty();
        Optional<Id> reference = Optional.empty();
        Optional<String> description = Optional.empty();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "name" -> name = c.readString();
                case "type" -> type = c.readEnum(AttributeType.class);
                case "values" -> values = strings();
                case "required" -> required = c.readBoolean();
                case "unique" -> unique = c.readBoolean();
                case "identifier" -> identifier = c.readBoolean();
                case "min" -> min = Optional.of(c.readDecimal());
                case "max" -> max = Optional.of(c.readDecimal());
                case "minLength" -> minLength = Optional.of(c.readInt());
                case "maxLength" -> maxLength = Optional.of(c.readInt());
                case "pattern" -> pattern = Optional.of(c.readString());
                case "default" -> defaultValue = Optional.of(c.readString());
                case "reference" -> reference = Optional.of(c.readId());
                case "description" -> description = Optional.of(c.readString());
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(name != null, type != null);
        try {
            return new Attribute(name, type, values, required, unique, identifier, min, max, minLength, maxLength,
                    pattern, defaultValue, reference, description);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }

    Relationship relationship() {
        Cursor.ObjectScope o = c.object(Shapes.RELATIONSHIP);
        String name = null;
        Id target = null;
        RelationshipKind kind = RelationshipKind.ASSOCIATION;
        Optional<Cardinality> sourceCardinality = Optional.empty();
        Optional<Cardinality> cardinality = Optional.empty();
        Optional<String> description = Optional.empty();
        for (String f; (f = o.next()) != null; ) {
            switch (f) {
                case "name" -> name = c.readString();
                case "target" -> target = c.readId();
                case "kind" -> kind = c.readEnum(RelationshipKind.class);
                case "sourceCardinality" ->
                    sourceCardinality = Optional.of(c.readChoice(Cardinality.values(), Cardinality::notation));
                case "cardinality" ->
                    cardinality = Optional.of(c.readChoice(Cardinality.values(), Cardinality::notation));
                case "description" -> description = Optional.of(c.readString());
                default -> throw new AssertionError(f);
            }
        }
        o.requireAll(name != null, target != null);
        try {
            return new Relationship(name, target, kind, sourceCardinality, cardinality, description);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) { // Cursor.refused
            throw o.refused(e);
        }
    }
}
