import Domain
import Foundation
import Plot

/// A journey walk's page, built to be used on a phone while walking.
public enum WalkView {
    public static func render(_ model: WalkModel, shell: PageShell) -> String {
        shell.render([
            .p(.class("breadcrumb"), .link("← Walks", to: Paths.list(model.slug, .walks)), .text(" · "),
               .link(model.journeyName, to: Paths.item(model.slug, .journeys, model.walk.journeyID))),
            pageHeading("Walk of “\(model.journeyName)”", lead: model.lead, actions: [
                buttonLink("Edit", to: Paths.edit(model.slug, .walks, model.id)), buttonLink("Delete…", to: Paths.delete(model.slug, .walks, model.id))]),
            .p(.safe("\(model.timed.steps) of \(model.steps.count) steps timed, \(model.timed.minutes) minutes in all. "
                + "Friction found here is a hypothesis until Legitimize confirms it from what customers said.")),
            compareForm(model),
            model.steps.isEmpty ? .div(.class("empty-state"), .p(.text("This journey has no touchpoints yet. "),
                                                                .link("Add the first", to: Paths.new(model.slug, .touchpoints, query: ["journey_id": model.walk.journeyID.uuidString]))))
                : .ol(.class("walk-steps"), .forEach(model.steps) { step in .li(WalkStepView.step(step, model)) }),
        ])
    }

    static func compareForm(_ model: WalkModel) -> Node<HTML.BodyContext> {
        guard !model.others.isEmpty else { return .p(.class("muted"), .text("Walk this journey again to compare the two step by step.")) }
        return .element(named: "form", nodes: [
            .class("inline-form"), .attr("action", model.path(.compare)), .attr("method", "get"),
            .element(named: "label", nodes: [.attr("for", "field-with"), .text("Compare with ")]),
            .element(named: "select", nodes: [.attr("id", "field-with"), .attr("name", "with"),
                .group(model.others.map { .element(named: "option", nodes: [.attr("value", $0.id.uuidString), .safe($0.label)]) })]),
            submitButton("Compare"),
        ])
    }
}
