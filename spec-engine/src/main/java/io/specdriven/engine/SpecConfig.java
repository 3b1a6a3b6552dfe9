package io.specdriven.engine;

import static java.util.Objects.requireNonNull;

import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Suggestions;
import io.specdriven.core.source.SourceLocation;
import io.specdriven.core.validation.IdSpaceKind;
import io.specdriven.core.validation.Lexicon;
import io.specdriven.core.validation.LexiconKind;
import io.specdriven.core.validation.Profile;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.validation.SpecValidator;
import io.specdriven.engine.internal.ConfigTree;
import io.specdriven.engine.internal.ConfigTree.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A project's configuration file, {@code specdriven.yaml} or {@code specdriven.json}: the settings of
 * {@link SpecValidator#builder()} (profile, rule severities and disabled rules, rule thresholds, lexicon
 * additions and removals, id prefix conventions, edge-case kinds, the findings cap and the rule timeout)
 * the fail-on level and the largest document read, so a team tunes its rules without Java.
 *
 * <pre>{@code
 * Optional<Path> file = SpecConfig.find(Path.of(""));           // walks up from the working directory
 * SpecConfig config = file.map(SpecConfig::read).orElse(SpecConfig.none());
 * CheckSettings settings = config.settings(Optional.empty(), Optional.empty()); // a command line's options win
 * }</pre>
 *
 * <p>Every key is checked: an unknown key, a rule that does not exist, a value of the wrong type or out of
 * range is a {@link SpecConfigException} naming the file, line and column, with a did-you-mean where a known
 * name is close. {@code docs/configuration.md} lists the keys. Immutable.
 *
 * @since 0.1
 */
public final class SpecConfig {
    /** The names looked for in each directory, in this order. */
    public static final List<String> FILE_NAMES = List.of("specdriven.yaml", "specdriven.json");

    /** The largest configuration file read: a configuration is a page, not a data set. */
    public static final int MAX_BYTES = 1 << 20;

    private static final List<String> KEYS = List.of("profile", "fail-on", "rules", "settings", "lexicons",
            "id-prefixes", "edge-case-kinds", "max-findings-per-rule", "rule-timeout-seconds", "max-document-size");
    private static final List<String> RULE_VALUES = List.of("error", "warning", "info", "off");
    private static final SpecConfig NONE = new SpecConfig(Optional.empty(), Map.of());

    private final Optional<Path> file;
    private final Map<String, Node> entries; // top-level key → value, in the file's order

    private SpecConfig(Optional<Path> file, Map<String, Node> entries) {
        this.file = file;
        this.entries = entries;
    }

    /**
     * Returns the configuration of a project without a file: the defaults.
     *
     * @return no settings
     */
    public static SpecConfig none() {
        return NONE;
    }

    /**
     * Looks for {@code specdriven.yaml} or {@code specdriven.json} in a directory and the directories above
     * it, up to the root of its git repository (the first directory holding {@code .git}) or of the file
     * system.
     *
     * @param dir where to start, such as the working directory
     * @return the file found, as a path relative to {@code dir} when it is below the same root
     * @throws SpecConfigException if one directory holds both names
     */
    public static Optional<Path> find(Path dir) {
        Path start = requireNonNull(dir, "dir").toAbsolutePath().normalize();
        for (Path d = start; d != null; d = d.getParent()) {
            List<Path> found = new ArrayList<>();
            for (String name : FILE_NAMES) {
                if (Files.isRegularFile(d.resolve(name))) found.add(d.resolve(name));
            }
            if (found.size() > 1) {
                throw new SpecConfigException(SourceLocation.file(relative(start, d).toString()),
                        "holds both specdriven.yaml and specdriven.json: keep one", null);
            }
            if (!found.isEmpty()) return Optional.of(relative(start, found.get(0)));
            if (Files.exists(d.resolve(".git"))) break;
        }
        return Optional.empty();
    }

    private static Path relative(Path start, Path p) {
        Path rel = start.relativize(p);
        return rel.toString().isEmpty() ? Path.of(".") : rel;
    }

