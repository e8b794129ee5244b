import Domain
import FluentKit
import Foundation
import SQLKit

/// Sending a pulse, its links and reminders, and its results within the organization's anonymity threshold.
public struct Pulses: Sendable {
    let scope: OrgScope

    public init(scope: OrgScope) {
        self.scope = scope
    }

    /// What sending did.
    public struct Sent: Sendable, Equatable {
        public let links: Int
        public let questions: Int
    }

    /// Sends a draft: copies its questions from the library, makes one link per person now in the teams
    /// asked, and queues the invitations (inboxes and the webhook). Sent once, however many ask at once.
    public func send(_ pulseID: UUID, today: CalendarDate = .today) async throws -> Sent {
        try scope.authorize(.update, .pulses)
        let pulse = try await find(pulseID)
        guard !pulse.content.isSent else { throw Conflict("This pulse was sent on \(pulse.content.sentOn!); it cannot be sent again.") }
        guard pulse.content.closesOn >= today else {
            throw ValidationFailure(field: "closes_on", message: "It closes on \(pulse.content.closesOn), before today: choose a later day first.")
        }
        let questions = try await questions(for: pulse.content.sets)
        let people = try await RecordStore<PersonRecord>(db: scope.db, organizationID: scope.id).all()
            .filter { person in person.content.teamID.map(pulse.content.teamIDs.contains) ?? false && person.content.isHere(on: today) }
        guard !people.isEmpty else { throw ValidationFailure(field: "team_ids", message: "Nobody works in the teams chosen: add their people first.") }
        try await WriteGate.transaction(scope.db) { tx in
            try await markSent(pulseID, today: today, on: tx)
            for (position, question) in questions.enumerated() {
                try await PulseItemRecord(pulseID: pulseID, position: position + 1, question: question).create(on: tx)
            }
            for team in pulse.content.teamIDs {
                try await PulseGroupRecord(pulseID: pulseID, teamID: team, invited: people.filter { $0.content.teamID == team }.count).create(on: tx)
            }
            let links = people.map { PulseLinkRecord(organizationID: scope.id, pulseID: pulseID, personID: $0.id, teamID: $0.content.teamID!, token: Self.newToken()) }
            // Many rows to an INSERT: a pulse to 50,000 people is a hundred statements, not 50,000.
            for start in stride(from: 0, to: links.count, by: 500) { try await Array(links[start..<min(start + 500, links.count)]).create(on: tx) }
            try await PulseInvitations.enqueue(pulseID, round: 0, organizationID: scope.id, on: tx)
        }
        try await scope.audit(.update, "pulse", id: pulseID, before: .from([("title", pulse.content.title)]),
                              after: .from([("title", pulse.content.title), ("sent_on", today.description)]))
        return Sent(links: people.count, questions: questions.count)
    }

    /// Queues a reminder to everyone whose link is still unused; refused once the pulse has closed.
    public func remind(_ pulseID: UUID, today: CalendarDate = .today) async throws -> Int {
        try scope.authorize(.update, .pulses)
        let pulse = try await find(pulseID)
        guard pulse.content.isOpen(on: today) else { throw Conflict(pulse.content.isSent ? "This pulse closed on \(pulse.content.closesOn)." : "Send the pulse first.") }
        let waiting = try await PulseLinkRecord.query(on: scope.db).filter(\.$pulseID == pulseID).filter(\.$used == false).count()
        guard waiting > 0 else { throw Conflict("Everyone asked has answered: there is nobody to remind.") }
        let round = try await JobRecord.query(on: scope.db).filter(\.$key >= "pulse-invitations:\(pulseID.uuidString):")
            .filter(\.$key < "pulse-invitations:\(pulseID.uuidString):~").count()
        try await PulseInvitations.enqueue(pulseID, round: round, organizationID: scope.id, on: scope.db)
        return waiting
    }

    /// The pulse's links, for the administrator's own mail tool: who, which team, the address, and whether it was used.
    public func links(_ pulseID: UUID) async throws -> [(person: String, email: String, team: String, token: String, used: Bool)] {
        try scope.authorize(.update, .pulses)
        _ = try await find(pulseID)
        let links = try await PulseLinkRecord.query(on: scope.db).filter(\.$pulseID == pulseID).all()
        let people = Dictionary(try await RecordStore<PersonRecord>(db: scope.db, organizationID: scope.id).some(Set(links.compactMap(\.personID)))
            .map { ($0.id, $0.content) }, uniquingKeysWith: { first, _ in first })
        let teams = try await teamNames(Array(Set(links.map(\.teamID))))
        return links.map { link in
            let person = link.personID.flatMap { people[$0] }
            return (person?.name ?? "(person deleted)", person?.email ?? "", teams[link.teamID] ?? "", link.token, link.used)
        }.sorted { ($0.team, $0.person) < ($1.team, $1.person) }
    }

    func find(_ pulseID: UUID) async throws -> PulseRecord {
        guard let pulse = try await RecordStore<PulseRecord>(db: scope.db, organizationID: scope.id).find(pulseID) else {
            throw NotFound("There is no such pulse here.")
        }
        return pulse
    }

    /// The library's questions of the chosen sets, in set order; a set with none is refused by name.
    private func questions(for sets: [PulseQuestionSet]) async throws -> [PulseQuestion] {
        let library = try await RecordStore<PulseQuestionRecord>(db: scope.db, organizationID: scope.id).all().map(\.content)
        var chosen: [PulseQuestion] = []
        for set in sets {
            let questions = library.filter { $0.set == set }.sorted { $0.position < $1.position }
            guard !questions.isEmpty else {
                throw ValidationFailure(field: "sets", message: "“\(set.label)” has no questions yet: add the built-in questions or write some first.")
            }
            chosen += questions
        }
        return chosen
    }

    /// Sets the sent day only on a draft, so two requests sending at once send it once.
    private func markSent(_ pulseID: UUID, today: CalendarDate, on db: any Database) async throws {
        let rows = try await (db as! any SQLDatabase).raw("""
            UPDATE pulses SET sent_on = \(bind: today.description) WHERE id = \(bind: pulseID) AND sent_on IS NULL RETURNING id
            """).all()
        guard !rows.isEmpty else { throw Conflict("This pulse has just been sent by someone else.") }
    }

    /// 32 random bytes, URL-safe: the link is the only key to answering.
    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }
}

extension Pulses {
    /// Adds the built-in questions the library does not hold yet (same set and words); returns how many were added.
    @discardableResult
    public func addBuiltInQuestions() async throws -> Int {
        try scope.authorize(.create, .pulseQuestions)
        let store = RecordStore<PulseQuestionRecord>(db: scope.db, organizationID: scope.id)
        let held = Set(try await store.all().map { "\($0.content.set.rawValue)|\($0.content.text)" })
        let missing = PulseQuestion.builtIn.filter { !held.contains("\($0.set.rawValue)|\($0.text)") }
        try await WriteGate.transaction(scope.db) { tx in
            for question in missing { try await PulseQuestionRecord(organizationID: scope.id, content: question).create(on: tx) }
        }
        return missing.count
    }
}
