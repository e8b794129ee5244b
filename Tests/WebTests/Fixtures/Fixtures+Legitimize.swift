import Domain
import Foundation
import Web

extension Fixture {
    /// Frictions set beside what customers said: the three ranked views and the links to decide.
    enum Legitimize {
        static let frictionWait = id(401), frictionRepeat = id(402), frictionInbox = id(403), frictionSlot = id(404)
        static let feedbackCutOff = id(410), feedbackTwice = id(411), feedbackSlot = id(412)
        static let linkOne = id(420), linkTheme = id(421), linkConfirmed = id(422), linkRejected = id(423)

        static var links: String { Paths.page(slug, .links) }

        static func frictionRow(_ title: String, _ friction: UUID, note: String, items: Int, score: PriorityScore, proposals: Int) -> LegitimizeRow {
            LegitimizeRow(title: title, url: Paths.item(slug, .frictions, friction), note: note, items: items,
                          itemsURL: items > 0 ? links + "?status=confirmed&friction_id=\(friction.uuidString)" : nil,
                          score: score, proposals: proposals, proposalsURL: links + "?status=proposed&friction_id=\(friction.uuidString)")
        }

        static let counts: [LegitimizeView: Int] = [.confirmed: 3, .blindSpots: 3, .unvalidated: 4]

        static var confirmed: LegitimizeModel {
            LegitimizeModel(slug: slug, view: .confirmed, counts: counts, rows: [
                frictionRow("Callers wait 12 minutes at peak before anyone answers", frictionWait, note: "Severity 4 · open", items: 86,
                            score: PriorityScore(frequency: 1, severity: 0.8, customerPriority: 0.72, valueTier: 0.75, recency: 0.93), proposals: 5),
                frictionRow("Online reports sit in a shared inbox until someone calls back " + markup, frictionInbox, note: "Severity 5 · open",
                            items: 31, score: PriorityScore(frequency: 0.77, severity: 1, customerPriority: 0.6, valueTier: 0.5, recency: 0.81),
                            proposals: 0),
                frictionRow("Customers are asked for the account number twice", frictionRepeat, note: "Severity 3 · addressed", items: 4,
                            score: PriorityScore(frequency: 0.36, severity: 0.6, customerPriority: 0.6, valueTier: 0.25, recency: 0.42), proposals: 1),
            ], waitingProposals: 12, canCurate: true)
        }

        static var blindSpots: LegitimizeModel {
            LegitimizeModel(slug: slug, view: .blindSpots, counts: counts, rows: [
                LegitimizeRow(title: "“estimated bill”", url: Paths.theme(slug, "estimated bill"), note: "Theme",
                              items: 173, itemsURL: Paths.list(slug, .feedback, query: ["theme": "estimated bill"]),
                              score: PriorityScore(frequency: 1, severity: 0.58, customerPriority: 0.64, valueTier: 1, recency: 0.99),
                              proposals: 2, proposalsURL: links + "?status=proposed&subject=theme"),
                LegitimizeRow(title: "Not in any theme", url: Paths.list(slug, .feedback, query: ["kind": "friction"]), note: "Feedback in no theme",
                              items: 40, itemsURL: nil,
                              score: PriorityScore(frequency: 0.72, severity: 0.41, customerPriority: 0.6, valueTier: 0, recency: 0.97),
                              proposals: 0, proposalsURL: links + "?status=proposed&subject=theme"),
                LegitimizeRow(title: "“shut-off notice " + markup + "”", url: Paths.theme(slug, "shut-off notice " + markup),
                              note: "Theme", items: 9, itemsURL: Paths.list(slug, .feedback, query: ["theme": "shut-off notice " + markup]),
                              score: PriorityScore(frequency: 0.44, severity: 0.7, customerPriority: 0.8, valueTier: 0.25, recency: 0.5),
                              proposals: 1, proposalsURL: links + "?status=proposed&subject=theme"),
            ], waitingProposals: 12, canCurate: true)
        }

        static var unvalidatedEmpty: LegitimizeModel {
            LegitimizeModel(slug: slug, view: .unvalidated, counts: [.confirmed: 3, .blindSpots: 3], rows: [], waitingProposals: 0, canCurate: false)
        }

        // MARK: Links

        static var frictionOptions: [(value: String, label: String)] {
            [(frictionWait.uuidString, "Callers wait 12 minutes at peak before anyone answers"),
             (frictionRepeat.uuidString, "Customers are asked for the account number twice"),
             (frictionInbox.uuidString, "Online reports sit in a shared inbox " + markup)]
        }

        static var proposedLines: Paged<LinkLine> {
            Paged(items: [
                LinkLine(id: linkOne, status: .proposed, frictionText: "Callers wait 12 minutes at peak before anyone answers",
                         frictionURL: Paths.item(slug, .frictions, frictionWait),
                         customerText: "Waited 40 minutes on the leak line and then got cut off " + markup,
                         customerURL: Paths.item(slug, .feedback, feedbackCutOff), isTheme: false, similarityPercent: 64,
                         sharedWords: ["wait", "minutes", "leak line", "peak", "answer", "queue"], decision: nil),
                LinkLine(id: linkTheme, status: .proposed, frictionText: "Customers are asked for the account number twice",
                         frictionURL: Paths.item(slug, .frictions, frictionRepeat), customerText: "“account number”",
                         customerURL: Paths.theme(slug, "account number"), isTheme: true, similarityPercent: 41,
                         sharedWords: ["account", "number"], decision: "Brought in by the theme “account number”"),
            ], request: Pagination(page: 1, per: 25), total: 60)
        }

        static var decidedLines: Paged<LinkLine> {
            Paged(items: [
                LinkLine(id: linkConfirmed, status: .confirmed, frictionText: "Crews arrive outside the promised slot",
                         frictionURL: Paths.item(slug, .frictions, frictionSlot), customerText: "The crew came at 4pm, the slot was 8 to 12.",
                         customerURL: Paths.item(slug, .feedback, feedbackSlot), isTheme: false, similarityPercent: 52,
                         sharedWords: ["crew", "slot"], decision: "Confirmed by Ana Ruiz, 3 Mar 2026"),
                LinkLine(id: linkRejected, status: .rejected, frictionText: "Customers are asked for the account number twice",
                         frictionURL: Paths.item(slug, .frictions, frictionRepeat), customerText: "I had to say my name twice, the line was bad.",
                         customerURL: Paths.item(slug, .feedback, feedbackTwice), isTheme: false, similarityPercent: 23,
                         sharedWords: ["twice"], decision: "Rejected by Priya Shah, 2 Mar 2026"),
            ], request: Pagination(page: 2, per: 25), total: 27)
        }

        static var none: Paged<LinkLine> { Paged(items: [], request: Pagination(page: 1, per: 25), total: 0) }
    }
}
