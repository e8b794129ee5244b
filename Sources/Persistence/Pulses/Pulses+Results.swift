import Domain
import FluentKit
import Foundation
import SQLKit

extension Pulses {
    /// A pulse's results with the organization's threshold applied, and the comments of the groups shown.
    public struct Results: Sendable {
        public let pulse: Stored<Pulse>
        public let results: PulseResults
        /// Free-text answers of shown groups, per question, in an order unrelated to when they came (by random id).
        public let comments: [UUID: [String]]
    }

    /// At most this many comments a question shows, so a large organization's page stays short.
    public static let commentsShown = 200

    public func results(_ pulseID: UUID) async throws -> Results {
        let pulse = try await find(pulseID)
        let results = try await tallied(pulse)
        let shown = results.teams.filter { !$0.suppressed }.compactMap(\.id)
        var comments: [UUID: [String]] = [:]
        for item in results.items where item.kind == .text && !shown.isEmpty {
            let answers = try await PulseAnswerRecord.query(on: scope.db)
                .join(PulseResponseRecord.self, on: \PulseAnswerRecord.$responseID == \PulseResponseRecord.$id)
                .filter(\.$itemID == item.id).filter(PulseResponseRecord.self, \.$teamID ~~ shown)
                .filter(\.$text != nil).filter(\.$text != "")
                .sort(\.$id).limit(Self.commentsShown).all()
            comments[item.id] = answers.compactMap(\.text)
        }
        return Results(pulse: pulse.stored, results: results, comments: comments)
    }

    /// The results as built from the kept tallies: one read of the groups and one of the tallies, whatever the number of answers.
    func tallied(_ pulse: PulseRecord) async throws -> PulseResults {
        let pulseID = pulse.id!
        let items = try await PulseItemRecord.query(on: scope.db).filter(\.$pulseID == pulseID).sort(\.$position).all().map(\.item)
        let groups = try await PulseGroupRecord.query(on: scope.db).filter(\.$pulseID == pulseID).all()
        let tallies = try await talliesByTeam(pulseID)
        let names = try await teamNames()
        let order = Dictionary(pulse.content.teamIDs.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let built = groups.sorted { (order[$0.teamID] ?? .max) < (order[$1.teamID] ?? .max) }.map { group in
            (id: group.teamID, name: names[group.teamID] ?? "", invited: group.invited, responses: group.responses,
             tallies: tallies[group.teamID] ?? [:])
        }
        return PulseResults.build(threshold: scope.organization.content.anonymityThreshold, items: items, groups: built)
    }

    /// The pulse's tallies by team and question, read as plain rows: a thousand teams' are some twenty thousand.
    func talliesByTeam(_ pulseID: UUID) async throws -> [UUID: [UUID: PulseResults.Tally]] {
        var result: [UUID: [UUID: PulseResults.Tally]] = [:]
        let rows = try await (scope.db as! any SQLDatabase).raw("""
            SELECT team_id, item_id, answers, favourable, neutral, unfavourable, total FROM pulse_tallies WHERE pulse_id = \(bind: pulseID)
            """).all()
        for row in rows {
            let tally = PulseResults.Tally(answers: try row.decode(column: "answers", as: Int.self), favourable: try row.decode(column: "favourable", as: Int.self),
                                           neutral: try row.decode(column: "neutral", as: Int.self), unfavourable: try row.decode(column: "unfavourable", as: Int.self),
                                           total: try row.decode(column: "total", as: Int.self))
            result[try row.decode(column: "team_id", as: UUID.self), default: [:]][try row.decode(column: "item_id", as: UUID.self)] = tally
        }
        return result
    }
}
