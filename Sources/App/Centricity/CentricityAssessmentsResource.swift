import Domain
import Foundation
import Persistence
import Web

/// People's assessments of the level the organization is at, one competency at a time.
struct CentricityAssessmentsResource: Resource {
    typealias Rules = CentricityAssessmentRules
    static let singular = "assessment", plural = "Centricity assessments"
    static let navSection = "centricity"
    static let emptyMessage = "No assessments yet. Ask several people — leaders, team leads, people who meet customers — to each say where the organization is, competency by competency."
    static let needs: Set<Lookups.Need> = [.competencies]
    static let columns = ["Date", "Competency", "Assessed by", "Level", "What it rests on"]

    static var defaults: FormInput { .from([("date", CalendarDate.today.description)]) }

    static func listActions(slug: String) -> [(label: String, url: String)] { [("Centricity", Paths.page(slug, .centricity))] }

    /// The assessor is whoever is signed in, unless they write another name (a workshop's answers entered by one person).
    static func prefill(_ values: FormInput, _ ctx: OrgContext) async throws -> FormInput {
        guard values.value("assessor") == nil else { return values }
        var values = values
        values["assessor"] = ctx.signedIn.name
        return values
    }

    static func title(_ item: Item, _ lookups: Lookups) -> String {
        "\(lookups.competency(item.competencyID)?.name ?? "Competency"): level \(item.level) by \(item.assessor), \(item.date)"
    }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("competency_id", "Competency", .select(lookups.competencyOptions, blank: "Choose the competency"), required: true),
         FormField("level", "Level now", .select((1...Competency.levelCount).map { FormField.Option(String($0), levelLabel($0, lookups)) }, blank: "Choose a level"),
                   hint: "Where the organization is today, not where it wants to be. The levels are described on the competency’s page.", required: true),
         FormField("assessor", "Assessed by", required: true),
         FormField("date", "Date", .date, required: true),
         FormField("note", "What it rests on", .textarea(rows: 3), hint: "What you have seen that puts it at this level.")]
    }

    static func levelLabel(_ level: Int, _ lookups: Lookups) -> String {
        "\(level)" + (level == 1 ? " (lowest)" : level == Competency.levelCount ? " (highest)" : "")
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] {
        [FilterControl("competency_id", "Competency", options: lookups.competencyOptions, selected: current["competency_id"])]
    }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.date.description, url: Paths.item(slug, kind, item.id)),
         .link(lookups.competency(item.competencyID)?.name ?? "", url: Paths.item(slug, .competencies, item.competencyID))] + Array(row(item, slug: slug).dropFirst())
    }

    /// Date, assessor, level and note: the row a competency's own page shows.
    static func row(_ item: Item, slug: String) -> [Cell] {
        [.link(item.date.description, url: Paths.item(slug, kind, item.id)), .text(item.assessor), .text(String(item.level)),
         item.note.isEmpty ? .muted("not written") : .text(item.note)]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        let competency = lookups.competency(item.competencyID)
        return [Fact("Competency", .link(competency?.name ?? "", url: Paths.item(slug, .competencies, item.competencyID))),
                Fact("Level now", .text("\(item.level)" + (competency.map { ": \($0.levels[item.level - 1])" } ?? ""))),
                Fact("Assessed by", .text(item.assessor)), Fact("Date", .text(item.date.description)),
                Fact("What it rests on", item.note.isEmpty ? .muted("not written") : .text(item.note))]
    }
}
