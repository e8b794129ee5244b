import Domain
import Foundation
import Plot

/// One step of a walk: what it found, and the forms to note its time and a friction hypothesis.
enum WalkStepView {
    static func step(_ step: WalkModel.Step, _ model: WalkModel) -> Node<HTML.BodyContext> {
        let id = step.touchpointID.uuidString.lowercased()
        return .element(named: "section", nodes: [
            .class("walk-step"), .attr("aria-labelledby", "step-\(id)"),
            .h2(.id("step-\(id)"), .link(step.name, to: Paths.item(model.slug, .touchpoints, step.touchpointID)),
                .span(.class("muted"), .safe(" · " + step.stage))),
            .p(.safe(step.minutes.map { "Took \($0) minutes." } ?? "Not timed yet.") , .if(!step.worked.isEmpty, .span(.safe(" What worked: " + step.worked)))),
            step.hypotheses.isEmpty ? .p(.class("muted"), .text("No friction found here yet.")) : .ul(.forEach(step.hypotheses) { hypothesis in
                .li(.link("\(hypothesis.kind.label): \(hypothesis.description)", to: Paths.item(model.slug, .frictions, hypothesis.id)),
                    .span(.class("muted"), .safe(hypothesis.confirmed > 0 ? " · confirmed by \(hypothesis.confirmed) customer items" : " · unvalidated")))
            }),
            .if(model.canNote, .group(noteForm(step, model, id), hypothesisForm(step, model, id))),
        ])
    }

    static func noteForm(_ step: WalkModel.Step, _ model: WalkModel, _ id: String) -> Node<HTML.BodyContext> {
        .element(named: "form", nodes: [
            .class("walk-form"), .attr("action", model.path(.step)), .attr("method", "post"),
            .element(named: "input", nodes: [.attr("type", "hidden"), .attr("name", "touchpoint_id"), .attr("value", step.touchpointID.uuidString)]),
            field("minutes-\(id)", "Minutes it took", .element(named: "input", nodes: [.id("minutes-\(id)"), .attr("name", "minutes"), .attr("type", "number"),
                .attr("min", "0"), .attr("inputmode", "numeric"), .attr("value", step.minutes.map(String.init) ?? "")])),
            field("worked-\(id)", "What worked", .element(named: "textarea", nodes: [.id("worked-\(id)"), .attr("name", "worked"), .attr("rows", "2"), .safe(step.worked)])),
            submitButton("Save step"),
        ])
    }

    /// Folded away until opened, so a walk's page stays short on a phone.
    static func hypothesisForm(_ step: WalkModel.Step, _ model: WalkModel, _ id: String) -> Node<HTML.BodyContext> {
        .details(.class("walk-hypothesis"), .summary(.text("Add friction found here")), .element(named: "form", nodes: [
            .class("walk-form"), .attr("action", model.path(.hypothesis)), .attr("method", "post"),
            .element(named: "input", nodes: [.attr("type", "hidden"), .attr("name", "touchpoint_id"), .attr("value", step.touchpointID.uuidString)]),
            field("kind-\(id)", "Friction found", .element(named: "select", nodes: [.id("kind-\(id)"), .attr("name", "kind"),
                .group(FrictionKind.allCases.map { .element(named: "option", nodes: [.attr("value", $0.rawValue), .safe($0.label)]) })])),
            field("description-\(id)", "What happened", .element(named: "textarea", nodes: [.id("description-\(id)"), .attr("name", "description"), .attr("rows", "2"),
                                                                                           .attr("required", "required")])),
            field("severity-\(id)", "Severity (1–5)", .element(named: "select", nodes: [.id("severity-\(id)"), .attr("name", "severity"),
                .group(FrictionPoint.severities.map { value in
                    .element(named: "option", nodes: [.attr("value", String(value)), value == 3 ? .attr("selected", "selected") : .empty, .text(String(value))])
                })])),
            submitButton("Add friction hypothesis"),
        ]))
    }

    static func field(_ id: String, _ label: String, _ control: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .div(.class("field"), .element(named: "label", nodes: [.attr("for", id), .text(label)]), control)
    }
}
