import Domain
import Foundation
import Plot

/// The answer page of a pulse, and what it says once answered or when the link no longer works.
public enum PulseAnswerView {
    public static func render(_ model: PulseAnswerModel, shell: PageShell) -> String {
        shell.render([
            pageHeading(model.title, lead: "\(model.organization) asks. Open until \(model.closesOn)."),
            .div(.class("notice-panel"),
                 .p(.strong("Anonymous: "), .safe("your answers are stored with your team and the day only, never with your name or this link. "
                     + "Results are shown only for groups of at least \(model.threshold) people, and comments only in such groups, in mixed order."))),
            .if(!model.errors.isEmpty, .div(.class("error-summary"), .attr("role", "alert"), .h2(.text("Some answers are missing")),
                .ul(.forEach(model.errors) { .li(.link($0.message, to: "#\($0.field)-legend")) }))),
            .element(named: "form", nodes: [
                .attr("action", model.action), .attr("method", "post"), .class("pulse-form"),
                .group(model.questions.enumerated().map { number, question in Self.question(number + 1, question, model) }),
                .div(.class("form-actions"), submitButton("Send my answers", primary: true)),
            ]),
        ])
    }

    static func question(_ number: Int, _ question: PulseResults.Item, _ model: PulseAnswerModel) -> Node<HTML.BodyContext> {
        let field = "q\(number)"
        let error = model.error(field)
        guard let range = question.kind.values else {
            return .div(.class("field"),
                .element(named: "label", nodes: [.attr("for", field), .id("\(field)-legend"), .safe("\(number). \(question.text) (optional)")]),
                .unwrap(error) { .p(.class("field-error"), .safe($0)) },
                .element(named: "textarea", nodes: [.id(field), .attr("name", field), .attr("rows", "4"), .safe(model.values.fields[field]?.first ?? "")]))
        }
        return .element(named: "fieldset", nodes: [
            .class(error == nil ? "scale" : "scale scale--error"),
            .element(named: "legend", nodes: [.id("\(field)-legend"), .safe("\(number). \(question.text)")]),
            .unwrap(error) { .p(.class("field-error"), .safe($0)) },
            .div(.class("scale-options"), .group(range.map { value in option(field, value, question.kind, checked: model.values.value(field) == String(value)) })),
        ])
    }

    static func option(_ field: String, _ value: Int, _ kind: PulseAnswerKind, checked: Bool) -> Node<HTML.BodyContext> {
        let id = "\(field)-\(value)"
        let words = PulseAnswerModel.label(value, kind: kind)
        return .div(.class("scale-option"),
            .element(named: "input", nodes: [.attr("type", "radio"), .id(id), .attr("name", field), .attr("value", String(value)),
                                             checked ? .attr("checked", "checked") : .empty]),
            .element(named: "label", nodes: [.attr("for", id), .text(String(value)), .if(!words.isEmpty, .span(.class("scale-words"), .text(" " + words)))]))
    }

    /// After answering, or when the link cannot be used: one sentence and nothing else to do.
    public static func message(_ title: String, _ text: String, shell: PageShell) -> String {
        shell.render([pageHeading(title), .p(.safe(text))])
    }
}
