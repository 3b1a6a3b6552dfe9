package io.specdriven.maven;

import io.specdriven.engine.CheckSettings;
import io.specdriven.engine.FeatureRun;
import io.specdriven.engine.RenderView;
import io.specdriven.engine.Source;
import io.specdriven.engine.SourceResult;
import io.specdriven.engine.TerminalText;
import io.specdriven.maven.internal.OutputFiles;
import io.specdriven.maven.internal.ParameterException;
import io.specdriven.maven.internal.Parameters;
import io.specdriven.maven.internal.Settings;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the views (goal {@code spec:render}) the engine renders of each spec into {@code outputDirectory}
 * ({@code target/specdriven} by default), as {@code spec render} prints them: for a spec file
 * {@code NAME.spec.json}, {@code NAME.md} (the Markdown document), {@code NAME.mermaid.md} (the Mermaid
 * diagrams), {@code NAME.puml} (the PlantUML diagrams) and {@code features/NAME/} (one Gherkin feature per
 * requirement). A view shows what a spec says, valid or not: findings never fail this goal. Bound to
 * {@code package} by default.
 *
 * @since 0.1
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class RenderMojo extends SpecMojo {
    /**
     * The views to write: {@code markdown}, {@code mermaid}, {@code plantuml}, {@code gherkin} and {@code html}
     * (the spec's self-contained page, {@code <spec id>.html}, with its findings); by default all but
     * {@code html}. Set {@code outputDirectory} to {@code ${project.build.directory}/site} to publish the page
     * with the site.
     */
    @Parameter(property = "specdriven.views", defaultValue = "markdown,mermaid,plantuml,gherkin")
    private List<String> views;

    /** The folder the views go to; created when missing. Files of the same name are replaced. */
    @Parameter(property = "specdriven.outputDirectory", defaultValue = "${project.build.directory}/specdriven")
    private File outputDirectory;

    /**
     * Whether the Markdown document ends with the validator's findings, checked with {@code profile} and the
     * configuration file as {@code spec:check} checks.
     */
    @Parameter(property = "specdriven.findings", defaultValue = "false")
    private boolean findings;

    /**
     * The profile of the findings the Markdown document ends with (with {@code findings}): {@code basic},
     * {@code standard} or {@code strict}. Unset, the configuration file's profile applies, else
     * {@code standard}.
     */
    @Parameter(property = "specdriven.profile")
    private String profile;

    /**
     * The configuration file the findings are checked with (with {@code findings}); unset, it is looked for
     * as {@code spec:check} looks for it.
     */
    @Parameter(property = "specdriven.configFile")
    private File configFile;

    /** Lets Maven create the goal and inject its parameters. */
    public RenderMojo() {}

    @Override
    String goal() {
        return "render";
    }

    @Override
    void run() throws ParameterException, MojoExecutionException, MojoFailureException {
        List<RenderView> chosen = views();
        Optional<CheckSettings> settings = findings
                ? Optional.of(Settings.resolve(profile, null, configFile, basedir()).settings()) : Optional.empty();
        List<String> suffixes = engine.readers().stream().flatMap(r -> r.fileSuffixes().stream()).toList();
        Map<String, String> bases = new LinkedHashMap<>(); // base name → the spec file that has it
        for (SourceResult.Checked spec : readSpecs()) {
            String base = OutputFiles.baseName(Path.of(spec.name()).getFileName().toString(), suffixes);
            String other = bases.putIfAbsent(base, spec.name());
            if (other != null) {
                throw ParameterException.of("specs", TerminalText.safe(other + " and " + spec.name()
                        + " would render to the same files (" + base + ".*): rename one, or render them into"
                        + " different outputDirectory folders"));
            }
            for (RenderView view : chosen) render(spec.name(), base, view, settings);
        }
    }

    private void render(String spec, String base, RenderView view, Optional<CheckSettings> settings)
            throws MojoExecutionException {
        Source source = Source.file(spec);
        if (view == RenderView.GHERKIN || view == RenderView.HTML) {
            FeatureRun run = view == RenderView.HTML
                    ? engine.writeHtml(source, Parameters.name(outputDirectory), List.of(), Optional.empty())
                    : engine.writeFeatures(source, Parameters.name(new File(outputDirectory, "features/" + base)));
            List<String> failed = new ArrayList<>();
            for (FeatureRun.Written file : run.files()) {
                if (file.error().isEmpty()) {
                    getLog().info("spec render: " + TerminalText.safe(spec + " → " + Parameters.name(file.path())));
                } else {
                    failed.add(TerminalText.safe(file.path() + ": cannot be written: " + file.error().get()));
                }
            }
            for (String f : failed) getLog().error(f);
            if (!failed.isEmpty()) throw new MojoExecutionException("parameter 'outputDirectory': " + failed.get(0));
            return;
        }
        File file = new File(outputDirectory, base + extension(view));
        String text = TerminalText.safeLines(engine.render(source, view, view == RenderView.MARKDOWN ? settings
                : Optional.empty()));
        try {
            OutputFiles.write(file.toPath(), text);
        } catch (IOException e) {
            throw new MojoExecutionException("parameter 'outputDirectory': " + TerminalText.safe(Parameters.name(file)
                    + ": cannot be written: " + e.getMessage()));
        }
        getLog().info("spec render: " + TerminalText.safe(spec + " → " + Parameters.name(file)));
    }

    /** The file ending of a view; a view added to the engine later is written as {@code NAME.VIEW}. */
    private static String extension(RenderView view) {
        switch (view) {
            case MARKDOWN:
                return ".md";
            case MERMAID:
                return ".mermaid.md";
            case PLANTUML:
                return ".puml";
            default:
                return "." + view.name().toLowerCase(Locale.ROOT);
        }
    }

    private List<RenderView> views() throws ParameterException {
        // test class skeletons go into the sources, once, by `spec render --to junit`: not a build output
        List<String> names = Arrays.stream(RenderView.values()).filter(v -> v != RenderView.JUNIT)
                .map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
        if (views == null || views.isEmpty()) throw ParameterException.of("views", "names no view: use " + String.join(", ", names));
        List<RenderView> chosen = new ArrayList<>();
        for (String view : views) {
            RenderView v = RenderView.valueOf(Parameters.choice("views", view, "specdriven.views", names).orElseThrow()
                    .toUpperCase(Locale.ROOT));
            if (!chosen.contains(v)) chosen.add(v);
        }
        return chosen;
    }
}
