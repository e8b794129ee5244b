import Domain
import FluentKit
import Foundation
import SQLKit

/// Where an initiative lands on the journey, whether customers felt it, and how many changes the same
/// touchpoints and segments have had.
public enum InitiativeInsights {
    /// The touchpoints of its frictions (a handoff's two ends, a process's touchpoints) and of its changes.
    public static func touchpoints(of initiative: Initiative, id: UUID, organizationID: UUID, on db: any Database) async throws -> Set<UUID> {
        var result = Set<UUID>()
        let frictions = initiative.frictionIDs.isEmpty ? [] : try await FrictionRecord.query(on: db)
            .filter(\.$organizationID == organizationID).filter(\.$id ~~ initiative.frictionIDs).all().map(\.stored)
        let changes = try await InitiativeChangeRecord.query(on: db).filter(\.$organizationID == organizationID).filter(\.$initiativeID == id).all()
        var handoffs = Set<UUID>(), processes = Set<UUID>()
        for friction in frictions {
            switch friction.target {
            case .touchpoint(let touchpoint): result.insert(touchpoint)
            case .handoff(let handoff): handoffs.insert(handoff)
            case .process(let process): processes.insert(process)
            }
        }
        for change in changes.map(\.content) {
            if let handoff = change.target.handoffID { handoffs.insert(handoff) }
            if let process = change.target.processID { processes.insert(process) }
        }
        return result.union(try await touchpoints(handoffs: handoffs, processes: processes, on: db))
    }

    static func touchpoints(handoffs: Set<UUID>, processes: Set<UUID>, on db: any Database) async throws -> Set<UUID> {
        var result = Set<UUID>()
        if !handoffs.isEmpty {
            for handoff in try await HandoffRecord.query(on: db).filter(\.$id ~~ handoffs).all() {
                result.insert(handoff.fromTouchpointID)
                result.insert(handoff.toTouchpointID)
            }
        }
        if !processes.isEmpty {
            result.formUnion(try await ProcessTouchpointRecord.query(on: db).filter(\.$process.$id ~~ processes).all(\.$touchpointID))
        }
        return result
    }

    /// Scores and sentiment on the touchpoints in the `windowDays` before the initiative was done and after.
    public static func effect(touchpoints: Set<UUID>, doneOn: CalendarDate, windowDays: Int, today: CalendarDate, organizationID: UUID,
                              on db: any Database) async throws -> InitiativeEffect {
        var effect = InitiativeEffect(doneOn: doneOn, windowDays: windowDays, today: today)
        guard let sql = db as? any SQLDatabase, !touchpoints.isEmpty else { return effect }
        let split = doneOn.description
        // Grouped by position: PostgreSQL does not see two binds of the same value as the same expression.
        let scope = SQLQueryString("""
            FROM feedback_items f WHERE f.organization_id = \(bind: organizationID)
              AND f.date >= \(bind: effect.before.from.description) AND f.date <= \(bind: effect.after.to.description)
              AND f.id IN (SELECT feedback_id FROM feedback_touchpoints WHERE touchpoint_id IN (\(binds: Array(touchpoints))))
            """)
        for column in ["nps", "csat", "ces"] {
            let rows = try await sql.raw("""
                SELECT CASE WHEN f.date < \(bind: split) THEN 'b' ELSE 'a' END AS p, f.\(unsafeRaw: column) AS v, COUNT(*) AS n \(scope)
                  AND f.\(unsafeRaw: column) IS NOT NULL GROUP BY 1, 2
                """).all()
            for row in rows {
                let after = try row.decode(column: "p", as: String.self) == "a"
                let value = try row.decode(column: "v", as: Int.self), count = try row.decode(column: "n", as: Int.self)
                let date = after ? effect.after.from : effect.before.from
                effect.add(date: date, nps: column == "nps" ? value : nil, csat: column == "csat" ? value : nil,
                           ces: column == "ces" ? value : nil, sentiment: nil, times: count)
            }
        }
        let sentiment = try await sql.raw("""
            SELECT CASE WHEN f.date < \(bind: split) THEN 'b' ELSE 'a' END AS p, COUNT(*) AS n,
                   SUM(f.sentiment_score) AS s, SUM(f.sentiment_score * f.sentiment_score) AS q \(scope)
              AND f.sentiment_score IS NOT NULL GROUP BY 1
            """).all()
        for row in sentiment {
            let tally = SentimentTally(count: try row.decode(column: "n", as: Int.self), sum: try row.decode(column: "s", as: Double.self),
                                       squares: try row.decode(column: "q", as: Double.self))
            if try row.decode(column: "p", as: String.self) == "a" { effect.after.sentiment = tally } else { effect.before.sentiment = tally }
        }
        return effect
    }

    /// Changes applied since `since`, each with its touchpoints and the customer segments seen on them.
    public static func appliedChanges(organizationID: UUID, since: CalendarDate, on db: any Database) async throws -> [ChangeFatigue.Change] {
        let changes = try await InitiativeChangeRecord.query(on: db).filter(\.$organizationID == organizationID)
            .filter(\.$appliedOn >= since.description).all()
        return try await fatigueChanges(changes.map { ($0.id!, $0.content, $0.content.appliedOn!) }, organizationID: organizationID, on: db)
    }

    /// Changes as change fatigue counts them, on the day given.
    public static func fatigueChanges(_ changes: [(UUID, InitiativeChange, CalendarDate)], organizationID: UUID, on db: any Database)
        async throws -> [ChangeFatigue.Change] {
        var touched: [UUID: Set<UUID>] = [:]
        for (id, change, _) in changes {
            touched[id] = try await touchpoints(handoffs: Set([change.target.handoffID].compactMap { $0 }),
                                                processes: Set([change.target.processID].compactMap { $0 }), on: db)
        }
        let segments = try await segments(on: touched.values.reduce(into: Set<UUID>()) { $0.formUnion($1) }, organizationID: organizationID, on: db)
        return changes.map { id, _, day in
            let points = touched[id] ?? []
            return ChangeFatigue.Change(id: id, on: day, touchpointIDs: points,
                                        segments: points.reduce(into: Set<String>()) { $0.formUnion(segments[$1] ?? []) })
        }
    }

    /// The segments of the customers who gave feedback on each touchpoint (named on the feedback, or through its
    /// conversation), from the kept figures. Anonymous survey answers name no customer and count for none.
    static func segments(on touchpoints: Set<UUID>, organizationID: UUID, on db: any Database) async throws -> [UUID: Set<String>] {
        guard !touchpoints.isEmpty else { return [:] }
        var result: [UUID: Set<String>] = [:]
        for (key, _) in try await FeedbackFigureStore.read(organizationID, figures: [FeedbackFigures.segmentsSeen], dimension: ScoreDimension.touchpoint.rawValue,
                                                            subjects: touchpoints.map { FigureKey.encode($0.uuidString) }, on: db) {
            guard let id = key.subjectValue.flatMap(UUID.init(uuidString:)) else { continue }
            result[id, default: []].insert(key.detail)
        }
        return result
    }
}
