import Domain
import Foundation
import Persistence
import Web

/// The organization's customer-centricity model: competencies, each with five levels in its own words.
struct CompetenciesResource: Resource {
    typealias Rules = CompetencyRules
    static let singular = "competency", plural = "Competencies"
    static let navSection = "centricity"
    static let emptyMessage = "No competencies yet. Add Align’s six from the centricity page, or write your own, each with five levels."
    static let needs: Set<Lookups.Need> = []
    static let columns = ["Competency", "What it is", "Position"]

    static var defaults: FormInput { .from([("position", "1")]) }

    static func listActions(slug: String) -> [(label: String, url: String)] {
        [("Centricity", Paths.page(slug, .centricity)), ("Assessments", Paths.list(slug, .centricityAssessments))]
    }

    static func title(_ item: Item, _ lookups: Lookups) -> String { item.name }

    static func fields(_ lookups: Lookups) -> [FormField] {
        [FormField("name", "Name", hint: "e.g. Customer insight", required: true),
         FormField("key", "Key", hint: "Lower-case letters, digits and hyphens; Align’s evidence finds its competencies by key (customer-insight, journey-management, measures-incentives).",
                   required: true),
         FormField("description", "What it is", .textarea(rows: 2))]
            + (1...Competency.levelCount).map { FormField("level_\($0)", "Level \($0)", .textarea(rows: 2), hint: levelHint($0), required: true) }
            + [FormField("position", "Position", .number, hint: "Where it comes on the centricity page, from 1.")]
    }

    static func levelHint(_ level: Int) -> String? {
        switch level {
        case 1: "The lowest: what it looks like when nothing is done."
        case Competency.levelCount: "The highest: what it looks like at its best."
        default: nil
        }
    }

    static func filters(_ lookups: Lookups, _ current: ListFilters) -> [FilterControl] { [] }

    static func row(_ item: Item, _ lookups: Lookups, slug: String) -> [Cell] {
        [.link(item.name, url: Paths.item(slug, kind, item.id)), item.description.isEmpty ? .muted("not written") : .text(item.description),
         .text(String(item.position))]
    }

    static func facts(_ item: Item, _ lookups: Lookups, slug: String) -> [Fact] {
        [Fact("Key", .text(item.key)), Fact("What it is", item.description.isEmpty ? .muted("not written") : .text(item.description))]
            + item.levels.enumerated().map { Fact("Level \($0 + 1)", .text($1)) } + [Fact("Position", .text(String(item.position)))]
    }

    static func sections(_ item: Item, _ lookups: Lookups, _ ctx: OrgContext) async throws -> [DetailSection] {
        let assessments = try await ctx.records(CentricityAssessmentsResource.self)
            .list(filters: ListFilters(["competency_id": item.id.uuidString]), page: Pagination(page: 1, per: 20))
        return [DetailSection(title: "Latest assessments", columns: ["Date", "Assessed by", "Level", "What it rests on"],
                              rows: assessments.items.map { CentricityAssessmentsResource.row($0, slug: ctx.slug) },
                              emptyMessage: "Nobody has assessed it yet.",
                              action: ("Record an assessment", Paths.new(ctx.slug, .centricityAssessments, query: ["competency_id": item.id.uuidString])))]
    }
}
