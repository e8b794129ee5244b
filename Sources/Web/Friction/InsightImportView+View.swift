import Domain
import Foundation
import Plot

/// The TheyDo insights import page.
public enum InsightImportView {
    public static func render(_ model: InsightImportModel, shell: PageShell) -> String {
        let slug = model.slug
        return shell.render([
            .p(.class("breadcrumb"), .link("← Friction points", to: Paths.page(slug, .records(.frictions)))),
            pageHeading("Import TheyDo insights",
                        lead: "Each insight of a THEYDO_INSIGHTS_V1 file becomes a friction point on one journey: the team's own view, until customers confirm it in Legitimize. Importing the file again updates what changed."),
            problems(model),
            .unwrap(model.result) { result(slug, $0) },
            model.journeys.isEmpty
                ? .div(.class("empty-state"), .p("Insights are placed on a journey's touchpoints, and there is no journey yet."),
                       buttonLink("Add a journey", to: Paths.page(slug, .newRecord(.journeys)), primary: true))
                : .group([journeyForm(model), .if(model.journeyID != nil, fileForm(model))]),
            rules(),
        ])
    }

    private static func problems(_ model: InsightImportModel) -> Node<HTML.BodyContext> {
        .if(!model.problems.isEmpty, .div(.class("error-summary"), .attr("role", "alert"), .attr("tabindex", "-1"),
            .h2(.text("The file was not imported: nothing was stored")),
            .ul(.id("error-file"), .forEach(model.problems) { .li(.safe($0)) })))
    }

    private static func result(_ slug: String, _ result: InsightImportModel.Result) -> Node<HTML.BodyContext> {
        .div(.class("notice"), .attr("role", "status"),
             .h2(.safe(result.checkedOnly ? "Checked: the file can be imported; nothing was stored" : "Imported")),
             .p(.safe(result.checkedOnly ? "\(result.created) to create, \(result.updated) to update, \(result.unchanged) unchanged."
                                         : "\(result.created) created, \(result.updated) updated, \(result.unchanged) unchanged.")),
             .if(!result.notes.isEmpty, .ul(.forEach(result.notes) { .li(.safe($0)) })),
             .if(!result.checkedOnly, .p(.link("See the friction points from TheyDo", to: Paths.page(slug, .records(.frictions)) + "?source=theydo-insight"))))
    }

    private static func journeyForm(_ model: InsightImportModel) -> Node<HTML.BodyContext> {
        .element(named: "form", nodes: [
            .class("record-form"), .attr("action", Paths.page(model.slug, .insightImport)), .attr("method", "get"),
            .div(.class("field"),
                 .element(named: "label", nodes: [.attr("for", "field-journey"), .text("Journey")]),
                 .p(.class("hint"), .id("hint-journey"), .text("The journey whose touchpoints the insights are about.")),
                 .element(named: "select", nodes: [.attr("id", "field-journey"), .attr("name", "journey_id"), .attr("aria-describedby", "hint-journey"),
                    .group(model.journeys.map { option($0.id.uuidString, $0.name, selected: $0.id == model.journeyID) })])),
            .div(.class("form-actions"), submitButton(model.journeyID == nil ? "Choose this journey" : "Choose another journey")),
        ])
    }
}
