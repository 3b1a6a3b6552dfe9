package io.specdriven.examples.internal;

/** The help pages. Every option is explained with an example; a test runs each example. */
final class HelpPages {
    private HelpPages() {}

    static final String OVERVIEW = String.join("\n",
            "spec — check specifications written with specdriven",
            "",
            "Usage:",
            "  spec check [OPTIONS] [FILE...]   check spec files; with no FILE, the bundled examples",
            "  spec help [COMMAND]              show the help of a command",
            "  spec --help, -h                  show this help",
            "  spec --version, -V               print the version",
            "",
            "Examples:",
            "  spec check",
            "  spec check --profile strict specs/*.spec.json",
            "",
            "Run 'spec help check' for the options of check.",
            "");

    static final String CHECK = String.join("\n",
            "Usage: spec check [OPTIONS] [FILE...]",
            "",
            "Reads each FILE (a spec document, such as orders.spec.json), validates it and prints its",
            "findings grouped by element, then its score. With no FILE, checks the bundled examples",
            "csv-export, webshop and specdriven. A file given twice is checked once.",
            "",
            "Options:",
            "  --profile basic|standard|strict",
            "                              the rules and their severities: basic checks structure and",
            "                              references, standard adds completeness and language,",
            "                              strict makes every finding an error (default: standard)",
            "                              e.g. spec check --profile strict orders.spec.json",
            "  --format text|json          text for people, json for tools: one report for all files",
            "                              (default: text)",
            "                              e.g. spec check --format json orders.spec.json > report.json",
            "  --fail-on error|warning     the lowest severity that makes the exit code 1",
            "                              (default: error)",
            "                              e.g. spec check --fail-on warning orders.spec.json",
            "  --verbose                   also print timings and the library's log lines on stderr",
            "                              e.g. spec check --verbose orders.spec.json",
            "  --debug                     print the stack trace of an error on stderr",
            "                              e.g. spec check --debug orders.spec.json",
            "  -h, --help                  show this help",
            "  --                          treat every following argument as a FILE",
            "                              e.g. spec check -- -odd-name.spec.json",
            "",
            "Exit codes:",
            "  0   no finding at or above the --fail-on level",
            "  1   findings at or above the --fail-on level",
            "  2   a file could not be read or is not a valid spec document",
            "  64  the command line is wrong",
            "With several files, every file is checked and the highest exit code wins.",
            "",
            "Errors go to stderr, one line each: FILE:LINE:COLUMN: message.",
            "Colours are used only on a terminal; set NO_COLOR to turn them off.",
            "");

    static final String HELP = String.join("\n",
            "Usage: spec help [COMMAND]",
            "",
            "Shows the help of COMMAND (check or help), or the overview.",
            "",
            "Example:",
            "  spec help check",
            "");

    static String page(String command) {
        switch (command) {
            case "check":
                return CHECK;
            case "help":
                return HELP;
            default:
                return OVERVIEW;
        }
    }
}
