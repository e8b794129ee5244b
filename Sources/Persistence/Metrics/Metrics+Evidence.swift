import Domain
import FluentKit
import Foundation
import SQLKit

/// The conflicts ranked by how much feedback, and how much of it negative, each touches (kept figures), one page of each
/// kind at a time, with the customers heard counted for the outcomes shown and what the data says of each push shown: the
/// KPI's monthly values beside the customers' monthly score on its outcome.
extension Metrics {
    public struct ConflictsPage: Sendable {
        public let report: Report
        public let opposed: [MetricConflicts.Opposed]
        public let paid: [MetricConflicts.CustomersPay]
        public let unmeasured: [UUID]
        public let totalOpposed: Int, totalPaid: Int, totalUnmeasured: Int
        public let page: Int, per: Int
        let evidence: [String: EffectEvidence]
        /// The names of the first touchpoints of each paid conflict's outcome, where its negative quotes are read.
        public let touchpointNames: [UUID: String]
        /// Charter commitments no KPI measures.
        public let unmeasuredCommitments: Int

        public func evidence(_ push: MetricGraph.Push) -> EffectEvidence? { evidence[Metrics.key(push)] }
        public var pages: Int { max(1, ([totalOpposed, totalPaid, totalUnmeasured].max()! + per - 1) / per) }
    }

    /// Where a paid conflict's quotes are: its outcome's first touchpoints.
    public static let quotedTouchpoints = 3

    /// Months of KPI values and scores compared: two years, as monthly KPIs are reviewed.
    public static let evidenceMonths = 24

    public func conflictsPage(page: Int, per: Int, today: CalendarDate = .today) async throws -> ConflictsPage {
        let found = try await conflicts()
        let reach = Dictionary(found.outcomes.map { ($0.item.id, ($0.feedbackItems, $0.negativeItems)) }, uniquingKeysWith: { first, _ in first })
        func ranked<T>(_ items: [T], _ outcome: (T) -> UUID) -> [T] {
            items.enumerated().sorted { a, b in
                let x = reach[outcome(a.element)] ?? (0, 0), y = reach[outcome(b.element)] ?? (0, 0)
                return (x.0, x.1, -a.offset) > (y.0, y.1, -b.offset)
            }.map(\.element)
        }
        let range = ((page - 1) * per)..<(page * per)
        func slice<T>(_ items: [T]) -> [T] { Array(items[min(range.lowerBound, items.count)..<min(range.upperBound, items.count)]) }
        let opposed = slice(ranked(found.conflicts.opposed, \.outcome)), paid = slice(ranked(found.conflicts.customersPay, \.push.outcome))
        let unmeasured = slice(found.conflicts.unmeasured)
        let shown = Set(opposed.map(\.outcome) + paid.map(\.push.outcome) + unmeasured)
        let report = Report(kpis: found.kpis, teams: found.teams, outcomes: try await withCustomers(found.outcomes, shown: shown), conflicts: found.conflicts)
        let pushes = opposed.flatMap { [$0.raising, $0.lowering] } + paid.map(\.push)
        let quoted = Set(paid.flatMap { (report.outcome($0.push.outcome)?.touchpoints ?? []).prefix(Self.quotedTouchpoints) })
        let names = quoted.isEmpty ? [] : try await TouchpointRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$id ~~ quoted).all()
        return ConflictsPage(report: report, opposed: opposed, paid: paid, unmeasured: unmeasured,
                             totalOpposed: report.conflicts.opposed.count, totalPaid: report.conflicts.customersPay.count,
                             totalUnmeasured: report.conflicts.unmeasured.count, page: page, per: per,
                             evidence: try await evidence(pushes, report, since: today.firstOfMonth.adding(months: -Self.evidenceMonths)),
                             touchpointNames: Dictionary(names.compactMap { record in record.id.map { ($0, record.name) } }, uniquingKeysWith: { first, _ in first }),
                             unmeasuredCommitments: try await CommitmentRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$kpiID == nil).count())
    }

    static func key(_ push: MetricGraph.Push) -> String { "\(push.kpi)|\(push.outcome)|\(push.sign.rawValue)" }

    /// One query for the KPIs' values, one per outcome for its scores: only for the pushes on the page.
    func evidence(_ pushes: [MetricGraph.Push], _ report: Report, since: CalendarDate) async throws -> [String: EffectEvidence] {
        guard !pushes.isEmpty else { return [:] }
        let values = try await KPIValueRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$kpiID ~~ Set(pushes.map(\.kpi)))
            .filter(\.$dimension == "").filter(\.$period >= since.description).all()
        let byKPI = Dictionary(grouping: values, by: \.kpiID).mapValues { $0.compactMap { value in CalendarDate(value.period).map { ($0, value.value) } } }
        var scores: [UUID: [MonthScore]] = [:]
        for outcome in Set(pushes.map(\.outcome)) {
            scores[outcome] = try await monthScores(report.outcome(outcome)?.touchpoints ?? [], since: since)
        }
        var found: [String: EffectEvidence] = [:]
        for push in pushes {
            let rewarded = report.kpis[push.kpi]?.rewarded ?? .up
            let expecting = (push.sign == .raises ? 1 : -1) * (rewarded == .down ? -1 : 1)
            found[Self.key(push)] = EffectEvidence.assess(values: byKPI[push.kpi] ?? [], scores: scores[push.outcome] ?? [], expecting: expecting)
        }
        return found
    }

    /// One outcome measured by what Align holds: its reach, and the customers' scores where it is won or lost, month by month.
    public func measured(_ outcome: Stored<CustomerOutcome>, today: CalendarDate = .today) async throws -> (reach: Outcome, scores: [MonthScore]) {
        let reach = try await withCustomers(try await self.reach([outcome]), shown: [outcome.id])[0]
        return (reach, try await monthScores(reach.touchpoints, since: today.firstOfMonth.adding(months: -Self.evidenceMonths)))
    }

    /// The customers' scores on these touchpoints, month by month, summed in the database.
    func monthScores(_ touchpoints: [UUID], since: CalendarDate) async throws -> [MonthScore] {
        guard !touchpoints.isEmpty else { return [] }
        let sql = scope.db as! any SQLDatabase
        let rows = try await sql.raw("""
            SELECT detail, CAST(SUM(n) AS BIGINT) AS n FROM feedback_figures WHERE organization_id = \(bind: scope.id)
            AND figure = \(bind: FeedbackFigures.monthScore) AND dimension = \(bind: ScoreDimension.touchpoint.rawValue)
            AND subject IN (\(binds: touchpoints.map { FigureKey.encode($0.uuidString) })) AND detail >= \(bind: String(since.description.prefix(7)))
            GROUP BY detail
            """).all()
        return MonthScore.summed(try rows.map { (try $0.decode(column: "detail", as: String.self), try $0.decode(column: "n", as: Int.self)) })
    }
}
