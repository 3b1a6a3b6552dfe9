package io.specdriven.cli.internal;

import io.specdriven.cli.internal.Invocation.Check;
import io.specdriven.cli.internal.Invocation.Diff;
import io.specdriven.cli.internal.Invocation.Help;
import io.specdriven.cli.internal.Invocation.Options;
import io.specdriven.cli.internal.Invocation.Render;
import io.specdriven.cli.internal.Invocation.Trace;
import io.specdriven.cli.internal.Invocation.UsageError;
import io.specdriven.cli.internal.Invocation.Version;
import io.specdriven.core.validation.Severity;
import io.specdriven.core.verify.VerificationStatus;
import io.specdriven.engine.DocumentSize;
import io.specdriven.engine.TerminalText;
import io.specdriven.engine.OutputFormat;
import io.specdriven.engine.RenderView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Parses the command line by hand: {@code spec check [OPTIONS] [FILE…]}, {@code spec render FILE [OPTIONS]},
 * {@code spec trace FILE [OPTIONS]}, {@code spec diff OLD NEW [OPTIONS]}, {@code spec help [COMMAND]},
 * {@code spec --help}, {@code spec --version}. Options may come before or after files, as
 * {@code --name value} or {@code --name=value}; {@code --} ends the options.
 */
public final class Arguments {
    static final List<String> COMMANDS = List.of("check", "render", "trace", "diff", "verify", "metrics", "rules", "mcp", "help");
    static final List<String> PROFILES = List.of("basic", "standard", "strict");
    private static final String MAX_SIZE = "--max-document-size";
    private static final List<String> RENDER_VALUED = List.of("--to", "--out", "--package", "--results", "--history", "--profile", MAX_SIZE);
    private static final List<String> RENDER_FLAGS = List.of("--findings", "--verbose", "--debug");
    private static final List<String> FORMAT_VALUED = List.of("--format");
    private static final List<String> READ_VALUED = List.of("--format", MAX_SIZE);
    private static final List<String> CHECK_VALUED = List.of("--profile", "--format", "--fail-on", "--config", MAX_SIZE);
    private static final List<String> VERBOSE_AND_DEBUG = List.of("--verbose", "--debug");
    private static final String VIEWS = "markdown, mermaid, plantuml, gherkin, junit or html";
    private static final String FORMATS = "text, markdown or json";
    private static final List<String> CHECK_FORMATS = List.of("text", "json", "sarif", "github", "junit");

    private Arguments() {}

    /**
     * Parses the arguments.
     *
     * @param args the command line, without the program name
     * @return what to do, or the usage error
     */
    public static Invocation parse(List<String> args) {
        if (args.isEmpty()) {
            return new UsageError("no command given — try 'spec check' or 'spec --help'");
        }
        String first = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (first) {
            case "-h":
            case "--help":
                return rest.isEmpty() ? new Help(Optional.empty()) : unexpected(rest.get(0), "--help");
            case "-V":
            case "--version":
                return rest.isEmpty() ? new Version() : unexpected(rest.get(0), "--version");
            case "help":
                return help(rest);
            case "check":
                return check(rest);
            case "render":
                return render(rest);
            case "trace":
                return trace(rest);
            case "diff":
                return diff(rest);
            case "verify":
                return verify(rest);
            case "metrics":
                return metrics(rest);
            case "rules":
                return rules(rest);
            case "mcp":
                return mcp(rest);
            default:
                if (first.startsWith("-")) {
                    // A typo of --help or --version, else an option that belongs after a command.
                    String suggestion = suggestion(first, List.of("--help", "--version"));
                    if (!suggestion.isEmpty()) return new UsageError("unknown option '" + TerminalText.safe(first) + "'" + suggestion);
                    return new UsageError("unknown option '" + TerminalText.safe(first) + "': options follow the command, as in 'spec check "
                            + TerminalText.safe(first) + "'");
                }
                return new UsageError("unknown command '" + TerminalText.safe(first) + "'" + suggestion(first, COMMANDS));
        }
    }

