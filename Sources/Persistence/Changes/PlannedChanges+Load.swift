import Domain
import FluentKit
import Foundation

extension PlannedChanges {
    /// Each team's weighted change load month by month, from every change not cancelled that is under way in the window,
    /// its impact derived afresh from the journey graph as it stands.
    public func load(from: CalendarDate, months: Int) async throws -> ChangeLoad.HeatMap {
        let first = from.firstOfMonth
        let changes = try await loadChanges(from: first, until: first.adding(months: months))
        return ChangeLoad.heatMap(changes, from: first, months: months, limit: try await loadLimit())
    }

    /// The warnings this change adds or makes worse in the months it is under way, beside every other change.
    public func capacityWarnings(_ report: ChangeImpactReport) async throws -> [ChangeLoad.Warning] {
        guard report.change.status != .cancelled else { return [] }
        let change = ChangeLoad.Change(id: report.change.id, report.change.content, impact: report.impact)
        guard let first = change.months.first, let last = change.months.last else { return [] }
        let others = try await loadChanges(from: first, until: last.adding(months: 1))
        return ChangeLoad.forecast(change, others: others, limit: try await loadLimit())
    }

    /// Changes not cancelled that are under way on some day from `from` up to (not including) `until`.
    func loadChanges(from: CalendarDate, until: CalendarDate) async throws -> [ChangeLoad.Change] {
        let records = try await PlannedChangeRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
            .filter(\.$status != PlannedChangeStatus.cancelled.rawValue).filter(\.$starts < until.description).all()
        try await PlannedChangeRecord.loadRelations(records, on: scope.db)
        let under = records.map(\.stored).filter { ($0.ends ?? $0.starts) >= from }
        guard !under.isEmpty else { return [] }
        let graph = try await JourneyGraphLoader.whole(scope)
        var changes: [ChangeLoad.Change] = []
        for change in under {
            let subjects = try await subjectsAndGaps(change).0
            changes.append(ChangeLoad.Change(id: change.id, change.content, impact: ChangeImpact.derive(subjects, in: graph)))
        }
        return changes
    }

    public func loadLimit() async throws -> Int {
        try await ChangeSettingsRecord.query(on: scope.db).filter(\.$organizationID == scope.id).first()?.loadLimit ?? ChangeLoad.defaultLimit
    }

    /// Sets the organization's limit (administrators and CX leads); `limit` is the field as given.
    public func setLoadLimit(_ value: String?) async throws -> Int {
        try scope.authorize(.update, .changes)
        guard let value, let limit = Int(value), ChangeLoad.limits.contains(limit) else {
            throw ValidationFailure(field: "limit", message: "Limit must be a whole number from \(ChangeLoad.limits.lowerBound) to \(ChangeLoad.limits.upperBound).")
        }
        let before = try await loadLimit()
        let scope = self.scope
        try await WriteGate.transaction(scope.db) { tx in
            if let record = try await ChangeSettingsRecord.query(on: tx).filter(\.$organizationID == scope.id).first() {
                record.loadLimit = limit
                try await record.update(on: tx)
            } else {
                try await ChangeSettingsRecord(organizationID: scope.id, loadLimit: limit).create(on: tx)
            }
            try await OrgScope(db: tx, organization: scope.organization, actor: scope.actor, access: scope.access)
                .audit(.update, "change-settings", id: scope.id, before: .from([("title", "Change load limit"), ("limit", String(before))]),
                       after: .from([("title", "Change load limit"), ("limit", String(limit))]))
        }
        return limit
    }
}

extension PlannedChanges {
    /// Over the changes planned or still under way, everyone asked to acknowledge and everyone who has.
    public func acknowledgementCounts(today: CalendarDate = .today) async throws -> (asked: Int, acknowledged: Int) {
        let byParty = try await acknowledgementsByParty(today: today)
        return (byParty.values.reduce(0) { $0 + $1.asked }, byParty.values.reduce(0) { $0 + $1.acknowledged })
    }

    /// For each team or person touched by a change planned or still under way: how many such changes asked them, and
    /// how many of those they acknowledged.
    func acknowledgementsByParty(today: CalendarDate) async throws -> [ChangeParty: (asked: Int, acknowledged: Int)] {
        let records = try await PlannedChangeRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
            .filter(\.$status != PlannedChangeStatus.cancelled.rawValue).all()
        try await PlannedChangeRecord.loadRelations(records, on: scope.db)
        let current = records.map(\.stored).filter { $0.status == .planned || ($0.ends ?? $0.starts) >= today }
        guard !current.isEmpty else { return [:] }
        let graph = try await JourneyGraphLoader.whole(scope)
        let acknowledged = try await ChangeAcknowledgementRecord.query(on: scope.db).filter(\.$organizationID == scope.id).all()
        let byChange = Dictionary(grouping: acknowledged, by: { $0.$change.id }).mapValues { Set($0.map(\.party)) }
        var counts: [ChangeParty: (asked: Int, acknowledged: Int)] = [:]
        for change in current {
            for party in ChangeImpact.derive(try await subjectsAndGaps(change).0, in: graph).parties {
                let told = byChange[change.id]?.contains(party.formValue) == true
                let sofar = counts[party] ?? (0, 0)
                counts[party] = (sofar.asked + 1, sofar.acknowledged + (told ? 1 : 0))
            }
        }
        return counts
    }
}

extension PlannedChanges {
    /// One team in one month: the load these changes bring, and the load it carries with every other change too.
    public struct LoadAdded: Sendable, Equatable {
        public let teamID: UUID
        public let month: CalendarDate
        public let added: Int
        public let total: Int
    }

    /// The load a group of changes (an investment's) adds to each team in each month they are under way, beside the total.
    public func loadAdded(by ids: Set<UUID>) async throws -> [LoadAdded] {
        let records = try await PlannedChangeRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$id ~~ ids)
            .filter(\.$status != PlannedChangeStatus.cancelled.rawValue).all()
        guard let first = records.compactMap({ CalendarDate($0.starts) }).min()?.firstOfMonth else { return [] }
        let last = records.compactMap { CalendarDate($0.ends ?? $0.starts) }.max() ?? first
        var months = 0
        while first.adding(months: months) <= last { months += 1 }
        let changes = try await loadChanges(from: first, until: first.adding(months: months))
        let all = ChangeLoad.heatMap(changes, from: first, months: months, limit: 0)
        let own = ChangeLoad.heatMap(changes.filter { ids.contains($0.id) }, from: first, months: months, limit: 0)
        return own.cells.flatMap { team, byMonth in
            byMonth.map { LoadAdded(teamID: team, month: $0.key, added: $0.value.load, total: all.cell(team, $0.key)?.load ?? $0.value.load) }
        }.sorted { ($0.month, $1.total, $0.teamID.uuidString) < ($1.month, $0.total, $1.teamID.uuidString) }
    }
}
