package io.specdriven.testkit;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.AttributeType;
import io.specdriven.core.Cardinality;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Entity;
import io.specdriven.core.Priority;
import io.specdriven.core.QualityCategory;
import io.specdriven.core.Requirement;
import io.specdriven.core.RequirementStatus;
import io.specdriven.core.Spec;
import io.specdriven.core.UseCase;
import io.specdriven.core.validation.ElementPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Makes realistic specs of any size from a seed, for benchmarks and tests at scale: N requirements with
 * about 3 criteria each (a success, an edge case and a failure; every fourth requirement a second success),
 * N/5 use cases that realize them, N/20 entities that the use cases use, actors and a glossary, in prose of
 * the kind people write. The same seed and settings always give the same spec.
 *
 * <p>Without defects the spec is clean under the standard profile: no finding at all. Each
 * {@link Defect} injected touches its own element and adds exactly one finding, so the
 * {@link SyntheticSpec#manifest() manifest} lists every finding a correct checker must report, and no
 * others.
 *
 * <pre>{@code
 * SyntheticSpec generated = SyntheticSpecs.builder(10_000).seed(42).build();   // 1% of each defect
 * SyntheticSpec clean = SyntheticSpecs.builder(1_000).defects(0).build();
 * SyntheticSpec few = SyntheticSpecs.builder(1_000).defects(0).defects(Defect.VAGUE_TERM, 3).build();
 * }</pre>
 *
 * <p>Other shapes for edge cases: {@link #criteriaOnOneRequirement(int)}, {@link #dependsOnChain(int)},
 * {@link #tinySpecs(int, long)}, {@link #sharedFirstWordEntities(int)}; and {@link #nextVersion(Spec)}
 * makes a second version to diff against.
 */
public final class SyntheticSpecs {
    /** The fewest requirements a synthetic spec has: enough for an edge case of every kind. */
    public static final int MIN_REQUIREMENTS = 10;

    /** The seed when none is given. */
    public static final long DEFAULT_SEED = 20261202L;

    private static final String[] COLOURS = {
        "Amber", "Azure", "Beige", "Bronze", "Cobalt", "Copper", "Coral", "Crimson", "Cyan", "Ebony", "Emerald",
        "Garnet", "Golden", "Granite", "Hazel", "Indigo", "Ivory", "Jade", "Khaki", "Lilac", "Magenta", "Maroon",
        "Mauve", "Navy", "Ochre", "Olive", "Onyx", "Opal", "Pearl", "Plum", "Quartz", "Ruby", "Russet", "Saffron",
        "Sable", "Sapphire", "Scarlet", "Sepia", "Silver", "Slate", "Tan", "Teal", "Topaz", "Umber", "Violet",
        "Walnut", "Wheat", "Zinc", "Cedar", "Maple",
    };
    private static final String[] NOUNS = {
        "Ledger", "Voucher", "Tariff", "Consignment", "Pallet", "Berth", "Docket", "Waybill", "Quota", "Tally",
        "Bundle", "Crate", "Permit", "Levy", "Roster", "Beacon", "Turbine", "Sensor", "Valve", "Gauge", "Manifold",
        "Hopper", "Silo", "Barrel", "Canister", "Spool", "Bobbin", "Ingot", "Coupon", "Token", "Badge", "Ticket",
        "Locker", "Cabinet", "Drawer", "Shelf", "Rack", "Bin", "Trolley", "Wagon", "Trailer", "Tanker", "Barge",
        "Ferry", "Kiosk", "Booth", "Stall", "Pavilion", "Terrace", "Atrium", "Cellar", "Vault", "Annex", "Depot",
        "Hangar", "Jetty", "Quay", "Wharf", "Marina", "Harbour",
    };
    private static final String[][] ACTORS = {
        {"CUSTOMER", "Customer", "customer"}, {"CLERK", "Warehouse clerk", "clerk"},
        {"MANAGER", "Branch manager", "manager"}, {"AUDITOR", "Auditor", "auditor"},
        {"DISPATCHER", "Dispatcher", "dispatcher"},
    };
    private static final String[] VERBS = {
        "opens", "submits", "approves", "rejects", "exports", "imports", "archives", "restores", "prints", "shares",
        "cancels", "renews", "books", "returns", "reviews", "signs", "uploads", "downloads", "merges", "splits",
    };
    private static final String[] THINGS = {
        "the monthly statement", "a delivery note", "a refund request", "the price list", "a shift plan",
        "the audit trail", "a damage report", "the opening hours", "a booking", "the loyalty points",
        "a travel claim", "the stock count", "a purchase proposal", "the route plan", "a service ticket",
        "the payroll summary", "a customs declaration", "the weekly rota", "a parcel label", "the tax return",
    };
    private static final String[] OUTCOMES = {
        "lists the matching entries", "records the change with its author and time", "sends a confirmation",
        "updates the totals", "keeps the previous version", "shows the result page", "locks the record",
        "notes the reason in the history", "marks the entry as done", "adds a line to the summary",
    };
    private static final String[] REASONS = {
        "the branch staff asked for it in the spring survey", "the regulator requires a record of every change",
        "support spends hours a week on the manual steps", "the old process lost entries at month end",
        "customers compare us with competitors on this point", "the auditors found gaps in the last review",
    };
    private static final String[] MESSAGES = {
        "Try again in a minute", "The service is not available", "Your change was not saved",
        "Check your connection and retry", "The file could not be read", "You do not have access to this page",
    };
    private static final EdgeCaseKind[] KINDS = {
        EdgeCaseKind.EMPTY_DATA, EdgeCaseKind.LARGE_DATA, EdgeCaseKind.SPECIAL_CHARACTERS,
        EdgeCaseKind.CONCURRENCY, EdgeCaseKind.PERMISSIONS, EdgeCaseKind.ERROR_STATE,
    };
    private static final String[] EDGE_GIVENS = {
        "no entry exists yet", "50,000 entries exist", "a name with quotes, accents and emoji such as \"Zoë's 🚚\"",
        "2 users change the same entry at once", "the user lacks the rights for this action",
        "the previous attempt stopped half way",
    };
    private static final String[] EDGE_THENS = {
        "the page shows 'Nothing here yet' and a button to add the first entry",
        "the first 100 entries appear within 2 seconds and the rest load on scrolling",
        "the name is stored and shown exactly as typed",
        "the second change is refused with 'Someone else changed this entry' and nothing is lost",
        "the action is refused with 'You need the editor role' and nothing changes",
        "the entry is shown in its last saved state with a note 'Not finished'",
    };

    private SyntheticSpecs() {}

    /**
     * Starts a builder for a spec of {@code requirements} requirements.
     *
     * @param requirements the number of requirements, {@value #MIN_REQUIREMENTS} or more
     * @return a builder with the default seed and 1% of each defect (none below 100 requirements)
     */
    public static Builder builder(int requirements) {
        return new Builder(requirements);
    }

    /**
     * Returns the largest number of requirements a generated spec can have (entity names run out beyond).
     *
     * @return the largest size
     */
    public static int maxRequirements() {
        return COLOURS.length * NOUNS.length * 20;
    }

    /** Chooses the size, seed and defects of a synthetic spec. */
    public static final class Builder {
        private final int requirements;
        private long seed = DEFAULT_SEED;
        private final Map<Defect, Integer> defects = new EnumMap<>(Defect.class);

        private Builder(int requirements) {
            if (requirements < MIN_REQUIREMENTS || requirements > maxRequirements()) {
                throw new IllegalArgumentException("requirements must be " + MIN_REQUIREMENTS + " to " + maxRequirements() + ", not "
                        + requirements);
            }
            this.requirements = requirements;
            defects(requirements / 100);
        }

        /**
         * Sets the seed.
         *
         * @param seed the seed
         * @return this builder
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * Sets how many times every defect is injected.
         *
         * @param perKind the count of each defect, 0 or more
         * @return this builder
         */
        public Builder defects(int perKind) {
            for (Defect d : Defect.values()) defects(d, perKind);
            return this;
        }

        /**
         * Sets how many times one defect is injected.
         *
         * @param defect the defect
         * @param count how many times, 0 or more
         * @return this builder
         */
        public Builder defects(Defect defect, int count) {
            requireNonNull(defect, "defect");
            if (count < 0) throw new IllegalArgumentException("a defect count is 0 or more, not " + count);
            defects.put(defect, count);
            return this;
        }

        /**
         * Generates the spec and its manifest.
         *
         * @return the spec with the findings a correct checker must report on it
         * @throws IllegalArgumentException if the spec is too small to hold every defect asked for, each on its
         *     own element
         */
        public SyntheticSpec build() {
            return new Generation(requirements, seed, defects).run();
        }
    }

    /** One run of the generator: all its state, so the public class stays static. */
    private static final class Generation {
        private final int n;
        private final int useCases;
        private final int entities;
        private final Random random;
        private final Map<Defect, Integer> counts;
        /** Requirement (or use case, or entity) index to its defect. */
        private final Map<Integer, Defect> onRequirement = new HashMap<>();
        private final Map<Integer, Defect> onUseCase = new HashMap<>();
        private final Map<Integer, Defect> onEntity = new HashMap<>();
        private final List<ExpectedFinding> expected = new ArrayList<>();

        Generation(int n, long seed, Map<Defect, Integer> counts) {
            this.n = n;
            this.useCases = Math.max(1, n / 5);
            this.entities = Math.max(1, n / 20);
            this.random = new Random(seed);
            this.counts = counts;
        }

        SyntheticSpec run() {
            place();
            Spec.Builder b = Spec.builder("synthetic-" + n, "Branch operations of a logistics company, " + n + " requirements")
                    .version("1.0.0")
                    .summary("Staff and customers of a logistics company book, move, store and bill goods across "
                            + entities + " kinds of record; generated from seed for benchmarks and tests.");
            for (String[] a : ACTORS) b.actor(a[0], x -> x.name(a[1]).description("Works with the system daily as " + a[2] + "."));
            b.actor("CARRIER_API", x -> x.name("Carrier system").description("Books transport and reports its state.")
                    .externalSystem());
            b.term("Customer", "A person or company with an account who books transport.", "client");
            b.term("Branch", "One site of the company with its own staff and stock.", "outlet");
            for (int i = 0; i < n; i++) b.requirement(requirement(i));
            for (int u = 0; u < useCases; u++) b.useCase(useCase(u));
            for (int e = 0; e < entities; e++) b.entity(entity(e));
            return new SyntheticSpec(b.build(), new DefectManifest(expected));
        }

        // ----- where the defects go -----

        private void place() {
            List<Integer> reqs = shuffled(n);
            List<Integer> ucs = shuffled(useCases);
            List<Integer> ents = shuffled(entities);
            for (Defect d : Defect.values()) {
                int count = counts.getOrDefault(d, 0);
                switch (d) {
                    case UNRESOLVED_REALIZES, NO_SUCCESS_POSTCONDITION, UNLISTED_ENTITY ->
                            take(d, count, ucs, onUseCase, u -> d != Defect.UNLISTED_ENTITY || entities > 2);
                    case NO_IDENTIFIER -> take(d, count, ents, onEntity, e -> true);
                    // the first requirement of each use case stays realized, so no use case is left realizing none
                    case UNREALIZED_REQUIREMENT -> take(d, count, reqs, onRequirement,
                            i -> kindOf(i) == Kind.FUNCTIONAL && i != firstOf(useCaseOf(i)));
                    // requirement i - 1 will depend back on i: keep both out of other defects and other cycles
                    case DEPENDENCY_CYCLE -> take(d, count, reqs, onRequirement,
                            i -> dependsOnPrevious(i) && !onRequirement.containsKey(i - 1)
                                    && onRequirement.get(i + 1) != Defect.DEPENDENCY_CYCLE);
                    // not on a requirement with a second success criterion
                    case NO_SUCCESS_CRITERION -> take(d, count, reqs, onRequirement,
                            i -> kindOf(i) == Kind.FUNCTIONAL && !hasSecondSuccess(i));
                    default -> take(d, count, reqs, onRequirement, i -> true);
                }
            }
        }

        private List<Integer> shuffled(int size) {
            List<Integer> out = new ArrayList<>(size);
            for (int i = 0; i < size; i++) out.add(i);
            Collections.shuffle(out, random);
            return out;
        }

        private void take(Defect d, int count, List<Integer> pool, Map<Integer, Defect> into, IntPredicate eligible) {
            int found = 0;
            for (int k = 0; k < pool.size() && found < count; k++) {
                int index = pool.get(k);
                if (into.containsKey(index) || isCycleNeighbour(index, into) || !eligible.test(index)) {
                    continue;
                }
                into.put(index, d);
                found++;
            }
            if (found < count) {
                throw new IllegalArgumentException("a spec of " + n + " requirements holds " + found + " " + d
                        + " defects on elements of their own, not " + count + ": ask for fewer defects or a bigger spec");
            }
        }

        /** Whether a requirement is the one a cycle defect on the next requirement points back to. */
        private boolean isCycleNeighbour(int index, Map<Integer, Defect> into) {
            return into == onRequirement && into.get(index + 1) == Defect.DEPENDENCY_CYCLE;
        }

        // ----- requirements -----

        private enum Kind { FUNCTIONAL, QUALITY }

        private Kind kindOf(int i) {
            return i % 10 == 9 ? Kind.QUALITY : Kind.FUNCTIONAL;
        }

        private boolean hasSecondSuccess(int i) {
            return i % 4 == 1;
        }

        /** Requirements come in groups of 10, each depending on the one before it. */
        private boolean dependsOnPrevious(int i) {
            return i % 10 != 0;
        }

        private String reqId(int i) {
            return "REQ-" + (i + 1);
        }

        private Requirement requirement(int i) {
            Defect defect = onRequirement.get(i);
            String id = reqId(i);
            ElementPath at = ElementPath.root().element("requirements", id);
            String[] actor = ACTORS[i % ACTORS.length];
            String verb = pick(VERBS);
            String thing = pick(THINGS);
            String outcome = pick(OUTCOMES);
            int seconds = 1 + random.nextInt(9);
            Requirement.Builder r = Requirement.builder(id);
            String title = capitalise(thing.substring(thing.indexOf(' ') + 1)) + ": " + actor[2] + " " + verb + " it";
            if (defect == Defect.BLANK_TITLE) {
                title = " ";
                expect(defect, at.field("title"));
            }
            r.title(title);
            String statement;
            if (kindOf(i) == Kind.QUALITY) {
                int percent = 90 + random.nextInt(10);
                r.quality(QualityCategory.PERFORMANCE);
                statement = "The system shall complete " + percent + " % of requests to " + verb.substring(0, verb.length() - 1)
                        + " " + thing + " within " + seconds + " seconds, measured over 1 week.";
            } else {
                statement = "When the " + actor[2] + " " + verb + " " + thing + ", the system shall " + outcomeVerb(outcome)
                        + " within " + seconds + " seconds.";
            }
            if (defect != null) switch (defect) {
                case PLACEHOLDER -> {
                    statement = statement.replace(" within " + seconds + " seconds", " within TBD seconds");
                    expect(defect, at.field("statement"));
                }
                case VAGUE_TERM -> {
                    statement = statement.replace(" within " + seconds + " seconds", " fast");
                    expect(defect, at.field("statement"));
                }
                case NO_NORMATIVE_KEYWORD -> {
                    statement = "The system " + outcome + " for " + thing + " within " + seconds + " seconds.";
                    expect(defect, at.field("statement"));
                }
                case IMPLEMENTATION_DETAIL -> {
                    statement = statement.replace(" within ", " as JSON within ");
                    expect(defect, at.field("statement"));
                }
                default -> { }
            }
            r.statement(statement);
            r.priority(Priority.values()[i % 3]);
            r.status(RequirementStatus.values()[i % 5]); // DRAFT … VERIFIED: all live
            r.rationale("Because " + pick(REASONS) + ".");
            if (i % 3 == 0) r.story("a " + actor[2], "to " + verb.substring(0, verb.length() - 1) + " " + thing + " myself",
                    "I do not wait for the office");
            r.tag("area-" + (i % 17), "release-" + (1 + i % 4));
            r.source("workshop " + (1 + i % 12));
            if (dependsOnPrevious(i)) r.dependsOn(reqId(i - 1));
            if (defect == Defect.UNRESOLVED_DEPENDENCY) {
                String missing = "REQ-MISSING-" + (i + 1);
                r.dependsOn(missing);
                expect(defect, at.element("dependsOn", missing));
            }
            if (onRequirement.get(i + 1) == Defect.DEPENDENCY_CYCLE) r.dependsOn(reqId(i + 1));
            // the cycle is reported once, at its later requirement's link back
            if (defect == Defect.DEPENDENCY_CYCLE) expect(defect, at.element("dependsOn", reqId(i - 1)));
            criteria(r, i, id, at, defect, actor, verb, thing, seconds);
            return r.build();
        }

        private void criteria(Requirement.Builder r, int i, String id, ElementPath at, Defect defect, String[] actor,
                String verb, String thing, int seconds) {
            int rows = 2 + random.nextInt(40);
            String then = "within " + seconds + " seconds the page lists " + rows + " entries for " + thing;
            if (defect == Defect.CRITERION_WITHOUT_NUMBER) {
                then = "the page lists the entries for " + thing;
                expect(defect, at.element("criteria", id.replace("REQ", "AC") + "-1"));
            }
            String given = "a signed-in " + actor[2] + " with " + rows + " entries";
            String when = "the " + actor[2] + " " + verb + " " + thing;
            if (defect == Defect.CRITERION_WITHOUT_NUMBER) given = "a signed-in " + actor[2];
            String ac = id.replace("REQ", "AC");
            if (defect == Defect.NO_SUCCESS_CRITERION) {
                String g = given;
                String t = then;
                r.edgeCase(ac + "-1", EdgeCaseKind.LARGE_DATA, c -> c.given(g).when(when).then(t));
                expect(defect, at);
            } else {
                String g = given;
                String t = then;
                r.criterion(ac + "-1", c -> c.given(g).when(when).then(t));
            }
            int k = i % KINDS.length;
            r.edgeCase(ac + "-2", KINDS[k], c -> c.given(EDGE_GIVENS[k]).when(when).then(EDGE_THENS[k]));
            String message = pick(MESSAGES);
            String failureThen = defect == Defect.FAILURE_WITHOUT_EXPERIENCE
                    ? "nothing is changed and the request is kept for later"
                    : "the " + actor[2] + " sees '" + message + "' and can retry; nothing is lost";
            if (defect == Defect.FAILURE_WITHOUT_EXPERIENCE) expect(defect, at.element("criteria", ac + "-3").field("then"));
            r.failure(ac + "-3", c -> c.given("the connection drops after " + (1 + random.nextInt(5)) + " seconds")
                    .when(when).then(failureThen));
            if (hasSecondSuccess(i)) {
                int copies = 1 + random.nextInt(9);
                r.criterion(ac + "-4", c -> c.given("a list of " + copies + " copies").when("the " + actor[2] + " prints " + thing)
                        .then(copies + " pages come out, each with the date and page number"));
            }
        }

        // ----- use cases -----

        private int firstOf(int useCase) {
            return (int) ((long) useCase * n / useCases);
        }

        private int useCaseOf(int requirement) {
            int u = (int) ((long) requirement * useCases / n);
            while (u + 1 < useCases && firstOf(u + 1) <= requirement) u++;
            while (firstOf(u) > requirement) u--;
            return u;
        }

        private UseCase useCase(int u) {
            Defect defect = onUseCase.get(u);
            String id = "UC-" + (u + 1);
            ElementPath at = ElementPath.root().element("useCases", id);
            String[] actor = ACTORS[u % ACTORS.length];
            int first = entityOf(u);
            int second = (u * 7 + 3) % entities;
            String thing = pick(THINGS);
            UseCase.Builder x = UseCase.builder(id)
                    .title(capitalise(pick(VERBS)) + " " + thing + " at the " + mention(first))
                    .goal("The " + actor[2] + " gets " + thing + " done without calling the office.")
                    .primaryActor(actor[0])
                    .trigger("The " + actor[2] + " " + pick(VERBS) + " " + thing + ".")
                    .precondition("The " + actor[2] + " is signed in at their branch.");
            x.step(actor[0], pick(VERBS) + " " + thing + " on the " + mention(first) + " page");
            x.step("SYSTEM", "checks the " + mention(first) + " and " + pick(OUTCOMES));
            if (second != first) x.step(actor[0], "confirms the " + mention(second));
            x.step("SYSTEM", pick(OUTCOMES) + " and shows a receipt with its number");
            if (defect == Defect.UNLISTED_ENTITY) {
                int other = (second + 1) % entities == first ? (second + 2) % entities : (second + 1) % entities;
                x.step("SYSTEM", "files a copy with the " + mention(other));
                int step = second != first ? 5 : 4;
                expect(defect, at.element("mainFlow", Integer.toString(step)).field("action"));
            }
            x.alternative("A1", "The " + actor[2] + " cancels", 1, f -> f.step("SYSTEM", "discards the draft").ends());
            x.exception("E1", "The " + mention(first) + " is locked by another user", 2,
                    f -> f.step("SYSTEM", "shows who holds the lock").rejoinsAt(1));
            if (defect == Defect.NO_SUCCESS_POSTCONDITION) {
                expect(defect, at.field("successPostconditions"));
            } else {
                x.successPostcondition("The change is saved and the " + actor[2] + " holds a receipt.");
            }
            x.failurePostcondition("Nothing is saved and the " + actor[2] + " sees why.");
            x.businessRule("BR-1", "Only staff of the branch may " + pick(VERBS).replaceAll("s$", "") + " " + thing + ".");
            for (int r = firstOf(u); r < (u + 1 == useCases ? n : firstOf(u + 1)); r++) {
                if (onRequirement.get(r) != Defect.UNREALIZED_REQUIREMENT) {
                    x.realizes(reqId(r));
                } else {
                    expect(Defect.UNREALIZED_REQUIREMENT, ElementPath.root().element("requirements", reqId(r)));
                }
            }
            if (defect == Defect.UNRESOLVED_REALIZES) {
                String missing = "REQ-GONE-" + (u + 1);
                x.realizes(missing);
                expect(defect, at.element("realizes", missing));
            }
            x.uses(entityName(first));
            if (second != first) x.uses(entityName(second));
            if (u % 3 == 2) x.include("UC-" + u);
            return x.build();
        }

        // ----- entities -----

        /** Every entity is used by the use case of its own number, so none is unused. */
        private int entityOf(int useCase) {
            return useCase % entities;
        }

        private String entityName(int e) {
            return COLOURS[e % COLOURS.length] + NOUNS[(e / COLOURS.length) % NOUNS.length];
        }

        private String mention(int e) {
            return (COLOURS[e % COLOURS.length] + " " + NOUNS[(e / COLOURS.length) % NOUNS.length]).toLowerCase(Locale.ROOT);
        }

        private Entity entity(int e) {
            Defect defect = onEntity.get(e);
            Entity.Builder x = Entity.builder(entityName(e)).description("A record the branches keep for each "
                    + mention(e) + ", with its state and value.");
            if (defect == Defect.NO_IDENTIFIER) {
                x.attribute("code", AttributeType.STRING, a -> a.required().maxLength(20));
                expect(defect, ElementPath.root().element("entities", entityName(e)));
            } else {
                x.attribute("code", AttributeType.STRING, a -> a.identifier().maxLength(20).pattern("[A-Z]{2}[0-9]{6}"));
            }
            x.attribute("state", AttributeType.ENUM, a -> a.required().values("OPEN", "IN_USE", "CLOSED"));
            x.attribute("value", AttributeType.MONEY, a -> a.min(0).description("The value in euros, VAT included."));
            x.attribute("label", AttributeType.STRING, a -> a.maxLength(120));
            x.attribute("updated", AttributeType.DATETIME);
            x.relationship("next", entityName((e + 1) % entities), Cardinality.ZERO_OR_ONE);
            return x.build();
        }

        // ----- prose helpers -----

        private void expect(Defect d, ElementPath path) {
            expected.add(new ExpectedFinding(d.ruleId(), d.severity(), path.toString()));
        }

        private String pick(String[] words) {
            return words[random.nextInt(words.length)];
        }

        private static String outcomeVerb(String outcome) {
            int space = outcome.indexOf(' ');
            String verb = outcome.substring(0, space);
            String base = verb.endsWith("es") && (verb.endsWith("shes") || verb.endsWith("ches")) ? verb.substring(0, verb.length() - 2)
                    : verb.substring(0, verb.length() - 1);
            return base + outcome.substring(space);
        }

        private static String capitalise(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    // ----- other shapes -----

    /**
     * A spec of one requirement with {@code criteria} success criteria: every criterion points at one
     * element (an edge case for rules that index by owner).
     *
     * @param criteria the number of criteria
     * @return the spec
     */
    public static Spec criteriaOnOneRequirement(int criteria) {
        Requirement.Builder r = Requirement.builder("REQ-1").title("Show every line of the ledger")
                .statement("When the auditor opens the ledger, the system shall list its lines within 2 seconds.");
        for (int i = 1; i <= criteria; i++) {
            int k = i;
            r.criterion("AC-" + k, c -> c.given("a ledger with " + k + " lines").when("the auditor opens it")
                    .then(k + " lines are listed"));
        }
        return Spec.builder("one-requirement", "A requirement with " + criteria + " criteria")
                .actor("AUDITOR", a -> a.name("Auditor")).requirement(r.build()).build();
    }

    /**
     * A spec of {@code length} requirements where each depends on the one before: a chain as long as the
     * spec, for rules that walk dependencies.
     *
     * @param length the number of requirements
     * @return the spec
     */
    public static Spec dependsOnChain(int length) {
        Spec.Builder b = Spec.builder("chain", "A dependsOn chain of " + length + " requirements");
        for (int i = 1; i <= length; i++) {
            int k = i;
            b.requirement("REQ-" + k, r -> {
                r.title("Step " + k).statement("The system shall do step " + k + " within 2 seconds.")
                        .criterion("AC-" + k, c -> c.given("step " + (k - 1) + " is done").when("the user goes on")
                                .then("step " + k + " is shown"));
                if (k > 1) r.dependsOn("REQ-" + (k - 1));
            });
        }
        return b.build();
    }

    /**
     * Returns {@code count} small synthetic specs (10 requirements each, seeds {@code seed}, {@code seed + 1},
     * …), as one run of a tool over many files checks them.
     *
     * @param count how many
     * @param seed the first seed
     * @return the specs with their manifests
     */
    public static List<SyntheticSpec> tinySpecs(int count, long seed) {
        List<SyntheticSpec> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(builder(10).seed(seed + i).defects(0).build());
        return out;
    }

    /**
     * A spec with {@code n} entities whose names all start with the word "Order" (Order, OrderLine0,
     * Order_Item1, …), n/2 use cases whose steps name two of them and the plain order, and n/10 glossary
     * terms that start with "order": the case that made term matching quadratic when terms were indexed by
     * their first word only.
     *
     * @param n the number of entities
     * @return the spec
     */
    public static Spec sharedFirstWordEntities(int n) {
        Spec.Builder b = Spec.builder("orders", "Orders").actor("USER", a -> a.name("User"))
                .requirement("REQ-1", r -> r.title("Keep orders").statement("The system shall keep 1 order."));
        b.entity("Order", e -> e.attribute("id", AttributeType.STRING, a -> a.identifier()));
        for (int i = 0; i < n - 1; i++) {
            String name = (i % 2 == 0 ? "OrderLine" : "Order_Item") + i;
            b.entity(name, e -> e.attribute("id", AttributeType.STRING, a -> a.identifier()));
        }
        for (int i = 0; i < n / 10; i++) b.term("Order note " + i, "A note on an order", "order memo " + i);
        for (int i = 0; i < n / 2; i++) {
            int k = 2 * i;
            b.useCase("UC-" + i, u -> u.title("Handle order line " + k).primaryActor("USER").realizes("REQ-1")
                    .uses("Order", "OrderLine" + k)
                    .step("USER", "opens the order and its order line " + k + " and order item " + (k + 1))
                    .step("SYSTEM", "shows the order lines, the order memo " + k + " and the orders")
                    .successPostcondition("The order is shown"));
        }
        return b.build();
    }

    /**
     * Returns the next version of a spec, for diffs: every 100th requirement's statement changed, every
     * 250th removed, one new requirement per 500, and the last requirement moved to the front.
     *
     * @param spec the first version
     * @return the second version
     */
    public static Spec nextVersion(Spec spec) {
        List<Requirement> requirements = new ArrayList<>();
        List<Requirement> old = spec.requirements();
        for (int i = 0; i < old.size(); i++) {
            Requirement r = old.get(i);
            if (i % 250 == 249) continue; // references to it now dangle, as in a real edit
            requirements.add(i % 100 == 0 ? r.toBuilder().statement(r.statement().orElse("") + " The change is logged.").build() : r);
        }
        for (int i = 0; i < old.size() / 500; i++) {
            requirements.add(Requirement.builder("REQ-NEW-" + (i + 1)).title("New requirement " + (i + 1))
                    .statement("The system shall archive closed entries after " + (30 + i) + " days.")
                    .criterion("AC-NEW-" + (i + 1), c -> c.given("an entry closed 31 days ago").when("the night run starts")
                            .then("the entry is archived and 1 line is logged"))
                    .build());
        }
        if (requirements.size() > 1) requirements.add(0, requirements.remove(requirements.size() - 1));
        return spec.toBuilder().version("1.1.0").requirements(requirements).build();
    }
}