    /**
     * Reads a configuration file: YAML for {@code .yaml} and {@code .yml}, JSON for {@code .json}.
     *
     * @param file the file
     * @return the configuration
     * @throws SpecConfigException if it cannot be read, is not well formed, or has a wrong key or value
     */
    public static SpecConfig read(Path file) {
        requireNonNull(file, "file");
        String name = file.toString();
        String lower = name.toLowerCase(Locale.ROOT);
        boolean json = lower.endsWith(".json");
        if (!json && !lower.endsWith(".yaml") && !lower.endsWith(".yml")) {
            throw new SpecConfigException(SourceLocation.file(name), "a configuration file is .yaml, .yml or .json", null);
        }
        byte[] bytes;
        try {
            if (!Files.isRegularFile(file)) {
                throw new SpecConfigException(SourceLocation.file(name),
                        Files.exists(file) ? "is not a regular file" : "no such file", null);
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new SpecConfigException(SourceLocation.file(name), "is larger than " + MAX_BYTES + " bytes", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new SpecConfigException(SourceLocation.file(name), "no such file", e);
        } catch (IOException | InvalidPathException e) {
            throw new SpecConfigException(SourceLocation.file(name), "cannot be read: " + e.getMessage(), e);
        }
        Node root = ConfigTree.parse(bytes, json, name);
        SpecConfig config = new SpecConfig(Optional.of(file), ConfigTree.object(root, "the configuration"));
        config.check();
        return config;
    }

    /**
     * Returns the file this configuration was read from.
     *
     * @return the file, or empty for {@link #none()}
     */
    public Optional<Path> file() {
        return file;
    }

    /**
     * Returns the profile the file sets.
     *
     * @return the profile, if set
     */
    public Optional<Profile> profile() {
        return Optional.ofNullable(entries.get("profile")).map(n -> Profile.valueOf(text(n).toUpperCase(Locale.ROOT)));
    }

    /**
     * Returns the fail-on level the file sets.
     *
     * @return the level, if set
     */
    public Optional<Severity> failOn() {
        return Optional.ofNullable(entries.get("fail-on")).map(n -> Severity.valueOf(text(n).toUpperCase(Locale.ROOT)));
    }

    /**
     * Returns the largest spec document the file lets the tools read ({@code max-document-size}: bytes, or
     * a size such as {@code 300MB}; see {@link DocumentSize#parse}). A command line's
     * {@code --max-document-size} wins over it, and it over {@link DocumentSize#DEFAULT}.
     *
     * @return the size in bytes, if set
     */
    public OptionalLong maxDocumentSize() {
        Node n = entries.get("max-document-size");
        return n == null ? OptionalLong.empty() : OptionalLong.of(size(n));
    }

    /** A document size: whole bytes, or a text such as {@code 300MB}; refused at the value's place. */
    private long size(Node n) {
        try {
            if (n.value() instanceof Long bytes) return DocumentSize.parse(bytes.toString());
            return DocumentSize.parse(ConfigTree.string(n));
        } catch (IllegalArgumentException e) {
            throw error(n.at(), e.getMessage());
        }
    }

    /**
     * Returns the settings of a check: a command line's options win over the file, the file over the
     * defaults (the standard profile, failing on errors). When the file tunes rules, the settings carry a
     * validator built with them.
     *
     * @param profile the profile a command line gives, if any
     * @param failOn the fail-on level a command line gives, if any
     * @return the settings
     * @throws SpecConfigException if the validator refuses a setting (a rule that does not exist), located
     */
    public CheckSettings settings(Optional<Profile> profile, Optional<Severity> failOn) {
        Profile p = requireNonNull(profile, "profile").or(this::profile).orElse(Profile.STANDARD);
        Severity f = requireNonNull(failOn, "failOn").or(this::failOn).orElse(Severity.ERROR);
        CheckSettings settings = CheckSettings.of(p, f);
        if (entries.keySet().stream().allMatch(k -> k.equals("profile") || k.equals("fail-on")
                || k.equals("max-document-size"))) {
            return settings;
        }
        return settings.withValidator(validator(p));
    }

    /**
     * Describes what the file sets, one line per setting, for {@code spec check --verbose}.
     *
     * @return such as {@code profile: strict}, {@code rules: lang.vague-term off}; empty for {@link #none()}
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        entries.forEach((key, node) -> lines.add(key + ": " + ConfigTree.describe(node)));
        return lines;
    }

    // ---- checking the keys and the types, with the place of each problem

    private String where() {
        return file.map(Path::toString).orElse("");
    }

    private SpecConfigException error(SourceLocation at, String problem) {
        return new SpecConfigException(at, problem, null);
    }

    private static String suggestion(String written, List<String> known) {
        return Suggestions.closest(written, known).map(s -> " — did you mean '" + s + "'?").orElse("");
    }

    private String text(Node n) {
        return ConfigTree.string(n);
    }

    private void check() {
        for (Map.Entry<String, Node> e : entries.entrySet()) {
            String key = e.getKey();
            Node value = e.getValue();
            if (!KEYS.contains(key)) {
                throw error(value.keyAt(), "unknown key '" + key + "'" + orList(key, KEYS));
            }
            switch (key) {
                case "profile" -> oneOf(value, List.of("basic", "standard", "strict"));
                case "fail-on" -> oneOf(value, List.of("error", "warning"));
                case "rules" -> ConfigTree.object(value, "rules: rule id → error, warning, info or off")
                        .values().forEach(v -> oneOf(v, RULE_VALUES));
                case "settings" -> ConfigTree.object(value, "settings: rule id → its settings").values()
                        .forEach(v -> ConfigTree.object(v, "a rule's settings: name → number").values()
                                .forEach(n -> ConfigTree.integer(n)));
                case "lexicons" -> lexicons(value);
                case "id-prefixes" -> ConfigTree.object(value, "id-prefixes: element kind → prefixes")
                        .forEach((kind, v) -> {
                            enumName(IdSpaceKind.class, kind, v.keyAt(), "element kind");
                            ConfigTree.strings(v);
                        });
                case "edge-case-kinds" -> {
                    for (Node n : ConfigTree.list(value, "edge-case-kinds: a list of kinds")) {
                        enumName(EdgeCaseKind.class, text(n), n.at(), "edge-case kind");
                    }
                }
                case "max-findings-per-rule" -> atLeast(value, 1);
                case "max-document-size" -> size(value);
                default -> atLeast(value, 0); // rule-timeout-seconds: 0 is no timeout
            }
        }
    }

    private void lexicons(Node value) {
        ConfigTree.object(value, "lexicons: lexicon → add and remove").forEach((kind, v) -> {
            enumName(LexiconKind.class, kind, v.keyAt(), "lexicon");
            ConfigTree.object(v, "a lexicon's changes: add and remove").forEach((op, terms) -> {
                if (!op.equals("add") && !op.equals("remove")) {
                    throw error(terms.keyAt(), "unknown key '" + op + "': a lexicon takes add and remove"
                            + suggestion(op, List.of("add", "remove")));
                }
                ConfigTree.strings(terms);
            });
        });
    }

    private static String orList(String written, List<String> known) {
        String s = suggestion(written, known);
        return s.isEmpty() ? ": the keys are " + String.join(", ", known) : s;
    }

    private void oneOf(Node n, List<String> values) {
        String v = text(n);
        if (!values.contains(v)) {
            throw error(n.at(), "'" + v + "' is not one of " + String.join(", ", values) + suggestion(v, values));
        }
    }

    private void atLeast(Node n, int min) {
        long v = ConfigTree.integer(n);
        if (v < min || v > Integer.MAX_VALUE) throw error(n.at(), v + " is out of range: use " + min + " or more");
    }

    /** The kebab-case names of an enum's constants: {@code use-case} for {@code USE_CASE}. */
    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
    }

    private <E extends Enum<E>> E enumName(Class<E> type, String name, SourceLocation at, String what) {
        List<String> names = names(type);
        int i = names.indexOf(name);
        if (i < 0) {
            throw error(at, "unknown " + what + " '" + name + "'" + (suggestion(name, names).isEmpty()
                    ? ": use one of " + String.join(", ", names) : suggestion(name, names)));
        }
        return type.getEnumConstants()[i];
    }

    // ---- the validator

    private SpecValidator validator(Profile profile) {
        SpecValidator.Builder b = SpecValidator.builder().profile(profile);
        Map<String, SourceLocation> ruleKeys = new LinkedHashMap<>();
        Node rules = entries.get("rules");
        if (rules != null) {
            ConfigTree.object(rules, "rules").forEach((id, v) -> {
                ruleKeys.put(id, v.keyAt());
                String level = text(v);
                if (level.equals("off")) b.disable(id);
                else b.severity(id, Severity.valueOf(level.toUpperCase(Locale.ROOT)));
            });
        }
        Node settings = entries.get("settings");
        if (settings != null) {
            ConfigTree.object(settings, "settings").forEach((id, v) ->
                    ConfigTree.object(v, "settings").forEach((name, n) -> {
                        try {
                            b.setting(id, name, (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE,
                                    ConfigTree.integer(n))));
                        } catch (IllegalArgumentException e) {
                            boolean valueWrong = e.getMessage().startsWith("setting '");
                            throw error(valueWrong ? n.at() : n.keyAt(), e.getMessage());
                        }
                    }));
        }
        Node lexicons = entries.get("lexicons");
        if (lexicons != null) {
            ConfigTree.object(lexicons, "lexicons").forEach((kindName, v) -> {
                LexiconKind kind = enumName(LexiconKind.class, kindName, v.keyAt(), "lexicon");
                Lexicon lexicon = Lexicon.builtIn(kind);
                for (Map.Entry<String, Node> op : ConfigTree.object(v, "lexicon").entrySet()) {
                    List<String> terms = ConfigTree.strings(op.getValue());
                    try {
                        lexicon = op.getKey().equals("add") ? lexicon.plus(terms.toArray(String[]::new))
                                : lexicon.minus(terms.toArray(String[]::new));
                    } catch (IllegalArgumentException e) {
                        throw error(op.getValue().at(), e.getMessage());
                    }
                }
                b.lexicon(kind, lexicon);
            });
        }
        Node prefixes = entries.get("id-prefixes");
        if (prefixes != null) {
            ConfigTree.object(prefixes, "id-prefixes").forEach((kindName, v) -> {
                try {
                    b.idPrefix(enumName(IdSpaceKind.class, kindName, v.keyAt(), "element kind"),
                            ConfigTree.strings(v).toArray(String[]::new));
                } catch (IllegalArgumentException e) {
                    throw error(v.at(), e.getMessage());
                }
            });
        }
        Node kinds = entries.get("edge-case-kinds");
        if (kinds != null) {
            List<EdgeCaseKind> list = new ArrayList<>();
            for (Node n : ConfigTree.list(kinds, "edge-case-kinds")) {
                list.add(enumName(EdgeCaseKind.class, text(n), n.at(), "edge-case kind"));
            }
            b.edgeCaseKinds(list.toArray(EdgeCaseKind[]::new));
        }
        integer(entries.get("max-findings-per-rule")).ifPresent(b::maxFindingsPerRule);
        OptionalInt timeout = integer(entries.get("rule-timeout-seconds"));
        if (timeout.isPresent()) {
            if (timeout.getAsInt() == 0) b.noRuleTimeout();
            else b.ruleTimeout(java.time.Duration.ofSeconds(timeout.getAsInt()));
        }
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            // The builder names the id it refuses ('lang.vague-trem'), with its own did-you-mean.
            // It names the refused id before any suggestion, so the key named first is the one at fault.
            SourceLocation at = SourceLocation.file(where());
            int first = Integer.MAX_VALUE;
            for (Map.Entry<String, SourceLocation> k : ruleKeys.entrySet()) {
                int i = e.getMessage().indexOf("'" + k.getKey() + "'");
                if (i >= 0 && i < first) {
                    first = i;
                    at = k.getValue();
                }
            }
            throw error(at, e.getMessage());
        }
    }

    private OptionalInt integer(Node n) {
        return n == null ? OptionalInt.empty() : OptionalInt.of((int) ConfigTree.integer(n));
    }

    @Override
    public String toString() {
        return "SpecConfig[" + file.map(Path::toString).orElse("none") + "]";
    }
}
