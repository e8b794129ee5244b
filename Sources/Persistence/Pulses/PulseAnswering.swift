import Domain
import FluentKit
import Foundation
import SQLKit

/// Answering a pulse through a one-time link, without an account. The answers are stored with the team and
/// the day only; the link learns only that it was used. Both happen in one transaction, or neither.
public struct PulseAnswering: Sendable {
    let db: any Database

    public init(db: any Database) {
        self.db = db
    }

    /// What the answer page shows.
    public struct Form: Sendable {
        public let organization: String
        public let title: String
        public let closesOn: CalendarDate
        public let items: [PulseResults.Item]
        public let threshold: Int
    }

    /// Why a link cannot be answered, in words for the person holding it.
    public enum Refusal: Error, Equatable {
        case unknown, used, notSent, closed(CalendarDate)

        public var message: String {
            switch self {
            case .unknown: "This link is not one Align gave out. Check that it was copied whole."
            case .used: "This link has been used: its answers are in. Each link answers once."
            case .notSent: "This pulse has not been sent yet."
            case .closed(let day): "This pulse closed on \(day): it takes no more answers."
            }
        }
    }

    public func form(token: String, today: CalendarDate = .today) async throws -> Form {
        let (link, pulse) = try await open(token, today: today, on: db)
        guard let organization = try await OrganizationRecord.find(link.organizationID, on: db)?.content else { throw Refusal.unknown }
        return Form(organization: organization.name, title: pulse.title, closesOn: pulse.closesOn, items: try await items(link.pulseID, on: db),
                    threshold: organization.anonymityThreshold)
    }

    /// Stores one set of answers: every scored question answered within its scale, comments as written.
    public func answer(token: String, input: FormInput, today: CalendarDate = .today) async throws {
        let (link, _) = try await open(token, today: today, on: db)
        let items = try await items(link.pulseID, on: db)
        let answers = try Self.read(input, items: items)
        try await WriteGate.transaction(db) { tx in
            let rows = try await (tx as! any SQLDatabase).raw("""
                UPDATE pulse_links SET used = \(bind: true) WHERE id = \(bind: link.id!) AND used = \(bind: false) RETURNING id
                """).all()
            guard !rows.isEmpty else { throw Refusal.used }
            let response = PulseResponseRecord(pulseID: link.pulseID, teamID: link.teamID, answeredOn: today)
            try await response.create(on: tx)
            for (item, answer) in answers {
                try await PulseAnswerRecord(responseID: response.id!, itemID: item.id, value: answer.value, text: answer.text).create(on: tx)
                if let value = answer.value { try await PulseTallies.add(.of(value, kind: item.kind), pulseID: link.pulseID, teamID: link.teamID, itemID: item.id, on: tx) }
            }
            try await PulseTallies.countResponse(pulseID: link.pulseID, teamID: link.teamID, on: tx)
        }
    }

    /// Each scored question must have a value within its scale; free text may be left empty and is kept exactly.
    static func read(_ input: FormInput, items: [PulseResults.Item]) throws -> [(PulseResults.Item, (value: Int?, text: String?))] {
        var reader = FieldReader(input)
        var answers: [(PulseResults.Item, (value: Int?, text: String?))] = []
        for (number, item) in items.enumerated() {
            let field = "q\(number + 1)"
            if let range = item.kind.values {
                let value = reader.int(field, "Question \(number + 1) (“\(item.text)”)", in: range)
                answers.append((item, (value, nil)))
            } else if let text = input.fields[field]?.first, input.value(field) != nil {
                // The words exactly as written, spaces and all: only an answer of nothing but spaces counts as none.
                if text.count > 4000 { reader.fail(field, "Question \(number + 1) must be at most 4000 characters (it has \(text.count)).") }
                answers.append((item, (nil, text)))
            }
        }
        try reader.finish()
        return answers
    }

    private func open(_ token: String, today: CalendarDate, on db: any Database) async throws -> (PulseLinkRecord, Pulse) {
        guard let link = try await PulseLinkRecord.query(on: db).filter(\.$token == token).first(),
              let pulse = try await RecordStore<PulseRecord>(db: db, organizationID: link.organizationID).find(link.pulseID)?.content else {
            throw Refusal.unknown
        }
        guard pulse.isSent else { throw Refusal.notSent }
        guard pulse.isOpen(on: today) else { throw Refusal.closed(pulse.closesOn) }
        guard !link.used else { throw Refusal.used }
        return (link, pulse)
    }

    private func items(_ pulseID: UUID, on db: any Database) async throws -> [PulseResults.Item] {
        try await PulseItemRecord.query(on: db).filter(\.$pulseID == pulseID).sort(\.$position).all().map(\.item)
    }
}

/// The kept counts results are read from, changed in the transaction that stores each answer.
enum PulseTallies {
    static func add(_ tally: PulseResults.Tally, pulseID: UUID, teamID: UUID, itemID: UUID, on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("""
            INSERT INTO pulse_tallies (id, pulse_id, team_id, item_id, answers, favourable, neutral, unfavourable, total)
            VALUES (\(bind: UUID()), \(bind: pulseID), \(bind: teamID), \(bind: itemID), \(bind: tally.answers), \(bind: tally.favourable),
                    \(bind: tally.neutral), \(bind: tally.unfavourable), \(bind: tally.total))
            ON CONFLICT (pulse_id, team_id, item_id) DO UPDATE SET answers = pulse_tallies.answers + excluded.answers,
                favourable = pulse_tallies.favourable + excluded.favourable, neutral = pulse_tallies.neutral + excluded.neutral,
                unfavourable = pulse_tallies.unfavourable + excluded.unfavourable, total = pulse_tallies.total + excluded.total
            """).run()
    }

    static func countResponse(pulseID: UUID, teamID: UUID, on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("""
            UPDATE pulse_groups SET responses = responses + 1 WHERE pulse_id = \(bind: pulseID) AND team_id = \(bind: teamID)
            """).run()
    }
}
