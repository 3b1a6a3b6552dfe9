package io.specdriven.core.internal.view;

import io.specdriven.core.Actor;
import io.specdriven.core.ActorKind;
import io.specdriven.core.Attribute;
import io.specdriven.core.Entity;
import io.specdriven.core.Id;
import io.specdriven.core.Relationship;
import io.specdriven.core.Spec;
import io.specdriven.core.Step;
import io.specdriven.core.UseCase;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * PlantUML use case and class diagrams. Every element gets an ASCII alias (see {@link Aliases}) and
 * shows its real name as a quoted display name, so ids with dots, dashes, umlauts or PlantUML keywords
 * never reach the parser as identifiers. Links to elements the spec does not declare are left out.
 */
public final class PlantUml {
    private PlantUml() {}

    /** Renders the use case diagram: actors, use cases in the system boundary, include and extend. */
    public static String useCaseDiagram(Spec spec) {
        StringBuilder out = new StringBuilder("@startuml\nleft to right direction\n");
        Aliases actors = new Aliases("A_");
        Aliases useCases = new Aliases("UC_");
        for (Actor a : spec.actors()) {
            if (actors.has(a.id())) continue;
            out.append("actor \"").append(Aliases.quoted(a.name())).append("\" as ").append(actors.of(a.id()));
            if (a.kind() == ActorKind.EXTERNAL_SYSTEM) out.append(" <<system>>");
            out.append('\n');
        }
        out.append("rectangle \"").append(Aliases.quoted(spec.title())).append("\" {\n");
        for (UseCase u : spec.useCases()) {
            if (useCases.has(u.id())) continue;
            out.append("  usecase \"").append(Aliases.quoted(u.title())).append(" (")
                    .append(Aliases.quoted(u.id().value())).append(")\" as ").append(useCases.of(u.id())).append('\n');
        }
        out.append("}\n");
        for (UseCase u : spec.useCases()) {
            String uc = useCases.of(u.id());
            Set<Id> secondary = new LinkedHashSet<>(u.secondaryActors());
            u.primaryActor().filter(actors::has).ifPresent(a -> out.append(actors.of(a)).append(" --> ").append(uc).append('\n'));
            // actors who act in a step but are not named as primary are shown as secondary
            u.mainFlow().stream().map(Step::actor).forEach(secondary::add);
            u.primaryActor().ifPresent(secondary::remove);
            for (Id a : secondary) {
                if (actors.has(a)) out.append(uc).append(" --> ").append(actors.of(a)).append('\n');
            }
            for (Id included : u.includes()) {
                if (useCases.has(included)) out.append(uc).append(" ..> ").append(useCases.of(included)).append(" : <<include>>\n");
            }
            for (Id base : u.extensionOf()) {
                if (useCases.has(base)) out.append(uc).append(" ..> ").append(useCases.of(base)).append(" : <<extend>>\n");
            }
        }
        return out.append("@enduml\n").toString();
    }

    /** Renders the class diagram of the entity model. */
    public static String classDiagram(Spec spec) {
        StringBuilder out = new StringBuilder("@startuml\nhide empty methods\nhide empty fields\nhide circle\n");
        Aliases entities = new Aliases("E_");
        for (Entity e : spec.entities()) {
            if (entities.has(e.name())) continue;
            out.append("class \"").append(Aliases.quoted(e.name().value())).append("\" as ").append(entities.of(e.name()));
            if (e.attributes().isEmpty()) {
                out.append('\n');
                continue;
            }
            out.append(" {\n");
            for (Attribute a : e.attributes()) {
                // {field} keeps PlantUML from reading a name as a method or a modifier
                out.append("  {field} ").append(Aliases.plain(a.name())).append(" : ").append(Mermaid.type(a));
                if (a.required()) out.append(" [1]");
                out.append('\n');
            }
            out.append("}\n");
        }
        for (Entity e : spec.entities()) {
            for (Relationship r : e.relationships()) {
                if (!entities.has(r.target())) continue;
                String arrow = switch (r.kind()) {
                    case COMPOSITION -> "*--";
                    case AGGREGATION -> "o--";
                    case ASSOCIATION -> "-->";
                };
                out.append(entities.of(e.name())).append(' ');
                r.sourceCardinality().ifPresent(c -> out.append('"').append(c.notation()).append("\" "));
                out.append(arrow);
                r.cardinality().ifPresent(c -> out.append(" \"").append(c.notation()).append('"'));
                out.append(' ').append(entities.of(r.target())).append(" : ").append(Aliases.plain(r.name())).append('\n');
            }
        }
        return out.append("@enduml\n").toString();
    }
}