    private static Invocation help(List<String> rest) {
        if (rest.isEmpty()) return new Help(Optional.empty());
        if (rest.size() > 1) return unexpected(rest.get(1), "help");
        String topic = rest.get(0);
        if (!COMMANDS.contains(topic)) {
            String suggestion = suggestion(topic, COMMANDS);
            if (!suggestion.isEmpty()) return new UsageError("no help for '" + TerminalText.safe(topic) + "'" + suggestion);
            return new UsageError("no help for '" + TerminalText.safe(topic) + "': the commands are "
                    + String.join(", ", COMMANDS.subList(0, COMMANDS.size() - 1)) + " and " + COMMANDS.get(COMMANDS.size() - 1));
        }
        return new Help(Optional.of(topic));
    }

    private static Invocation check(List<String> args) {
        Object parsed = words("check", args, CHECK_VALUED, VERBOSE_AND_DEBUG);
        if (parsed instanceof Invocation) return (Invocation) parsed;
        Words words = (Words) parsed;
        Optional<String> profile = Optional.ofNullable(words.values.get("--profile"));
        if (profile.isPresent() && !PROFILES.contains(profile.get())) return badValue("--profile", profile.get());
        String format = words.values.getOrDefault("--format", "text");
        if (!CHECK_FORMATS.contains(format)) return badValue("--format", format);
        Optional<String> failOn = Optional.ofNullable(words.values.get("--fail-on"));
        if (failOn.isPresent() && !failOn.get().equals("error") && !failOn.get().equals("warning")) {
            return badValue("--fail-on", failOn.get());
        }
        Optional<String> config = Optional.ofNullable(words.values.get("--config"));
        if (config.isPresent() && config.get().isEmpty()) return new UsageError("option '--config': '' is not a valid path");
        Object size = maxDocumentSize(words);
        if (size instanceof UsageError) return (UsageError) size;
        return new Check(new Options(profile, OutputFormat.parse(format),
                failOn.map(f -> f.equals("warning") ? Severity.WARNING : Severity.ERROR), words.flags.contains("--verbose"),
                words.flags.contains("--debug"), config, (OptionalLong) size), words.operands);
    }

