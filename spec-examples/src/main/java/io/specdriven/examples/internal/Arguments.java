package io.specdriven.examples.internal;

import io.specdriven.examples.internal.Invocation.Check;
import io.specdriven.examples.internal.Invocation.Format;
import io.specdriven.examples.internal.Invocation.Help;
import io.specdriven.examples.internal.Invocation.Options;
import io.specdriven.examples.internal.Invocation.UsageError;
import io.specdriven.examples.internal.Invocation.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses the command line by hand: {@code spec check [OPTIONS] [FILE…]}, {@code spec help [COMMAND]},
 * {@code spec --help}, {@code spec --version}. Options may come before or after files, as
 * {@code --name value} or {@code --name=value}; {@code --} ends the options.
 */
public final class Arguments {
    static final List<String> COMMANDS = List.of("check", "help");
    static final List<String> PROFILES = List.of("basic", "standard", "strict");
    private static final List<String> CHECK_OPTIONS = List.of(
            "--profile", "--format", "--fail-on", "--verbose", "--debug", "--help");

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
            default:
                if (first.startsWith("-")) {
                    return new UsageError("unknown option '" + Text.safe(first) + "'"
                            + suggestion(first, List.of("--help", "--version"))
                            + " — options follow the command, as in 'spec check " + Text.safe(first) + "'");
                }
                return new UsageError("unknown command '" + Text.safe(first) + "'" + suggestion(first, COMMANDS));
        }
    }

    private static Invocation help(List<String> rest) {
        if (rest.isEmpty()) return new Help(Optional.empty());
        if (rest.size() > 1) return unexpected(rest.get(1), "help");
        String topic = rest.get(0);
        if (!COMMANDS.contains(topic)) {
            return new UsageError("no help for '" + Text.safe(topic) + "'" + suggestion(topic, COMMANDS)
                    + " — commands are " + String.join(", ", COMMANDS));
        }
        return new Help(Optional.of(topic));
    }

    private static Invocation check(List<String> args) {
        String profile = "standard";
        Format format = Format.TEXT;
        Level failOn = Level.ERROR;
        boolean verbose = false;
        boolean debug = false;
        List<String> files = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                files.add(arg);
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
            switch (name) {
                case "-h":
                case "--help":
                    return new Help(Optional.of("check"));
                case "--verbose":
                case "--debug":
                    if (value != null) return new UsageError("option '" + name + "' takes no value");
                    if (name.equals("--verbose")) verbose = true;
                    else debug = true;
                    break;
                case "--profile":
                case "--format":
                case "--fail-on":
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            return new UsageError("option '" + name + "' needs a value: " + choices(name));
                        }
                        value = args.get(++i);
                    }
                    String v = value;
                    switch (name) {
                        case "--profile":
                            if (!PROFILES.contains(v)) return badValue(name, v);
                            profile = v;
                            break;
                        case "--format":
                            if (v.equals("text")) format = Format.TEXT;
                            else if (v.equals("json")) format = Format.JSON;
                            else return badValue(name, v);
                            break;
                        default:
                            if (v.equals("error")) failOn = Level.ERROR;
                            else if (v.equals("warning")) failOn = Level.WARNING;
                            else return badValue(name, v);
                    }
                    break;
                default:
                    return new UsageError("unknown option '" + Text.safe(arg) + "' for check"
                            + suggestion(name, CHECK_OPTIONS));
            }
        }
        return new Check(new Options(profile, format, failOn, verbose, debug), files);
    }

    private static String choices(String option) {
        switch (option) {
            case "--profile":
                return "basic, standard or strict";
            case "--format":
                return "text or json";
            default:
                return "error or warning";
        }
    }

    private static UsageError badValue(String option, String value) {
        return new UsageError("option '" + option + "': '" + Text.safe(value) + "' is not one of "
                + choices(option));
    }

    private static UsageError unexpected(String arg, String after) {
        return new UsageError("unexpected argument '" + Text.safe(arg) + "' after '" + after + "'");
    }

    private static String suggestion(String typed, List<String> candidates) {
        String best = Text.closest(typed, candidates);
        return best == null ? "" : " — did you mean '" + best + "'?";
    }
}
