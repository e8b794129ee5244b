import Domain
import Foundation
import Plot

/// The built-in questions, each marked as already in the library or not, and one button adding the rest.
public struct BuiltInQuestionsModel: Sendable {
    public let slug: String
    public let questions: [(question: PulseQuestion, held: Bool)]
    public let canAdd: Bool

    public init(slug: String, questions: [(question: PulseQuestion, held: Bool)], canAdd: Bool) {
        (self.slug, self.questions, self.canAdd) = (slug, questions, canAdd)
    }

    var missing: Int { questions.filter { !$0.held }.count }
}

public enum BuiltInQuestionsView {
    public static func render(_ model: BuiltInQuestionsModel, shell: PageShell) -> String {
        shell.render([
            .p(.class("breadcrumb"), .link("← Pulse questions", to: Paths.list(model.slug, .pulseQuestions))),
            pageHeading("Built-in pulse questions",
                        lead: "Strategy understanding (with “I know which of our goals my work serves”) and the 4C experience statements with an eNPS question. Once added, they are yours to change."),
            .table(.class("records"),
                .thead(.tr(.th("Set"), .th("What it tells about"), .th("Question"), .th("In your library"))),
                .tbody(.forEach(model.questions) { entry in
                    .tr(.td(.attr("data-label", "Set"), .safe(entry.question.set.label)), .td(.attr("data-label", "What it tells about"), .safe(entry.question.topic.label)),
                        .td(.attr("data-label", "Question"), .safe(entry.question.text)), .td(.attr("data-label", "In your library"), .text(entry.held ? "yes" : "not yet")))
                })),
            model.missing == 0 ? .p(.class("muted"), .text("Every built-in question is in your library."))
                : model.canAdd ? .div(.class("form-actions"), postButton("Add the \(model.missing) missing questions", to: Paths.page(model.slug, .builtInQuestions)))
                : .p(.class("muted"), .text("Administrators and CX leads add them.")),
        ])
    }
}
