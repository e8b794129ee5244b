import Domain
import Persistence
import Web

struct PeopleResource: Resource {
    typealias Rules = PersonRules
    static let singular = "person", plural = "People"
    static let emptyMessage = "No people yet. Add team leads first: they own touchpoints, handoffs and processes."
    static let needs: Set<Lookups.Need> = [.teams]
    static let columns = ["Name", "Job title", "Team", "Email"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func listActions(slug: String) -> [(label: String, url: String)] { [("Import headcount and leavers", Paths.page(slug, .peopleImport))] }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("name", "Name", required: true),
         FormField("email", "Email", .email),
         FormField("team_id", "Team", .select(lookups.teamOptions, blank: "No team")),
         FormField("job_title", "Job title"),
         FormField("started_on", "Started on", .date),
         FormField("left_on", "Left on", .date, hint: "Leave empty while they work here. Leavers count towards their team's Career health.")]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("team_id", "Team", options: lookups.teamOptions, selected: current["team_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.name, url: Paths.item(slug, kind, item.id)), .text(item.jobTitle),
         item.teamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("—"),
         .text(item.email)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Email", item.email.isEmpty ? .muted("not recorded") : .text(item.email)),
         Fact("Team", item.teamID.map { .link(lookups.team($0) ?? "—", url: Paths.item(slug, .teams, $0)) } ?? .muted("No team")),
         Fact("Job title", item.jobTitle.isEmpty ? .muted("not recorded") : .text(item.jobTitle)),
         Fact("Started on", item.startedOn.map { .text($0.description) } ?? .muted("not recorded")),
         Fact("Left on", item.leftOn.map { .text($0.description) } ?? .muted("still here"))]
    }

}

struct GoalsResource: Resource {
    typealias Rules = GoalRules
    static let singular = "strategy goal", plural = "Strategy goals"
    static let emptyMessage = "No strategy goals yet. Add the few goals every team's work should serve, who owns each, by when, and how progress shows."
    static let needs: Set<Lookups.Need> = [.people]
    static let columns = ["Goal", "Owner", "Horizon", "Measures that show progress"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.title }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("title", "Title", required: true),
         FormField("description", "Description", .textarea(rows: 4)),
         FormField("owner_person_id", "Owner", .select(lookups.personOptions, blank: "No owner yet"), hint: "The person who answers for the goal."),
         FormField("horizon", "Horizon", .date, hint: "The day by which it should be reached, YYYY-MM-DD."),
         FormField("measure", "Measures that show progress", .textarea(rows: 3), hint: "One per line, e.g. First-contact resolution above 80% by June")]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] { [] }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.title, url: Paths.item(slug, kind, item.id)),
         item.ownerPersonID.map { .link(lookups.person($0) ?? "", url: Paths.item(slug, .people, $0)) } ?? .muted("no owner"),
         item.horizon.map { .text($0.description) } ?? .muted("none"), .text(item.measure)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Description", item.description.isEmpty ? .muted("none") : .text(item.description)),
         Fact("Owner", item.ownerPersonID.map { .link(lookups.person($0) ?? "", url: Paths.item(slug, .people, $0)) } ?? .muted("no owner yet")),
         Fact("Horizon", item.horizon.map { .text($0.description) } ?? .muted("not set")),
         Fact("Measures that show progress", item.measure.isEmpty ? .muted("not stated") : .text(item.measure))]
    }

}
