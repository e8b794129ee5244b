import Domain
import Foundation
import Plot

/// One initiative: where it stands and how to move it, what it changes today versus tomorrow, what people
/// must learn, and — once done — whether customers felt it.
public enum InitiativePage {
    public static func render(_ model: InitiativePageModel, shell: PageShell, errors: [FieldError] = [], reason: String = "") -> String {
        return shell.render([
            .p(.class("breadcrumb"), .link("← All initiatives", to: Paths.list(model.slug, .initiatives)),
               .text(" · "), .link("Board", to: Paths.page(model.slug, .board))),
            pageHeading(model.title, lead: "Initiative · \(model.status.label)",
                        actions: model.canEdit ? [buttonLink("Edit", to: Paths.edit(model.slug, .initiatives, model.id), primary: true), buttonLink("Delete…", to: Paths.delete(model.slug, .initiatives, model.id))] : []),
            .dl(.class("facts"), .forEach(model.facts) { fact in .group(.dt(.safe(fact.label)), .dd(fact.value.node)) }),
            statusPanel(model, errors: errors, reason: reason),
            section("Frictions it addresses", ["Friction", "Severity", "Customers", "Status"], model.frictions,
                    empty: "No frictions named. Edit the initiative to name the confirmed frictions it removes."),
            section("Feedback themes it answers", ["Theme"], model.themes, empty: "No themes named."),
            section("What changes: today and tomorrow", ["Changes", "Today", "Tomorrow", "New owner", "Applied"], model.changes,
                    empty: "No changes planned. Name each process, policy or handoff that changes, as it is today and as it will be.",
                    action: model.canEdit && ![.done, .verified].contains(model.status)
                        ? ("Plan a change", Paths.new(model.slug, .initiativeChanges, query: ["initiative_id": model.id.uuidString])) : nil),
            section("Capability needs", ["Need", "Kind", "Team", "Due", "Status"], model.needs,
                    empty: "No capability needs. Ask what each team must learn or get, and what customers will need to know.",
                    action: model.canEdit ? ("Add a capability need", Paths.new(model.slug, .capabilityNeeds, query: ["initiative_id": model.id.uuidString])) : nil),
            effectSection(model),
            model.status == .verified
                ? section("Customers to tell what changed", ["Customer", "Status"], model.closingNotes,
                          empty: "No customers' feedback was linked to its frictions or themes, so nobody is waiting to hear.")
                : .empty,
            historySection(model),
        ])
    }

    static func statusPanel(_ model: InitiativePageModel, errors: [FieldError], reason: String) -> Node<HTML.BodyContext> {
        .section(.class("detail-section status-panel"), .attr("aria-labelledby", "status-heading"),
            .h2(.id("status-heading"), .text("Move it along")),
            .ol(.class("workflow"), .attr("aria-label", "Workflow"), .group(InitiativeStatus.allCases.map { status in
                .li(.attr("class", status == model.status ? "step step--current" : "step"),
                    status == model.status ? .attr("aria-current", "step") : .empty, .safe(status.label))
            })),
            .unwrap(model.moveRefusal) { .p(.class("muted"), .safe($0)) },
            .if(!model.fatigue.isEmpty, .div(.class("warning"), .attr("role", "note"),
                .p(.strong(.text("Change fatigue: "))), .ul(.forEach(model.fatigue) { .li(.safe($0)) }))),
            .if(model.openNeeds > 0 && model.moves.contains { $0.status == .done },
                .p(.class("warning"), .safe("\(model.openNeeds) capability \(model.openNeeds == 1 ? "need is" : "needs are") still open. Marking it done needs a reason."))),
            .group(errors.map { .p(.class("field-error"), .attr("role", "alert"), .safe($0.message)) }),
            .group(model.moves.map { move in
                .element(named: "form", nodes: [
                    .class("move-form"), .attr("action", Paths.step(model.slug, .initiatives, model.id, .status)), .attr("method", "post"),
                    .element(named: "input", nodes: [.attr("type", "hidden"), .attr("name", "status"), .attr("value", move.status.rawValue)]),
                    .p(.safe(move.consequence)),
                    .div(.class("field"),
                         .element(named: "label", nodes: [.attr("for", "reason-\(move.status.rawValue)"),
                                                          .safe(move.needsReason ? "Why it is done with needs still open (required)" : "Note (optional)")]),
                         .element(named: "textarea", nodes: [.id("reason-\(move.status.rawValue)"), .attr("name", "reason"), .attr("rows", "2"),
                                                             move.needsReason ? .attr("required", "required") : .empty, .safe(reason)])),
                    submitButton(move.label, primary: move.status == InitiativeWorkflow.next(model.status)),
                ])
            }))
    }

    static func effectSection(_ model: InitiativePageModel) -> Node<HTML.BodyContext> {
        guard let effect = model.effect else { return .empty }
        let rows: [[Cell]] = effect.measures.map { measure in
            func show(_ estimate: ScoreEstimate?) -> Cell {
                estimate.map { .text(String(format: "%.1f ± %.1f (n = %d)", $0.value, $0.margin, $0.count)) } ?? .muted("no answers")
            }
            let change: Cell = measure.change.map { .badge(String(format: "%+.1f", $0) + (measure.isClear ? "" : " (within the margins)"),
                                                           tone: measure.isClear ? ($0 > 0 ? .good : .bad) : .neutral) } ?? .muted("—")
            return [.text(measure.name), show(measure.before), show(measure.after), change]
        }
        return .section(.class("detail-section"),
            .h2(.text("Was it felt outside?")),
            .p(.class("lead"), .safe("Answers on its \(model.effectTouchpoints) touchpoint\(model.effectTouchpoints == 1 ? "" : "s") from \(effect.before.from) to \(effect.before.to) (before) and from \(effect.after.from) to \(effect.after.to) (after), with 95% margins. A change counts as clear only when it is larger than both margins together.")),
            recordTable(["Measure", "Before", "After", "Change"], rows))
    }

    static func historySection(_ model: InitiativePageModel) -> Node<HTML.BodyContext> {
        section("History", ["When", "Move", "By", "Note"], model.history.map {
            [.text($0.at), .text("\($0.from.label) → \($0.to.label)"), .text($0.by), $0.note.isEmpty ? .muted("—") : .text($0.note)]
        }, empty: "Proposed; not moved yet.")
    }

    static func section(_ title: String, _ columns: [String], _ rows: [[Cell]], empty: String,
                        action: (String, String)? = nil) -> Node<HTML.BodyContext> {
        .section(.class("detail-section"),
            .div(.class("section-heading"), .h2(.safe(title)), .unwrap(action) { buttonLink($0.0, to: $0.1) }),
            rows.isEmpty ? .p(.class("empty-state"), .safe(empty)) : recordTable(columns, rows))
    }
}
