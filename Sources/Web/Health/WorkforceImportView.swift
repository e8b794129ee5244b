import Domain
import Foundation
import Plot

/// Importing headcount and leavers, or escalations, from a CSV: the form, then what was stored or every problem.
public struct WorkforceImportModel: Sendable {
    public enum Kind: Sendable {
        case people, escalations

        var title: String { self == .people ? "Import headcount and leavers" : "Import escalations" }
        var path: OrgPath { self == .people ? .peopleImport : .escalationsImport }
        var list: RecordKind { self == .people ? .people : .escalations }
        var columns: [String] { self == .people ? WorkforceCSV.personColumns : WorkforceCSV.escalationColumns }
        var rules: [String] {
            self == .people
                ? ["name and team are required; team is a team's name exactly as Align has it.",
                   "A row whose email matches someone here updates them; other rows add people. An empty cell changes nothing.",
                   "started_on and left_on are dates written YYYY-MM-DD. Leavers of the last twelve months count towards their team's Career health."]
                : ["date, from_team and to_team are required; teams by their names exactly as Align has them, two different ones.",
                   "Every row adds an escalation; they count towards both teams' Community health for 90 days."]
        }
    }

    public struct Result: Sendable, Equatable {
        public let created, updated, unchanged: Int
        public let checkedOnly: Bool

        public init(created: Int, updated: Int, unchanged: Int, checkedOnly: Bool) {
            (self.created, self.updated, self.unchanged, self.checkedOnly) = (created, updated, unchanged, checkedOnly)
        }
    }

    public let slug: String
    public let kind: Kind
    public var result: Result?
    public var problems: [String] = []
    public var checkOnly = false

    public init(slug: String, kind: Kind) {
        self.slug = slug
        self.kind = kind
    }
}

public enum WorkforceImportView {
    public static func render(_ model: WorkforceImportModel, shell: PageShell) -> String {
        shell.render([
            .p(.class("breadcrumb"), .link("← \(model.kind == .people ? "People" : "Escalations")", to: Paths.list(model.slug, model.kind.list))),
            pageHeading(model.kind.title, lead: "A CSV file with a header row naming its columns: " + model.kind.columns.joined(separator: ", ") + "."),
            .ul(.class("hint"), .forEach(model.kind.rules) { .li(.safe($0)) }),
            .unwrap(model.result) { result in
                .p(.class("notice"), .attr("role", "status"), .safe((result.checkedOnly ? "Checked, nothing stored: it would add " : "Imported: added ")
                    + "\(result.created), updated \(result.updated), left \(result.unchanged) unchanged."))
            },
            .if(!model.problems.isEmpty, .div(.class("error-summary"), .attr("role", "alert"),
                .h2(.text("The file was refused; nothing was stored")), .ul(.forEach(model.problems) { .li(.safe($0)) }))),
            .element(named: "form", nodes: [
                .class("record-form"), .attr("action", Paths.page(model.slug, model.kind.path)), .attr("method", "post"), .attr("enctype", "multipart/form-data"),
                .div(.class("field"),
                     .element(named: "label", nodes: [.attr("for", "field-file"), .text("CSV file")]),
                     .element(named: "input", nodes: [.attr("id", "field-file"), .attr("name", "file"), .attr("type", "file"), .attr("accept", ".csv,text/csv"),
                                                      .attr("required", "required")])),
                .div(.class("field checkbox"),
                     .element(named: "input", nodes: [.attr("id", "field-check-only"), .attr("name", "check_only"), .attr("type", "checkbox"), .attr("value", "true"),
                                                      model.checkOnly ? .attr("checked", "checked") : .empty]),
                     .element(named: "label", nodes: [.attr("for", "field-check-only"), .text("Only check the file: store nothing")])),
                .div(.class("form-actions"), submitButton("Import", primary: true), .link("Cancel", to: Paths.list(model.slug, model.kind.list), class: "button")),
            ]),
        ])
    }
}
