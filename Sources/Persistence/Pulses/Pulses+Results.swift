import Domain
import FluentKit
import Foundation
import SQLKit

extension Pulses {
    /// A pulse's results with the organization's threshold applied, and the comments of the groups shown.
    public struct Results: Sendable {
        public let pulse: Stored<Pulse>
        /// The organization and the teams asked for (a page of them), in the order the pulse names them.
        public let results: PulseResults
        /// Where the page of teams is among all the pulse asked.
        public let teams: Paged<PulseResults.Group>
        /// The team asked for beside the page, if it was asked.
        public let focus: PulseResults.Group?
        /// Free-text answers of shown groups, per question, in an order unrelated to when they came (by random id).
        public let comments: [UUID: [String]]
    }

    /// At most this many comments a question shows, so a large organization's page stays short.
    public static let commentsShown = 200

    /// The organization and one page of the teams asked, kept within the pages there are; what is withheld is
    /// decided over all teams whatever is read.
    public func results(_ pulseID: UUID, page: Int? = nil, per: Int = Pagination.maxSize, focus: UUID? = nil) async throws -> Results {
        let pulse = try await find(pulseID)
        var paging = Pagination(page: 1, per: per)
        let tallied = try await tallied(pulse) { ordered in
            paging = Pagination.within(total: ordered.count, page: page, per: paging.per)
            let end = min(ordered.count, paging.offset + paging.per)
            return Array(ordered[min(paging.offset, end)..<end]) + (focus.map { [$0] } ?? [])
        }
        var (results, focused) = (tallied.results, PulseResults.Group?.none)
        if let focus, results.teams.last?.id == focus { (results, focused) = results.droppingLastTeam() }
        return Results(pulse: pulse.stored, results: results, teams: Paged(items: results.teams, request: paging, total: tallied.teamCount),
                       focus: focused, comments: try await comments(results.items, of: tallied.visible))
    }

    private func comments(_ items: [PulseResults.Item], of visible: Set<UUID>) async throws -> [UUID: [String]] {
        var comments: [UUID: [String]] = [:]
        for item in items where item.kind == .text && !visible.isEmpty {
            let answers = try await PulseAnswerRecord.query(on: scope.db)
                .join(PulseResponseRecord.self, on: \PulseAnswerRecord.$responseID == \PulseResponseRecord.$id)
                .filter(\.$itemID == item.id).filter(PulseResponseRecord.self, \.$teamID ~~ Array(visible))
                .filter(\.$text != nil).filter(\.$text != "")
                .sort(\.$id).limit(Self.commentsShown).all()
            comments[item.id] = answers.compactMap(\.text)
        }
        return comments
    }

    struct Tallied {
        /// The organization and the teams `shown` chose.
        let results: PulseResults
        let teamCount: Int
        /// Every team whose figures are not withheld.
        let visible: Set<UUID>
    }

    /// The results from the kept tallies: every team's counts decide what is withheld, the organization's tallies are
    /// summed in the database, and only the teams `shown` picks (from all, in the pulse's order) have theirs read.
    func tallied(_ pulse: PulseRecord, shown: ([UUID]) -> [UUID]) async throws -> Tallied {
        let pulseID = pulse.id!, threshold = scope.organization.content.anonymityThreshold
        let items = try await PulseItemRecord.query(on: scope.db).filter(\.$pulseID == pulseID).sort(\.$position).all().map(\.item)
        let counts = try await groupCounts(pulseID)
        let picked = shown(counts.map(\.id))
        let tallies = try await talliesByTeam(pulseID, of: Array(Set(picked)))
        let names = try await teamNames(Array(Set(picked)))
        let results = PulseResults.build(threshold: threshold, items: items, counts: counts, organization: try await organizationTallies(pulseID),
                                         shown: picked.map { ($0, names[$0] ?? "", tallies[$0] ?? [:]) })
        return Tallied(results: results, teamCount: counts.count,
                       visible: PulseResults.visible(threshold: threshold, counts: counts.map { ($0.id, $0.responses) }))
    }
}