    private static Invocation render(List<String> args) {
        Object parsed = words("render", args, RENDER_VALUED, RENDER_FLAGS);
        if (parsed instanceof Invocation) return (Invocation) parsed;
        Words words = (Words) parsed;
        if (words.operands.isEmpty()) {
            return new UsageError("render needs a FILE, as in 'spec render orders.spec.json --to markdown'");
        }
        if (words.operands.size() > 1) return extra(words.operands.get(1), "render takes one FILE");
        String to = words.values.getOrDefault("--to", "markdown");
        if (!List.of("markdown", "mermaid", "plantuml", "gherkin", "junit", "html").contains(to)) return badValue("--to", to, VIEWS);
        RenderView view = RenderView.valueOf(to.toUpperCase(Locale.ROOT));
        boolean files = view == RenderView.GHERKIN || view == RenderView.JUNIT || view == RenderView.HTML;
        Optional<String> out = Optional.empty();
        if (words.values.containsKey("--out")) {
            if (!files) {
                return new UsageError("option '--out' is only for --to gherkin, junit or html; the other views go to stdout");
            }
            String dir = words.values.get("--out");
            if (dir.isEmpty()) return new UsageError("option '--out': '' is not a valid path");
            out = Optional.of(dir);
        } else if (view == RenderView.GHERKIN) {
            return new UsageError("render --to gherkin needs --out DIR: it writes one .feature file per requirement");
        } else if (view == RenderView.JUNIT) {
            return new UsageError("render --to junit needs --out DIR (a test source root, such as src/test/java): it"
                    + " writes one test class per requirement");
        } else if (view == RenderView.HTML) {
            return new UsageError("render --to html needs --out DIR: it writes the page as DIR/<spec id>.html");
        }
        List<String> results = words.all.getOrDefault("--results", List.of());
        for (String r : results) if (r.isEmpty()) return new UsageError("option '--results': '' is not a valid path");
        Optional<String> history = Optional.ofNullable(words.values.get("--history"));
        if ((!results.isEmpty() || history.isPresent()) && view != RenderView.HTML) {
            return new UsageError("options '--results' and '--history' are only for --to html");
        }
        if (history.isPresent() && results.isEmpty()) {
            return new UsageError("option '--history' draws acceptance beside test results: give --results PATH too");
        }
        Optional<String> packageName = Optional.ofNullable(words.values.get("--package"));
        if (packageName.isPresent() && view != RenderView.JUNIT) return new UsageError("option '--package' is only for --to junit");
        if (packageName.isEmpty() && view == RenderView.JUNIT) {
            return new UsageError("render --to junit needs --package P, the package of the test classes, such as com.acme.orders");
        }
        boolean findings = words.flags.contains("--findings");
        if (findings && view != RenderView.MARKDOWN) return new UsageError("option '--findings' is only for --to markdown");
        String profile = words.values.getOrDefault("--profile", "standard");
        if (words.values.containsKey("--profile")) {
            if (!findings) return new UsageError("option '--profile' is only for --findings");
            if (!PROFILES.contains(profile)) return badValue("--profile", profile, choices("--profile"));
        }
        Object size = maxDocumentSize(words);
        if (size instanceof UsageError) return (UsageError) size;
        return new Render(words.operands.get(0), view, out, packageName, results, history,
                findings ? Optional.of(profile) : Optional.empty(),
                words.flags.contains("--debug"), words.flags.contains("--verbose"), (OptionalLong) size);
    }

    private static Invocation trace(List<String> args) {
        Object parsed = words("trace", args, READ_VALUED, VERBOSE_AND_DEBUG);
        if (parsed instanceof Invocation) return (Invocation) parsed;
        Words words = (Words) parsed;
        if (words.operands.isEmpty()) return new UsageError("trace needs a FILE, as in 'spec trace orders.spec.json'");
        if (words.operands.size() > 1) return extra(words.operands.get(1), "trace takes one FILE");
        Optional<OutputFormat> format = format(words);
        if (format.isEmpty()) return badValue("--format", words.values.get("--format"), FORMATS);
        Object size = maxDocumentSize(words);
        if (size instanceof UsageError) return (UsageError) size;
        return new Trace(words.operands.get(0), format.get(), words.flags.contains("--debug"),
                words.flags.contains("--verbose"), (OptionalLong) size);
    }

    private static Invocation diff(List<String> args) {
        Object parsed = words("diff", args, READ_VALUED, VERBOSE_AND_DEBUG);
        if (parsed instanceof Invocation) return (Invocation) parsed;
        Words words = (Words) parsed;
        if (words.operands.size() < 2) {
            return new UsageError("diff needs two files, OLD and NEW, as in 'spec diff v1.spec.json v2.spec.json'");
        }
        if (words.operands.size() > 2) return extra(words.operands.get(2), "diff takes two files, OLD and NEW");
        Optional<OutputFormat> format = format(words);
        if (format.isEmpty()) return badValue("--format", words.values.get("--format"), FORMATS);
        Object size = maxDocumentSize(words);
        if (size instanceof UsageError) return (UsageError) size;
        return new Diff(words.operands.get(0), words.operands.get(1), format.get(), words.flags.contains("--debug"),
                words.flags.contains("--verbose"), (OptionalLong) size);
    }

    private static final List<String> VERIFY_VALUED = List.of("--results", "--previous", "--format", "--fail-on", "--record",
            MAX_SIZE);
    private static final String FAIL_ON = "failed, suspect, skipped or untested";

