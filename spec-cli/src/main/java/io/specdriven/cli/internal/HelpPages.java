package io.specdriven.cli.internal;

/** The help pages. Every option is explained with an example; a test runs each example. */
final class HelpPages {
    private HelpPages() {}

    static final String OVERVIEW = String.join("\n",
            "spec — check, render, trace and diff specifications written with specdriven",
            "",
            "Usage:",
            "  spec check [OPTIONS] [FILE...]   check spec files; with no FILE, the bundled examples",
            "  spec render FILE [OPTIONS]       render a spec as Markdown, diagrams or feature files",
            "  spec trace FILE [OPTIONS]        print a spec's traceability matrix and its orphans",
            "  spec diff OLD NEW [OPTIONS]      print what changed between two versions, and what it touches",
            "  spec help [COMMAND]              show the help of a command",
            "  spec --help, -h                  show this help",
            "  spec --version, -V               print the version",
            "",
            "Examples:",
            "  spec check",
            "  spec check --profile strict specs/*.spec.json",
            "  spec render specs/orders.spec.json --to markdown > docs/orders.md",
            "  spec diff specs/orders-v1.spec.json specs/orders-v2.spec.json",
            "",
            "Run 'spec help COMMAND' for the options of a command, as in 'spec help render'.",
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

    static final String RENDER = String.join("\n",
            "Usage: spec render FILE [OPTIONS]",
            "",
            "Renders the spec in FILE for people and tools, on stdout: a Markdown document, its entity model",
            "as Mermaid diagrams, its use cases and entities as PlantUML diagrams, or, into a directory, one",
            "Gherkin feature file per requirement. A spec need not be valid to be rendered.",
            "",
            "Options:",
            "  --to markdown|mermaid|plantuml|gherkin",
            "                              markdown: the whole spec as a GitHub document, with its Mermaid",
            "                              ER diagram and traceability matrix (default)",
            "                              e.g. spec render orders.spec.json > orders.md",
            "                              mermaid: the ER and the class diagram, each in a ```mermaid block",
            "                              e.g. spec render orders.spec.json --to mermaid > orders-model.md",
            "                              plantuml: the use case and the class diagram, two @startuml blocks",
            "                              e.g. spec render orders.spec.json --to plantuml > orders.puml",
            "                              gherkin: one .feature file per requirement, written to --out",
            "                              e.g. spec render orders.spec.json --to gherkin --out features",
            "  --out DIR                   where --to gherkin writes its files (required with it); DIR is",
            "                              created, files of the same name are replaced, and each file's",
            "                              path is printed",
            "  --findings                  end the Markdown document with the validator's findings",
            "                              e.g. spec render orders.spec.json --findings > orders.md",
            "  --profile basic|standard|strict",
            "                              the profile of --findings (default: standard)",
            "                              e.g. spec render orders.spec.json --findings --profile strict",
            "  --verbose                   also print timings and the library's log lines on stderr",
            "                              e.g. spec render orders.spec.json --findings --verbose",
            "  --debug                     print the stack trace of an error on stderr",
            "  -h, --help                  show this help",
            "  --                          treat every following argument as a FILE",
            "",
            "Exit codes:",
            "  0   rendered (findings do not change it)",
            "  2   FILE could not be read or is not a valid spec document, or a file could not be written",
            "  64  the command line is wrong",
            "");

    static final String TRACE = String.join("\n",
            "Usage: spec trace FILE [OPTIONS]",
            "",
            "Prints the traceability matrix of the spec in FILE: each requirement with its acceptance",
            "criteria, the use cases that realize it and the entities they use; then the orphans:",
            "requirements without criteria or use cases, use cases that realize no requirement, and",
            "entities no use case uses.",
            "",
            "Options:",
            "  --format text|markdown|json",
            "                              text for people, markdown for documents, json for tools",
            "                              (default: text)",
            "                              e.g. spec trace --format json orders.spec.json > trace.json",
            "  --verbose                   also print timings on stderr",
            "                              e.g. spec trace --verbose orders.spec.json",
            "  --debug                     print the stack trace of an error on stderr",
            "  -h, --help                  show this help",
            "  --                          treat every following argument as a FILE",
            "",
            "Exit codes:",
            "  0   the matrix is printed, orphans or not: 'spec check' fails on orphans",
            "  2   FILE could not be read or is not a valid spec document",
            "  64  the command line is wrong",
            "");

    static final String DIFF = String.join("\n",
            "Usage: spec diff OLD NEW [OPTIONS]",
            "",
            "Compares two versions of a spec: the elements added, removed, renamed, moved and changed (with",
            "each changed field's old and new value), then the suspect elements: those that reference a",
            "changed or removed element, directly or through others, and should be reviewed.",
            "",
            "Options:",
            "  --format text|markdown|json",
            "                              text for people, markdown for a pull request, json for tools",
            "                              (default: text)",
            "                              e.g. spec diff --format markdown v1.spec.json v2.spec.json",
            "  --verbose                   also print timings on stderr",
            "                              e.g. spec diff --verbose v1.spec.json v2.spec.json",
            "  --debug                     print the stack trace of an error on stderr",
            "  -h, --help                  show this help",
            "  --                          treat every following argument as a file",
            "",
            "Exit codes:",
            "  0   the two versions are equal",
            "  1   they differ",
            "  2   a file could not be read or is not a valid spec document",
            "  64  the command line is wrong",
            "");

    static final String HELP = String.join("\n",
            "Usage: spec help [COMMAND]",
            "",
            "Shows the help of COMMAND (check, render, trace, diff or help), or the overview.",
            "",
            "Example:",
            "  spec help check",
            "");

    static String page(String command) {
        switch (command) {
            case "check":
                return CHECK;
            case "render":
                return RENDER;
            case "trace":
                return TRACE;
            case "diff":
                return DIFF;
            case "help":
                return HELP;
            default:
                return OVERVIEW;
        }
    }
}
