import Domain
import Foundation
import Web

extension Fixture {
    /// Integrate: the board, one initiative at several points of its workflow, and "my initiatives".
    enum Initiatives {
        static let callBack = id(501), arrivalText = id(502), invoice = id(503), accountOnce = id(504), explainEstimates = id(505)
        static let contactCentre = id(510), fieldOps = id(511), billing = id(512)
        static let frictionInbox = id(520), frictionWait = id(521)
        static let changeTriage = id(530), changeHandoff = id(531)
        static let needScript = id(540), needRota = id(541), needFaq = id(542)
        static let customerHill = id(550), customerOkafor = id(551)

        static func card(_ id: UUID, _ title: String, _ status: InitiativeStatus, owner: String, due: String, overdue: Bool = false,
                         openNeeds: Int = 0, frictions: Int = 1) -> InitiativeCard {
            InitiativeCard(id: id, title: title, url: Paths.item(slug, .initiatives, id), status: status, owner: owner, dueDate: day(due),
                           overdue: overdue, openNeeds: openNeeds, frictions: frictions)
        }

        static var callBackCard: InitiativeCard {
            card(callBack, "Call back every online leak report within 2 hours", .inProgress, owner: "Contact centre", due: "2026-03-20",
                 openNeeds: 2, frictions: 2)
        }
        static var arrivalCard: InitiativeCard {
            card(arrivalText, "Text customers the crew's arrival window", .inProgress, owner: "Field operations", due: "2026-02-27",
                 overdue: true, openNeeds: 1)
        }
        static var invoiceCard: InitiativeCard {
            card(invoice, "Drop the plumber's invoice from the leak allowance " + markup, .proposed, owner: "", due: "2026-05-01")
        }
        static var accountOnceCard: InitiativeCard {
            card(accountOnce, "Ask for the account number once", .done, owner: "Contact centre", due: "2026-01-31")
        }
        static var estimatesCard: InitiativeCard {
            card(explainEstimates, "Explain estimated bills on the letter", .verified, owner: "Billing", due: "2025-12-15", frictions: 3)
        }

        static let fatigue = [
            "Touchpoint “Report a leak › Report › Leak report line”: 4 process changes since 2026-01-10 (the organization's limit is 3 in 90 days).",
            "Customers in the “Residential " + markup + "” segment: 5 process changes since 2025-12-20 (the organization's limit is 3 in 90 days).",
        ]

        static var boardByStatus: InitiativeBoardModel {
            InitiativeBoardModel(slug: slug, grouping: .status, columns: [
                ("Proposed", [invoiceCard]), ("Approved", []), ("In progress", [callBackCard, arrivalCard]),
                ("Done", [accountOnceCard]), ("Verified", [estimatesCard]),
            ], fatigue: fatigue, canCreate: true)
        }

        static var boardByTeam: InitiativeBoardModel {
            InitiativeBoardModel(slug: slug, grouping: .team, columns: [
                ("Billing", [estimatesCard]), ("Contact centre", [callBackCard, accountOnceCard]), ("Field operations", [arrivalCard]),
                ("No owner team", [invoiceCard]),
            ], fatigue: [], canCreate: false)
        }

        static var emptyBoard: InitiativeBoardModel {
            InitiativeBoardModel(slug: slug, grouping: .status,
                                 columns: InitiativeStatus.allCases.map { ($0.label, [InitiativeCard]()) }, fatigue: [], canCreate: true)
        }

        // MARK: The initiative page

        static func facts(done: String?, verified: String?) -> [Fact] {
            [Fact("Owner", .link("Contact centre", url: Paths.item(slug, .teams, contactCentre))),
             Fact("Due", .text("2026-03-20")),
             Fact("Strategy goal", .link("Fix leaks within 48 hours of the first report", url: Paths.item(slug, .goals, id(560)))),
             Fact("Description", .prose("Online leak reports land in a shared inbox.\nEvery report gets a call back within 2 hours, day and night " + markup)),
             Fact("Done", done.map { .text($0) } ?? .muted("Not yet")),
             Fact("Verified", verified.map { .text($0) } ?? .muted("Not yet"))]
        }

        static var frictions: [[Cell]] {
            [[.link("Online reports sit in a shared inbox until someone calls back", url: Paths.item(slug, .frictions, frictionInbox)), .text("5"),
              .badge("Confirmed by 31 feedback items", tone: .good), .badge("Open", tone: .bad)],
             [.link("Callers wait 12 minutes at peak before anyone answers", url: Paths.item(slug, .frictions, frictionWait)), .text("4"),
              .muted("Not confirmed by customers"), .badge("Open", tone: .bad)]]
        }

        static var changes: [[Cell]] {
            [[.link("Process “Leak triage”", url: Paths.item(slug, .initiativeChanges, changeTriage)), .muted("its current text"),
              .text("Online reports are triaged with phone reports, in one queue, within 2 hours."), .muted("—"), .muted("When done")],
             [.link("Handoff “Online leak form → Leak report line”", url: Paths.item(slug, .initiativeChanges, changeHandoff)),
              .text("Nobody is accountable."), .text("The contact centre is accountable."), .text("Contact centre"), .muted("When done")]]
        }

        static var needs: [[Cell]] {
            [[.link("Call-back script for online reports", url: Paths.item(slug, .capabilityNeeds, needScript)), .text("Training"),
              .link("Contact centre", url: Paths.item(slug, .teams, contactCentre)), .text("2026-03-13"), .badge("Open", tone: .warn)],
             [.link("Night rota for the call-back queue", url: Paths.item(slug, .capabilityNeeds, needRota)), .text("Staffing"),
              .link("Contact centre", url: Paths.item(slug, .teams, contactCentre)), .text("2026-03-06"), .badge("Overdue", tone: .bad)],
             [.link("FAQ: when will you call me back?", url: Paths.item(slug, .capabilityNeeds, needFaq)), .text("Customer information"),
              .muted("—"), .text("2026-02-20"), .badge("Done", tone: .good)]]
        }

