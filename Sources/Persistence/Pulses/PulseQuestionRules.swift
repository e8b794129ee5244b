import Domain
import FluentKit
import Foundation

/// Questions of the library may change freely: a sent pulse keeps the copies it asked.
public enum PulseQuestionRules: RecordRules {
    public typealias Record = PulseQuestionRecord
    public static let kind = RecordKind.pulseQuestions
}

/// What must hold for pulses: the teams asked exist here; once sent, its teams and question sets stay as they were sent.
public enum PulseRules: RecordRules {
    public typealias Record = PulseRecord
    public static let kind = RecordKind.pulses

    public static func references(_ content: Pulse) -> [Reference] {
        content.teamIDs.map { Reference(field: "team_ids", label: "A chosen team", kind: .teams, id: $0) }
    }

    public static func validate(_ content: Pulse, existing: PulseRecord?, _ scope: OrgScope) async throws {
        guard let existing, existing.sentOn != nil else { return }
        let sent = existing.content
        if Set(sent.teamIDs) != Set(content.teamIDs) {
            throw ValidationFailure(field: "team_ids", message: "This pulse was sent on \(existing.sentOn!): the teams asked can no longer change.")
        }
        if sent.sets != content.sets {
            throw ValidationFailure(field: "sets", message: "This pulse was sent on \(existing.sentOn!): its questions can no longer change.")
        }
    }

    public static func deletionConsequences(_ record: PulseRecord, _ scope: OrgScope) async throws -> [String] {
        guard record.sentOn != nil, let id = record.id else { return ["It was never sent: nobody has a link to it."] }
        let answered = try await PulseGroupRecord.query(on: scope.db).filter(\PulseGroupRecord.$pulseID == id).all().reduce(0) { $0 + $1.responses }
        return ["Its links stop working, and its \(answered) sets of answers are deleted with it: its results and its place in the 4C trends go."]
    }
}
