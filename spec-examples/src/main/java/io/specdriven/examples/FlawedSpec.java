package io.specdriven.examples;

import static io.specdriven.core.AttributeType.ENUM;
import static io.specdriven.core.AttributeType.INTEGER;
import static io.specdriven.core.AttributeType.STRING;

import io.specdriven.core.AcceptanceCriterion;
import io.specdriven.core.CriterionCategory;
import io.specdriven.core.EdgeCaseKind;
import io.specdriven.core.Entity;
import io.specdriven.core.Flow;
import io.specdriven.core.FlowKind;
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
import java.util.List;
import java.util.Optional;

/**
 * A deliberately broken spec, the kind a first draft often is: vague words, placeholders, missing
 * criteria, dangling references, cycles, use cases and an entity model that disagree. It exists to show
 * what the validator finds; every flaw is there on purpose and commented with the rule it should fire.
 */
final class FlawedSpec {
    private FlawedSpec() {}

    static Spec spec() {
        return Spec.builder("flawed", "Team calendar (first draft)")
                .summary("Lorem ipsum: a calendar for the team. Details TBD.")             // placeholders
                .actor("MEMBER", a -> a.name("Team member"))
                .actor("member", a -> a.name("Member, again"))                              // ids differ only in case
                .actor("SYSTEM", a -> a.name("The calendar"))                               // reserved id
                .term("Meeting", "An appointment of 2 or more members.", "session")         // 'session' is to be avoided
                // Functional requirement: vague words, no normative keyword, implementation details,
                // no SUCCESS criterion, depends on itself through REQ-2 (cycle).
                .requirement("REQ-1", r -> r
                        .title("Calendar is fast")
                        .statement("The calendar is fast and user-friendly and loads some events from the SQL "
                                + "table via a REST endpoint as soon as possible, etc.")
                        .priority(Priority.MUST)
                        .dependsOn("REQ-2")
                        .edgeCase("AC-1", EdgeCaseKind.EMPTY_DATA, c -> c.given("no events"))     // no 'then'
                        .criterion("AC-2", c -> c.statement("the events are loaded")))              // outcome only as a statement
                .requirement("REQ-2", r -> r
                        .title("")                                                                   // blank title
                        .statement("TODO: describe invitations [NEEDS CLARIFICATION: who may invite?]")
                        .dependsOn("REQ-1", "REQ-404")                                               // cycle, unresolved
                        .criterion("AC-3", c -> c.when("a member invites another member"))           // when without then
                        .criterion("AC-4", c -> c.then("it works"))                                  // no number
                        .criterion("AC-5", c -> c.then("it works"))
                        .criterion("AC-6", c -> c.then("it works"))
                        .criterion("AC-7", c -> c.then("it works"))
                        .criterion("AC-8", c -> c.then("it works"))
                        .criterion("AC-9", c -> c.then("it works")))                                // more than 5 successes
                .requirement("REQ-3", r -> r
                        .title("Robust and scalable")
                        .statement("The system shall be robust and scalable.")                      // quality without a number
                        .quality(QualityCategory.PERFORMANCE)
                        .supersededBy("REQ-99"))                                                     // unknown successor
                .requirement("REQ-7", r -> r
                        .title("Availability")
                        .statement("The calendar shall be available.")
                        .kind(RequirementKind.QUALITY)                                               // no quality category
                        .status(RequirementStatus.SUPERSEDED))                                       // no successor
                .requirement("REQ-4", r -> r
                        .title("Reminders")
                        .statement("The system shall remind members of a session ???")
                        .status(RequirementStatus.REJECTED)
                        .criterion("AC-10", c -> c.then("a reminder is sent 15 minutes before"))
                        .failure("AC-12", c -> c.given("the mail server is down")                   // no user experience;
                                .then("the reminder is lost")))                                      // the only failure mode, and not live
                .requirement("REQ-5", r -> r                                                          // realized by no use case
                        .title("Export")
                        .statement("The system shall export and/or print the calendar.")
                        .criterion("AC-10", c -> c.then("a file with 1 line per event is created"))) // duplicate id
                .requirement("REQ-8", r -> r                                                          // no criterion at all
                        .title("Holidays: the calendar shows the public holidays of every country and region in "
                                + "which a member of the team lives, so that nobody plans a meeting on a day when "
                                + "one of the invited members is off work or away")                      // over 200 characters
                        .statement("The system shall show public holidays."))
                .requirement(Requirement.builder("REQ-6")                                      // an edge case of no kind
                        .title("Time zones")
                        .statement("The system shall show each event in the member's time zone.")
                        .criterion(new AcceptanceCriterion(Id.of("AC-11"), CriterionCategory.EDGE_CASE,
                                Optional.empty(), List.of(), List.of(),
                                List.of("the event starts at 09:00 in Tokyo"), Optional.empty(), List.of(), List.of()))
                        .criterion(AcceptanceCriterion.builder("AC-13")                              // 'when' without 'then',
                                .when("a member in Tokyo opens the calendar")                        // outcome only as a statement
                                .statement("the times are converted").build())
                        .build())
                .useCase("UC-1", u -> u
                        .title("Plan a meeting")                                                     // no success postcondition
                        .primaryActor("ORGANIZER")                                                   // unknown actor
                        .realizes("REQ-4", "REQ-77", "UC-3")                                         // rejected, unknown, a use case
                        .uses("Meeting", "Room")                                                     // unknown entity
                        .include("UC-2")
                        .step(Step.of(1, "MEMBER", "picks a time for the session"))                 // avoided synonym
                        .step(Step.of(3, "SYSTEM", "books the room and emails every member"))       // gap in numbering
                        .alternative("A1", "The room is taken", 7, a -> a                           // no step 7
                                .step("SYSTEM", "suggests another room"))                           // neither rejoins nor ends
                        .flow(new Flow(Id.of("E1"), FlowKind.EXCEPTION, "Nobody accepts", Optional.empty(), 3,
                                List.of(Step.of(0, "SYSTEM", "cancels the meeting")), Optional.of(1), true))) // step 0; ends and rejoins
                .useCase("UC-2", u -> u
                        .title("Invite")                                                             // no primary actor, 1 step
                        .include("UC-1")                                                             // include cycle
                        .extend("UC-9")                                                              // unknown use case
                        .step("SYSTEM", "sends invitations to each Attendee"))                      // names an unlisted entity
                .useCase("UC-3", u -> u                                                              // realizes nothing
                        .title("Browse")
                        .primaryActor("MEMBER")
                        .uses("Meeting")                                                             // never mentioned
                        .step("MEMBER", "opens the calendar")
                        .step("SYSTEM", "shows the week")
                        .successPostcondition("The week is shown."))
                .entity("Meeting", e -> e
                        .attribute("title", STRING)                                                  // no identifying attribute
                        .attribute("state", ENUM)                                                    // enum without values
                        .attribute("title", STRING, a -> a.minLength(-1))                           // duplicate name, negative length
                        .attribute("length", INTEGER, a -> a.min(60).max(15).values("short"))       // min > max, values on a number
                        .relationship(new Relationship("room", Id.of("Room"), RelationshipKind.ASSOCIATION,
                                Optional.empty(), Optional.empty(), Optional.empty())))              // unknown target, no cardinality
                .entity(Entity.of("Attendee"))                                                        // no attributes, used by no use case
                .waive("lang.no-such-rule", "A waiver that matches nothing.")
                .build();
    }
}
