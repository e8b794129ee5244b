import Domain
import Foundation
import Plot

/// Importing headcount and leavers, or escalations, from a CSV: the form, then what was stored or every problem.
public struct WorkforceImportModel: Sendable {
    public enum Kind: Sendable {
        case people, escalations, kpiValues

        var title: String {
            switch self {
            case .people: "Import headcount and leavers"
            case .escalations: "Import escalations"
            case .kpiValues: "Import KPI values"
            }
        }
        var path: OrgPath {
            switch self {
            case .people: .peopleImport
            case .escalations: .escalationsImport
            case .kpiValues: .kpiValuesImport
            }
        }
        var list: RecordKind {
            switch self {
            case .people: .people
            case .escalations: .escalations
            case .kpiValues: .kpis
            }
        }
        var lead: String {
            switch self {
            case .people: "A CSV file with a header row naming its columns: " + WorkforceCSV.personColumns.joined(separator: ", ") + "."
            case .escalations: "A CSV file with a header row naming its columns: " + WorkforceCSV.escalationColumns.joined(separator: ", ") + "."
            case .kpiValues: "A CSV file with a header row naming its columns: kpi, period, value, dimension (optional); or a TheyDo metrics file (THEYDO_METRICS_V1)."
            }
        }
        var rules: [String] {
            switch self {
            case .people:
                ["name and team are required; team is a team's name exactly as Align has it.",
                 "A row whose email matches someone here updates them; other rows add people. An empty cell changes nothing.",
                 "started_on and left_on are dates written YYYY-MM-DD. Leavers of the last twelve months count towards their team's Career health."]
            case .escalations:
                ["date, from_team and to_team are required; teams by their names exactly as Align has them, two different ones.",
                 "Every row adds an escalation; they count towards both teams' Community health for 90 days."]
            case .kpiValues:
                ["kpi is a KPI's name exactly as Align has it (or its id); period is a day (2026-11-01) or a month (2026-11, its first day); value is a number written with a point.",
                 "A value for a KPI, period and dimension that already has one replaces it.",
                 "From TheyDo, each metric's title names the KPI; NPS, CSAT and ratios are stored as percentages, CES and other metrics as given, each data point's dimensions as “key: value”."]
            }
        }
        var accept: String { self == .kpiValues ? ".csv,text/csv,.json,application/json" : ".csv,text/csv" }
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
            .p(.class("breadcrumb"), .link("← \(model.kind == .people ? "People" : model.kind == .escalations ? "Escalations" : "KPIs")", to: Paths.list(model.slug, model.kind.list))),
            pageHeading(model.kind.title, lead: model.kind.lead),
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
                     .element(named: "label", nodes: [.attr("for", "field-file"), .text(model.kind == .kpiValues ? "CSV or TheyDo file" : "CSV file")]),
                     .element(named: "input", nodes: [.attr("id", "field-file"), .attr("name", "file"), .attr("type", "file"), .attr("accept", model.kind.accept),
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