    private static Invocation verify(List<String> args) {
        Object parsed = words("verify", args, VERIFY_VALUED, VERBOSE_AND_DEBUG);
        if (parsed instanceof Invocation) return (Invocation) parsed;
        Words words = (Words) parsed;
        if (words.operands.isEmpty()) {
            return new UsageError("verify needs a FILE, as in 'spec verify orders.spec.json --results target/spec-results'");
        }
        if (words.operands.size() > 1) {
            return extra(words.operands.get(1), "verify takes one FILE; give each results path with --results");
        }
        List<String> results = words.all.getOrDefault("--results", List.of());
        if (results.isEmpty()) {
            return new UsageError("verify needs --results PATH (a results file or directory, such as target/spec-results)");
        }
        for (String r : results) if (r.isEmpty()) return new UsageError("option '--results': '' is not a valid path");
        Optional<OutputFormat> format = format(words);
        if (format.isEmpty()) return badValue("--format", words.values.get("--format"), FORMATS);
        String failOn = words.values.getOrDefault("--fail-on", "untested");
        VerificationStatus threshold;
        switch (failOn) {
            case "failed" -> threshold = VerificationStatus.FAILED;
            case "suspect" -> threshold = VerificationStatus.SUSPECT;
            case "skipped" -> threshold = VerificationStatus.SKIPPED;
            case "untested" -> threshold = VerificationStatus.UNTESTED;
            default -> {
                return badValue("--fail-on", failOn, FAIL_ON);
            }
        }
        String record = words.values.get("--record");
        if (record != null && record.isEmpty()) return new UsageError("option '--record': '' is not a valid path");
        Object size = maxDocumentSize(words);
        if (size instanceof UsageError) return (UsageError) size;
        return new Invocation.Verify(words.operands.get(0), results, Optional.ofNullable(words.values.get("--previous")),
                format.get(), threshold, Optional.ofNullable(record), words.flags.contains("--debug"),
                words.flags.contains("--verbose"), (OptionalLong) size);
    }

    private static Invocation metrics(List<String> args) {
        Object parsed = words("metrics", args, FORMAT_VALUED, List.of("--debug"));
        if (parsed instanceof Invocation) return (Invocation) parsed;
        Words words = (Words) parsed;
        if (words.operands.isEmpty()) return new UsageError("metrics needs a FILE, as in 'spec metrics acceptance.jsonl'");
        if (words.operands.size() > 1) return extra(words.operands.get(1), "metrics takes one FILE");
        String format = words.values.getOrDefault("--format", "text");
        if (!format.equals("text") && !format.equals("json")) return badValue("--format", format, "text or json");
        return new Invocation.Metrics(words.operands.get(0), format.equals("json") ? OutputFormat.JSON : OutputFormat.TEXT,
                words.flags.contains("--debug"));
    }

    private static Invocation mcp(List<String> args) {
        Object parsed = words("mcp", args, List.of("--root"), List.of());
        if (parsed instanceof Invocation) return (Invocation) parsed;
        Words words = (Words) parsed;
        if (!words.operands.isEmpty()) return extra(words.operands.get(0), "mcp takes no FILE; the tools name files under --root");
        String root = words.values.get("--root");
        if (root != null && root.isEmpty()) return new UsageError("option '--root': '' is not a valid path");
        return new Invocation.Mcp(Optional.ofNullable(root));
    }

    private static Invocation rules(List<String> args) {
        Object parsed = words("rules", args, FORMAT_VALUED, List.of());
        if (parsed instanceof Invocation) return (Invocation) parsed;
        Words words = (Words) parsed;
        if (!words.operands.isEmpty()) return extra(words.operands.get(0), "rules takes no FILE");
        Optional<OutputFormat> format = format(words);
        if (format.isEmpty()) return badValue("--format", words.values.get("--format"), FORMATS);
        return new Invocation.Rules(format.get());
    }

