import Domain
import FluentKit
import Foundation

/// The organization's alignment index: this month's, stored once computed so every page and instance reads the same
/// figure, and the months before it for the trend.
public struct Alignment: Sendable {
    let scope: OrgScope

    public init(scope: OrgScope) { self.scope = scope }

    public struct Snapshot: Sendable {
        public let month: String
        public let index: AlignmentIndex
        public let computedAt: Date
    }

    static let organizationKey = "organization"

    /// This month's index: stored when first asked for (by a page, the API or the monthly job), read after that.
    public func current(today: CalendarDate = .today) async throws -> Snapshot {
        let month = Self.month(today)
        if let stored = try await stored(month) { return stored }
        do {
            try await store(try await compute(today: today), month: month, replacing: false)
        } catch {
            // Another instance kept the month first (the unique key refused this one): theirs stands.
            guard try await stored(month) != nil else { throw error }
        }
        return try await stored(month)!
    }

    /// Computes this month's index afresh and keeps it in place of the one stored (administrators and CX leads).
    public func recompute(today: CalendarDate = .today) async throws -> Snapshot {
        try scope.authorize(.update, .pulses)
        let month = Self.month(today)
        try await store(try await compute(today: today), month: month, replacing: true)
        return try await stored(month)!
    }

    /// Every month stored, oldest first, at most two years.
    public func history() async throws -> [(month: String, value: Int?)] {
        try await AlignmentSnapshotRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$scopeKey == Self.organizationKey)
            .sort(\.$month, .descending).limit(24).all().reversed().map { ($0.month, $0.value) }
    }

    func compute(today: CalendarDate) async throws -> AlignmentIndex {
        AlignmentIndex.compute(try await AlignmentInputsReader(scope: scope, today: today).organization())
    }

    private func stored(_ month: String) async throws -> Snapshot? {
        try await AlignmentSnapshotRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$scopeKey == Self.organizationKey)
            .filter(\.$month == month).first().map { Snapshot(month: $0.month, index: $0.index, computedAt: $0.computedAt) }
    }

    /// Several instances may compute the same month at once: the unique key keeps one row, and a replacement is one
    /// transaction, so readers see the old figure or the new one.
    private func store(_ index: AlignmentIndex, month: String, replacing: Bool) async throws {
        let scope = self.scope
        let record = try AlignmentSnapshotRecord(organizationID: scope.id, scopeKey: Self.organizationKey, month: month, index: index, at: Date())
        try await WriteGate.transaction(scope.db) { tx in
            let existing = AlignmentSnapshotRecord.query(on: tx).filter(\.$organizationID == scope.id).filter(\.$scopeKey == Self.organizationKey)
                .filter(\.$month == month)
            if replacing { try await existing.copy().delete() } else if try await existing.copy().first() != nil { return }
            try await record.create(on: tx)
        }
    }

    static func month(_ day: CalendarDate) -> String { String(day.description.prefix(7)) }

    /// Queues the month's indexes (the organization's and each team's) for every organization: once a month each, however many instances run.
    static func enqueueMonthly(today: CalendarDate, now: Date, on db: any Database) async throws -> Int {
        let month = month(today)
        var added = 0
        // Every organization, even one whose month a reader kept already: the job keeps its teams' too. The key makes it once a month.
        for organization in try await OrganizationRecord.query(on: db).all() {
            if try await JobQueue.enqueue(.alignmentSnapshot, key: "alignment:\(organization.id!.uuidString):\(month)", organizationID: organization.id!,
                                          payload: "{}", runAt: now, on: db) { added += 1 }
        }
        return added
    }

    static func keepMonth(_ organizationID: UUID, today: CalendarDate, on db: any Database) async throws {
        guard let organization = try await OrganizationRecord.query(on: db).filter(\.$id == organizationID).first()?.stored else { return }
        let alignment = Alignment(scope: OrgScope(db: db, organization: organization, actor: Actor(userID: nil, name: "Align")))
        _ = try await alignment.current(today: today)
        try await alignment.keepAllTeams(today: today)
        try await alignment.keepAllJourneys(today: today)
    }
}
