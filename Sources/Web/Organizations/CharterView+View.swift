import Domain
import Foundation
import Plot

/// A team's charter.
public enum CharterView {
    public static func render(_ model: CharterModel, shell: PageShell) -> String {
        let slug = model.slug
        return shell.render([
            .p(.class("breadcrumb"), .link("← \(model.teamName)", to: Paths.item(slug, .teams, model.teamID)), .text(" · "),
               .link("Charter gaps", to: Paths.page(slug, .charterGaps)), .text(" · "), .link("Strategy wall", to: Paths.page(slug, .strategyWall))),
            pageHeading("Charter of \(model.teamName)", lead: model.approvalText),
            .div(.class("charter-header"),
                 .p(.strong("Our purpose: "), .safe(model.purpose.isEmpty ? "not written yet" : model.purpose)),
                 .p(.strong("Our promise to customers: "), .safe(model.brandPromise.isEmpty ? "not written yet" : model.brandPromise))),
            .p(.class("actions"), .link("Print as a poster (A4)", to: Paths.page(slug, .teamCharter(.value(model.teamID), .poster)), class: "button"),
               .link("A3", to: Paths.page(slug, .teamCharter(.value(model.teamID), .poster), query: ["size": "a3"]), class: "button")),
            commitments(model),
            approval(model),
            review(model),
            versions(model),
        ])
    }

    static func commitments(_ model: CharterModel) -> Node<HTML.BodyContext> {
        .element(named: "section", nodes: [
            .h2(.text("What we commit to")),
            model.commitments.isEmpty ? .p(.class("muted"), .text("No commitments yet.")) : .ol(.forEach(model.commitments) { commitment in
                .li(.link(commitment.text, to: Paths.item(model.slug, .commitments, commitment.id)),
                    .p(.class("muted"), .safe("Serves: " + commitment.goals.joined(separator: "; ")
                        + (commitment.measure.isEmpty ? "" : " · Measured by: " + commitment.measure)
                        + (commitment.touchesCustomers ? "" : " · touches nothing a customer meets"))))
            }),
            .if(model.canChange, .p(buttonLink("Add a commitment", to: Paths.page(model.slug, .newRecord(.commitments)) + "?team_id=\(model.teamID.uuidString)"))),
        ])
    }

    static func approval(_ model: CharterModel) -> Node<HTML.BodyContext> {
        .if(model.canApprove && !model.charter.isApproved && model.charter.version > 0,
            postButton("Approve version \(model.charter.version) as the team's lead", to: Paths.page(model.slug, .teamCharter(.value(model.teamID), .approve)),
                       fields: ["version": String(model.charter.version)]))
    }

    static func review(_ model: CharterModel) -> Node<HTML.BodyContext> {
        let due = model.charter.isReviewDue(today: model.today)
        return .element(named: "section", nodes: [
            .h2(.text("Review")),
            .p(.class(due ? "warning" : "muted"), .safe(model.charter.reviewOn.map { due ? "The review was due on \($0)." : "Next review on \($0)." } ?? "No review date set.")),
            .if(model.canChange, .element(named: "form", nodes: [
                .class("inline-form"), .attr("action", Paths.page(model.slug, .teamCharter(.value(model.teamID), .review))), .attr("method", "post"),
                .element(named: "label", nodes: [.attr("for", "field-review-on"), .text("Next review (YYYY-MM-DD, empty to clear)")]),
                .element(named: "input", nodes: [.attr("id", "field-review-on"), .attr("name", "review_on"), .attr("type", "date"),
                                                 .attr("value", model.charter.reviewOn?.description ?? "")]),
                submitButton("Save review date"),
            ])),
        ])
    }

    static func versions(_ model: CharterModel) -> Node<HTML.BodyContext> {
        .element(named: "section", nodes: [
            .h2(.text("Versions")),
            model.versions.isEmpty ? .p(.class("muted"), .text("No changes recorded yet.")) : .table(
                .thead(.tr(.th("Version"), .th("When"), .th("Who"), .th("What changed"))),
                .tbody(.forEach(model.versions) { version in
                    .tr(.td(.text(String(version.number))), .td(.safe(MomentText.utc(version.at))), .td(.safe(version.by)), .td(.safe(version.change)))
                })),
        ])
    }
}
