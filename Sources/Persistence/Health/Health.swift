import Domain
import FluentKit
import Foundation
import SQLKit

/// The 4C health of every team and the organization: pulse scores from the kept tallies of the latest
/// pulses, beside signals counted by grouped queries (never one query per team, never every answer).
public struct Health: Sendable {
    let scope: OrgScope

    public init(scope: OrgScope) {
        self.scope = scope
    }

    /// How many pulses the trend goes back.
    public static let trendLength = 4

    public struct Report: Sendable {
        public let limits: HealthLimits
        public let threshold: Int
        /// The pulses read, oldest first: the last gives the scores, all of them the trend.
        public let pulses: [(id: UUID, title: String, sentOn: CalendarDate)]
        public let organization: TeamHealth
        /// One page of teams, by name: a thousand teams are read a page at a time.
        public let teams: Paged<TeamHealth>
    }

    /// Teams shown a page at a time unless asked otherwise.
    public static let teamsPerPage = 25

    public func report(page: Int? = nil, per: Int = Health.teamsPerPage, today: CalendarDate = .today) async throws -> Report {
        let limits = try await self.limits()
        let pulses = try await recentPulses()
        let total = try await RecordStore<TeamRecord>(db: scope.db, organizationID: scope.id).count()
        let paging = Pagination.within(total: total, page: page, per: per)
        let teams = try await RecordStore<TeamRecord>(db: scope.db, organizationID: scope.id).list(page: paging)
        let (teamHealth, whole) = try await evaluate(teams.items, pulses: pulses, limits: limits, today: today)
        return Report(limits: limits, threshold: scope.organization.content.anonymityThreshold,
                      pulses: pulses.map { ($0.id!, $0.title, CalendarDate($0.sentOn ?? "") ?? today) }, organization: whole,
                      teams: Paged(items: teamHealth, request: paging, total: teams.total))
    }

    /// The 4C health of these teams alone, by name, withheld exactly as on the report.
    public func teams(_ ids: Set<UUID>, today: CalendarDate = .today) async throws -> [TeamHealth] {
        guard !ids.isEmpty else { return [] }
        let teams = try await RecordStore<TeamRecord>(db: scope.db, organizationID: scope.id).some(ids).sorted { $0.name < $1.name }
        return try await evaluate(teams, pulses: try await recentPulses(), limits: try await limits(), today: today).teams
    }

    private func evaluate(_ teams: [Stored<Team>], pulses: [PulseRecord], limits: HealthLimits, today: CalendarDate)
        async throws -> (teams: [TeamHealth], organization: TeamHealth) {
        var results: [PulseResults] = []
        for pulse in pulses { results.append(try await Pulses(scope: scope).tallied(pulse, shown: { _ in teams.map(\.id) }).results) }
        let signals = try await HealthSignals(scope: scope, today: today).byTeam(shown: teams.map(\.id))
        let items = results.map(\.items)
        let groups = results.map { result in Dictionary(result.teams.compactMap { group in group.id.map { ($0, group) } }, uniquingKeysWith: { first, _ in first }) }
        let teamHealth = teams.map { team in
            let asked = zip(results, groups).compactMap { result, byTeam in byTeam[team.id].map { ($0, result.items) } }
            return TeamHealth.evaluate(teamID: team.id, name: team.content.name, pulses: asked.map(\.0), items: asked.map(\.1),
                                       signals: signals.teams[team.id] ?? TeamHealth.Signals(), limits: limits)
        }
        let whole = TeamHealth.evaluate(teamID: nil, name: "Whole organization", pulses: results.map(\.organization), items: items,
                                        signals: signals.organization, limits: limits)
        return (teamHealth, whole)
    }

    /// The latest sent pulses that asked about the four experiences, oldest first.
    func recentPulses() async throws -> [PulseRecord] {
        let sent = try await PulseRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$sentOn != nil)
            .sort(\.$sentOn, .descending).sort(\.$id).limit(20).all()
        let asking = try await PulseItemRecord.query(on: scope.db).filter(\.$pulseID ~~ sent.compactMap(\.id))
            .filter(\.$topic ~~ PulseTopic.experiences.map(\.rawValue)).all().map(\.pulseID)
        return Array(sent.filter { asking.contains($0.id!) }.prefix(Self.trendLength).reversed())
    }

    public func limits() async throws -> HealthLimits {
        try await HealthSettingsRecord.query(on: scope.db).filter(\.$organizationID == scope.id).first()?.limits ?? HealthLimits()
    }

    /// Sets the organization's limits (administrators and CX leads).
    public func setLimits(_ input: FormInput) async throws -> HealthLimits {
        try scope.authorize(.update, .pulses)
        let limits = try HealthLimits.parse(input)
        let before = try await self.limits()
        try await WriteGate.transaction(scope.db) { tx in
            let record = try await HealthSettingsRecord.query(on: tx).filter(\.$organizationID == scope.id).first() ?? HealthSettingsRecord()
            record.organizationID = scope.id
            record.apply(limits)
            try await record.save(on: tx)
        }
        try await scope.audit(.update, "health-limits", id: scope.id, before: before.formInput, after: limits.formInput)
        return limits
    }
}
