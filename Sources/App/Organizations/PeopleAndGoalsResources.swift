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

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("name", "Name", required: true),
         FormField("email", "Email", .email),
         FormField("team_id", "Team", .select(lookups.teamOptions, blank: "No team")),
         FormField("job_title", "Job title")]
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
         Fact("Job title", item.jobTitle.isEmpty ? .muted("not recorded") : .text(item.jobTitle))]
    }

}

struct GoalsResource: Resource {
    typealias Rules = GoalRules
    static let singular = "strategy goal", plural = "Strategy goals"
    static let emptyMessage = "No strategy goals yet. Add the few goals every team's work should serve, and how each is measured."
    static let needs: Set<Lookups.Need> = []
    static let columns = ["Goal", "How it is measured"]

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.title }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("title", "Title", required: true),
         FormField("description", "Description", .textarea(rows: 4)),
         FormField("measure", "How it is measured", .textarea(rows: 2), hint: "e.g. First-contact resolution above 80% by June")]
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] { [] }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.title, url: Paths.item(slug, kind, item.id)), .text(item.measure)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Description", item.description.isEmpty ? .muted("none") : .text(item.description)),
         Fact("How it is measured", item.measure.isEmpty ? .muted("not stated") : .text(item.measure))]
    }

}
