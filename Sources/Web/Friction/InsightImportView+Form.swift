import Domain
import Foundation
import Plot

extension InsightImportView {
    /// The file, the defaults and the choice to check only; sent as multipart, the CSRF field first.
    static func fileForm(_ model: InsightImportModel) -> Node<HTML.BodyContext> {
        .element(named: "form", nodes: [
            .class("record-form"), .attr("action", Paths.page(model.slug, .insightImport)), .attr("method", "post"),
            .attr("enctype", "multipart/form-data"),
            .element(named: "input", nodes: [.attr("type", "hidden"), .attr("name", "journey_id"), .attr("value", model.journeyID?.uuidString ?? "")]),
            .h2(.safe("Insights for “\(model.journeyName ?? "")”")),
            .div(.class("field"),
                 .element(named: "label", nodes: [.attr("for", "field-file"), .text("TheyDo insights file (JSON)")]),
                 .element(named: "input", nodes: [.attr("id", "field-file"), .attr("name", "file"), .attr("type", "file"),
                                                  .attr("accept", ".json,application/json"), .attr("required", "required")])),
            .div(.class("field"),
                 .element(named: "label", nodes: [.attr("for", "field-default-touchpoint"), .text("Default touchpoint")]),
                 .p(.class("hint"), .id("hint-default-touchpoint"),
                    .text("For insights without a “Touchpoint” tag naming one of this journey's touchpoints.")),
                 .element(named: "select", nodes: [.attr("id", "field-default-touchpoint"), .attr("name", "default_touchpoint_id"),
                                                   .attr("aria-describedby", "hint-default-touchpoint"),
                    option("", "None: refuse insights that name no touchpoint", selected: model.defaultTouchpointID == nil),
                    .group(model.touchpoints.map { option($0.id.uuidString, $0.name, selected: $0.id == model.defaultTouchpointID) })])),
            .div(.class("field"),
                 .element(named: "label", nodes: [.attr("for", "field-kind"), .text("Default kind")]),
                 .p(.class("hint"), .id("hint-kind"), .text("For insights whose type is not a kind of friction.")),
                 .element(named: "select", nodes: [.attr("id", "field-kind"), .attr("name", "kind"), .attr("aria-describedby", "hint-kind"),
                    .group(FrictionKind.allCases.map { option($0.rawValue, $0.label, selected: $0 == model.kind) })])),
            .div(.class("field checkbox"),
                 .element(named: "input", nodes: [.attr("id", "field-check-only"), .attr("name", "check_only"), .attr("type", "checkbox"),
                                                  .attr("value", "true"), model.checkOnly ? .attr("checked", "checked") : .empty]),
                 .element(named: "label", nodes: [.attr("for", "field-check-only"), .text("Only check the file: store nothing")])),
            .div(.class("form-actions"), submitButton("Import insights", primary: true),
                 .link("Cancel", to: Paths.page(model.slug, .records(.frictions)), class: "button")),
        ])
    }

    static func option(_ value: String, _ label: String, selected: Bool) -> Node<HTML.BodyContext> {
        .element(named: "option", nodes: [.attr("value", value), selected ? .attr("selected", "selected") : .empty, .safe(label)])
    }

    /// How an insight becomes a friction point, in words.
    static func rules() -> Node<HTML.BodyContext> {
        .details(.summary("How insights become friction points"),
                 .ul(.li("Description: the title, then a blank line and the insight's description, exactly as written."),
                     .li("Touchpoint: the journey's touchpoint named by the insight's tag in the “Touchpoint” tag group (groupTags), else the default."),
                     .li("Kind and status: its type and status when they name a kind (Wait, Handoff, …) or a status (Open, Addressed, Closed); otherwise the defaults, and the result says so."),
                     .li("Severity: from its empathy score, −2 (most painful) → 5 to 2 → 1; 3 without one."),
                     .li("Importing again: an importKey seen before updates its friction point; a property left out keeps what the last import gave, null clears it."),
                     .li("Any insight the format refuses refuses the whole file, each problem named by line and property.")))
    }
}