    /** {@code --max-document-size SIZE}: the size in bytes (an {@link OptionalLong}), or the {@link UsageError}. */
    private static Object maxDocumentSize(Words words) {
        String value = words.values.get(MAX_SIZE);
        if (value == null) return OptionalLong.empty();
        try {
            return OptionalLong.of(DocumentSize.parse(value));
        } catch (IllegalArgumentException e) {
            return new UsageError("option '" + MAX_SIZE + "': " + TerminalText.safe(e.getMessage()));
        }
    }

    private static Optional<OutputFormat> format(Words words) {
        switch (words.values.getOrDefault("--format", "text")) {
            case "text":
                return Optional.of(OutputFormat.TEXT);
            case "markdown":
                return Optional.of(OutputFormat.MARKDOWN);
            case "json":
                return Optional.of(OutputFormat.JSON);
            default:
                return Optional.empty();
        }
    }

    /** The operands, option values and flags of one command line, before the command checks them. */
    private record Words(List<String> operands, Map<String, String> values, Set<String> flags,
            Map<String, List<String>> all) {}

    /**
     * Splits the arguments of {@code command} into operands, options with a value and flags; returns the
     * {@link Words}, or the {@link Help} or {@link UsageError} that ends parsing. A repeated option's last
     * value wins, as with {@code check}.
     */
    private static Object words(String command, List<String> args, List<String> valued, List<String> flags) {
        List<String> operands = new ArrayList<>();
        Map<String, String> values = new HashMap<>();
        Map<String, List<String>> all = new HashMap<>();
        Set<String> set = new HashSet<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                operands.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("-h") || name.equals("--help")) return new Help(Optional.of(command));
            if (flags.contains(name)) {
                if (value != null) return new UsageError("option '" + name + "' takes no value");
                set.add(name);
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.size()) {
                        return new UsageError("option '" + name + "' needs a value" + valueHint(command, name));
                    }
                    value = args.get(++i);
                }
                values.put(name, value);
                all.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            } else {
                List<String> known = new ArrayList<>(valued);
                known.addAll(flags);
                known.add("--help");
                return new UsageError("unknown option '" + TerminalText.safe(arg) + "' for " + command + suggestion(name, known));
            }
        }
        return new Words(operands, values, set, all);
    }

    private static String valueHint(String command, String option) {
        if (option.equals(MAX_SIZE)) return ": a size such as 300MB or 1g";
        if (command.equals("check")) return ": " + choices(option);
        switch (option) {
            case "--fail-on":
                return ": " + FAIL_ON;
            case "--results":
                return ": a results file or directory";
            case "--previous":
                return ": the previous version of the spec";
            case "--record":
                return ": the acceptance history file, such as acceptance.jsonl";
            case "--to":
                return ": " + VIEWS;
            case "--format":
                return ": " + FORMATS;
            case "--profile":
                return ": " + choices(option);
            default:
                return ": a directory";
        }
    }

    private static UsageError badValue(String option, String value, String choices) {
        return new UsageError("option '" + option + "': '" + TerminalText.safe(value) + "' is not one of " + choices);
    }

    private static UsageError extra(String arg, String why) {
        return new UsageError("unexpected argument '" + TerminalText.safe(arg) + "': " + why);
    }

    private static String choices(String option) {
        switch (option) {
            case "--profile":
                return "basic, standard or strict";
            case "--format":
                return "text, json, sarif, github or junit";
            case "--config":
                return "a specdriven.yaml or specdriven.json file";
            default:
                return "error or warning";
        }
    }

    private static UsageError badValue(String option, String value) {
        return badValue(option, value, choices(option));
    }

    private static UsageError unexpected(String arg, String after) {
        return new UsageError("unexpected argument '" + TerminalText.safe(arg) + "' after '" + after + "'");
    }

    private static String suggestion(String typed, List<String> candidates) {
        String best = Text.closest(typed, candidates);
        return best == null ? "" : " — did you mean '" + best + "'?";
    }
}