        static var history: [InitiativePageModel.HistoryEntry] {
            [.init(from: .proposed, to: .approved, by: "Ana Ruiz", at: "2026-02-02", note: ""),
             .init(from: .approved, to: .inProgress, by: "Priya Shah", at: "2026-02-09", note: "Rota agreed with the night team " + markup)]
        }

        static var inProgress: InitiativePageModel {
            InitiativePageModel(
                id: callBack, slug: slug, title: "Call back every online leak report within 2 hours", status: .inProgress,
                facts: facts(done: nil, verified: nil),
                moves: [.init(status: .done, label: "Mark done",
                              consequence: "Marking it done applies its 2 planned changes to the processes, policies and handoffs (their earlier text is kept in their history) and marks its open frictions addressed. There is no going back from done.",
                              needsReason: true),
                        .init(status: .approved, label: "Back to approved", consequence: "Move it back to approved.", needsReason: false)],
                moveRefusal: nil, history: history, frictions: frictions,
                themes: [[.link("leak report", url: Paths.page(slug, .themes) + "#leak-report")]],
                changes: changes, needs: needs, openNeeds: 2, fatigue: Array(fatigue.prefix(1)), effect: nil, effectTouchpoints: 0,
                closingNotes: [], canEdit: true)
        }

        /// Answers on its touchpoints 90 days before it was done (15 January 2026) and since; CES was asked only before.
        static var effect: InitiativeEffect {
            var effect = InitiativeEffect(doneOn: day("2026-01-15"), windowDays: 90, today: day("2026-03-03"))
            effect.add(date: day("2025-12-01"), nps: 3, csat: 2, ces: 2, sentiment: -0.6, times: 40)
            effect.add(date: day("2025-12-08"), nps: 9, csat: 4, ces: 5, sentiment: 0.25, times: 20)
            effect.add(date: day("2026-02-10"), nps: 9, csat: 5, ces: nil, sentiment: 0.5, times: 45)
            effect.add(date: day("2026-02-17"), nps: 5, csat: 2, ces: nil, sentiment: -0.4, times: 15)
            effect.add(date: day("2024-01-01"), nps: 0, csat: 1, ces: 1, sentiment: -1, times: 99)
            return effect
        }

        static var verified: InitiativePageModel {
            var model = inProgress
            model.title = "Explain estimated bills on the letter"
            model.id = explainEstimates
            model.status = .verified
            model.facts = facts(done: "2026-01-15", verified: "2026-03-02")
            model.moves = []
            model.moveRefusal = "Verified: the loop is closed."
            model.history = history + [
                .init(from: .inProgress, to: .done, by: "Grace Mensah", at: "2026-01-15", note: "The FAQ is still being written."),
                .init(from: .done, to: .verified, by: "Ana Ruiz", at: "2026-03-02", note: "")]
            model.changes = changes.map { row in Array(row.dropLast()) + [.badge("Applied 2026-01-15", tone: .good)] }
            model.needs = []
            model.openNeeds = 0
            model.fatigue = []
            model.effect = effect
            model.effectTouchpoints = 3
            model.closingNotes = [
                [.link("Hill & Sons Bakery", url: Paths.item(slug, .customers, customerHill)), .badge("Told on 2026-03-02", tone: .good)],
                [.link("Mrs Okafor " + markup, url: Paths.item(slug, .customers, customerOkafor)),
                 .badge("Waiting for their next check-in", tone: .warn)]]
            return model
        }

        /// Someone who may read it but not move it; nothing planned yet.
        static var readOnlyProposed: InitiativePageModel {
            InitiativePageModel(
                id: invoice, slug: slug, title: "Drop the plumber's invoice from the leak allowance " + markup, status: .proposed,
                facts: [Fact("Owner", .muted("No owner yet")), Fact("Due", .text("2026-05-01"))], moves: [],
                moveRefusal: "As viewer you may read this initiative; its owners, CX leads and administrators move it.",
                history: [], frictions: [], themes: [], changes: [], needs: [], openNeeds: 0, fatigue: [], effect: nil,
                effectTouchpoints: 0, closingNotes: [], canEdit: false)
        }

        // MARK: My initiatives

        static var mine: MyInitiativesModel {
            MyInitiativesModel(
                slug: slug, personName: "Priya Shah", teamNames: ["Contact centre", "Field operations"],
                initiatives: [[.link(callBackCard.title, url: callBackCard.url), .badge("In progress", tone: .neutral), .text("Contact centre"),
                               .text("2026-03-20"), .text("2")],
                              [.link(arrivalCard.title, url: arrivalCard.url), .badge("In progress", tone: .neutral), .text("Field operations"),
                               .group([.text("2026-02-27"), .badge("Overdue", tone: .bad)]), .text("1")]],
                needs: [[.link("Call-back script for online reports " + markup, url: Paths.item(slug, .capabilityNeeds, needScript)),
                         .text("Training"), .text("Contact centre"), .link(callBackCard.title, url: callBackCard.url), .text("2026-03-13"),
                         .badge("Open", tone: .warn)]])
        }

        static var teamLead: MyInitiativesModel {
            MyInitiativesModel(slug: slug, personName: nil, teamNames: ["Billing " + markup], initiatives: [], needs: [])
        }

        static var nobody: MyInitiativesModel {
            MyInitiativesModel(slug: slug, personName: nil, teamNames: [], initiatives: [], needs: [])
        }
    }
}
