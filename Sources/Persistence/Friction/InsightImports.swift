import Domain
import FluentKit
import Foundation

/// Imports a TheyDo insights file as friction points of one journey (`InsightImport` says how an insight
/// becomes one): all of it or, when any insight is refused, none of it, with every problem named by
/// line and property. An `importKey` seen before updates its friction point; one that changes nothing
/// writes nothing. The web page, the API and `align import insights` all call `run`.
public struct InsightImports: Sendable {
    let scope: OrgScope

    public init(scope: OrgScope) {
        self.scope = scope
    }

    public struct Outcome: Sendable, Equatable {
        public var created = 0, updated = 0, unchanged = 0
        /// "line 4 (Id-1234): type “Pain” is not a kind of friction: took the default Effort"
        public var notes: [String] = []
        /// True when the file was only checked: nothing was written.
        public var checkedOnly = false
    }

    /// A file refused whole: every problem, up to `TheyDoInsightsFile.limit`.
    public struct Refusal: Error, Sendable, Equatable {
        public let problems: [TheyDoInsightsFile.Problem]
    }

    private struct Planned: Sendable {
        let line: Int
        let insight: TheyDoInsight
        let point: FrictionPoint
        let existing: (record: FrictionInsightRecord, friction: FrictionRecord)?
    }

    public func run(_ bytes: [UInt8], settings: InsightImportSettings, checkOnly: Bool) async throws -> Outcome {
        try scope.authorize(.importFeedback)
        let read: [(line: Int, insight: TheyDoInsight)]
        do { read = try TheyDoInsightsFile.read(bytes) } catch { throw Refusal(problems: error.problems) }
        let touchpoints = try await journeyTouchpoints(settings)
        let existing = try await stored(Set(read.map(\.insight.importKey)))
        var planned: [Planned] = [], problems: [TheyDoInsightsFile.Problem] = [], outcome = Outcome(checkedOnly: checkOnly)
        var seen: [String: Int] = [:]
        for (index, entry) in read.enumerated() {
            let path = "insights[\(index)]"
            if let earlier = seen[entry.insight.importKey] {
                problems.append(.init(line: entry.line, property: "\(path).importKey", reason: "“\(entry.insight.importKey)” is imported already on line \(earlier)"))
                continue
            }
            seen[entry.insight.importKey] = entry.line
            let before = existing[entry.insight.importKey]
            let merged = before?.record.decoded.map { entry.insight.merged(over: $0) } ?? entry.insight
            do {
                let converted = try InsightImport.frictionPoint(merged, existing: before?.friction.content, touchpoints: touchpoints,
                                                                settings: settings, at: path)
                outcome.notes += converted.notes.map { "line \(entry.line) (\(entry.insight.importKey)): \($0)" }
                planned.append(Planned(line: entry.line, insight: merged, point: converted.point, existing: before))
            } catch {
                problems.append(.init(line: entry.line, property: error.property, reason: error.reason))
            }
        }
        guard problems.isEmpty else { throw Refusal(problems: Array(problems.prefix(TheyDoInsightsFile.limit))) }
        return try await write(planned, outcome: outcome, checkOnly: checkOnly)
    }

    private func write(_ planned: [Planned], outcome: Outcome, checkOnly: Bool) async throws -> Outcome {
        var outcome = outcome
        var changes: [(plan: Planned, text: String)] = []
        for plan in planned {
            let text = try FrictionInsightRecord.encoded(plan.insight)
            if let (record, friction) = plan.existing, friction.content == plan.point, record.insight == text { outcome.unchanged += 1; continue }
            if plan.existing == nil { outcome.created += 1 } else { outcome.updated += 1 }
            changes.append((plan, text))
        }
        if checkOnly || changes.isEmpty { return outcome }
        let audits: [Audit]
        do {
            audits = try await apply(changes)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw Conflict("Another import of these insights was stored at the same moment. Send the file again: it updates what that one created.")
        }
        // After the transaction: on SQLite the audit log's own connection would wait for its lock.
        for (action, id, before, after) in audits { try await scope.audit(action, "frictions", id: id, before: before, after: after) }
        return outcome
    }

    private typealias Audit = (action: AuditAction, id: UUID, before: FormInput?, after: FormInput)

    /// Writes every change in one transaction; answers the audit entries to write after it.
    private func apply(_ changes: [(plan: Planned, text: String)]) async throws -> [Audit] {
        try await WriteGate.transaction(scope.db) { tx in
            var audits: [Audit] = []
            let frictions = RecordStore<FrictionRecord>(db: tx, organizationID: scope.id)
            for (plan, text) in changes {
                if let (record, friction) = plan.existing {
                    let before = friction.content.formInput
                    if friction.content != plan.point { _ = try await frictions.update(friction, with: plan.point) }
                    record.insight = text
                    try await record.update(on: tx)
                    audits.append((.update, record.frictionID, before, plan.point.formInput))
                } else {
                    let stored = try await frictions.create(plan.point)
                    try await FrictionInsightRecord(organizationID: scope.id, frictionID: stored.id, insight: plan.insight).create(on: tx)
                    audits.append((.create, stored.id, nil, plan.point.formInput))
                }
            }
            return audits
        }
    }

    /// What the import page offers: the organization's journeys and, once one is chosen, its touchpoints by name.
    public func choices(journeyID: UUID?) async throws -> (journeys: [(id: UUID, name: String)], journeyID: UUID?, touchpoints: [(id: UUID, name: String)]) {
        let journeys = try await RecordStore<JourneyRecord>(db: scope.db, organizationID: scope.id).all().map { (id: $0.id, name: $0.content.name) }
        guard let journeyID, journeys.contains(where: { $0.id == journeyID }) else { return (journeys, nil, []) }
        let touchpoints = try await TouchpointRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$journeyID == journeyID).all()
            .map { (id: $0.id!, name: $0.content.name) }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        return (journeys, journeyID, touchpoints)
    }

    /// The chosen journey's touchpoints by name; the journey and the default touchpoint must be this organization's.
    private func journeyTouchpoints(_ settings: InsightImportSettings) async throws -> [String: UUID] {
        guard try await RecordStore<JourneyRecord>(db: scope.db, organizationID: scope.id).find(settings.journeyID) != nil else {
            throw ValidationFailure(field: "journey_id", message: "There is no such journey in \(scope.organization.name).")
        }
        let records = try await TouchpointRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
            .filter(\.$journeyID == settings.journeyID).all()
        if let chosen = settings.defaultTouchpointID, !records.contains(where: { $0.id == chosen }) {
            throw ValidationFailure(field: "default_touchpoint_id", message: "The default touchpoint is not on the chosen journey.")
        }
        var byName: [String: UUID] = [:]
        for record in records where byName[ImportDirectory.key(record.content.name)] == nil { byName[ImportDirectory.key(record.content.name)] = record.id }
        return byName
    }

    /// The insights imported before under these keys, with their friction points.
    private func stored(_ keys: Set<String>) async throws -> [String: (record: FrictionInsightRecord, friction: FrictionRecord)] {
        var result: [String: (record: FrictionInsightRecord, friction: FrictionRecord)] = [:]
        let all = Array(keys)
        for start in stride(from: 0, to: all.count, by: 500) {
            let records = try await FrictionInsightRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
                .filter(\.$importKey ~~ Array(all[start..<min(start + 500, all.count)])).all()
            let frictions = try await FrictionRecord.query(on: scope.db).filter(\.$id ~~ records.map(\.frictionID)).all()
            for record in records {
                if let friction = frictions.first(where: { $0.id == record.frictionID }) { result[record.importKey] = (record, friction) }
            }
        }
        return result
    }
}
