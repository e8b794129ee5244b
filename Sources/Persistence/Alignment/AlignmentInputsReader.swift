import Domain
import FluentKit
import Foundation

/// Reads the counts the organization's alignment index is computed from: the 4C health report's organization row
/// (pulse tallies past the anonymity threshold, customer signals, charters), and counts of touchpoints, handoffs, KPIs in
/// conflict, acknowledgements, check-ins and initiatives.
struct AlignmentInputsReader {
    let scope: OrgScope
    let today: CalendarDate

    /// `conflicts` is the KPI conflicts report when the caller has read it already.
    func organization(conflicts: Metrics.Report? = nil) async throws -> AlignmentInputs {
        let whole = try await Health(scope: scope).report(page: 1, per: 1, today: today).organization
        var inputs = Self.inputs(whole)
        inputs.touchpoints = try await TouchpointRecord.query(on: scope.db).filter(\.$organizationID == scope.id).count(\.$organizationID)
        let handoffs = HandoffRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
        inputs.handoffs = try await handoffs.copy().count(\.$organizationID)
        inputs.unownedHandoffs = try await handoffs.copy().filter(\.$accountableTeamID == nil).filter(\.$accountablePersonID == nil).count(\.$organizationID)
        (inputs.kpis, inputs.kpisInConflict) = try await kpis(conflicts)
        (inputs.partiesAsked, inputs.partiesAcknowledged) = try await PlannedChanges(scope).acknowledgementCounts(today: today)
        (inputs.checkInsDue, inputs.checkInsOnTime) = try await checkIns()
        (inputs.initiativesFinished, inputs.initiativesVerified) = try await initiatives()
        inputs.trend = try await trend()
        return inputs
    }

    /// NPS answers and feedback items by month from the kept figures, in the last three months and the three before.
    private func trend() async throws -> AlignmentInputs.Trend {
        let (recent, before) = AlignmentInputs.Trend.windows(endingWith: today)
        let month = ScoreDimension.month.rawValue
        var trend = AlignmentInputs.Trend()
        for (key, count) in try await FeedbackFigureStore.read(scope.id, figures: ["nps"], dimension: month, subjects: (recent + before).map { FigureKey.encode($0) },
                                                                on: scope.db) {
            guard let value = Int(key.detail), let subject = key.subjectValue else { continue }
            if recent.contains(subject) { trend.npsRecent[value, default: 0] += count } else { trend.npsBefore[value, default: 0] += count }
        }
        for (key, count) in try await FeedbackFigureStore.read(scope.id, figures: [FeedbackFigures.feedback], dimension: month,
                                                                subjects: (recent + before).map { FigureKey.encode($0) }, on: scope.db) {
            guard let subject = key.subjectValue else { continue }
            let isRecent = recent.contains(subject), isNegative = key.detail == FeedbackFigures.negative
            switch (isRecent, isNegative) {
            case (true, false): trend.itemsRecent += count
            case (true, true): trend.negativeRecent += count
            case (false, false): trend.itemsBefore += count
            case (false, true): trend.negativeBefore += count
            }
        }
        return trend
    }

    /// KPIs, and those on either side of an opposed pair or paid for by customers.
    private func kpis(_ read: Metrics.Report?) async throws -> (Int, Int) {
        let report: Metrics.Report
        if let read { report = read } else { report = try await Metrics(scope: scope).conflicts() }
        return (report.kpis.count, Metrics.involved(report.conflicts).count)
    }

    /// Check-ins due in the last 180 days, and those done by their due date.
    private func checkIns() async throws -> (Int, Int) {
        let due = try await CheckInRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
            .filter(\.$dueDate >= today.adding(days: -180).description).filter(\.$dueDate <= today.description).all().map(\.stored)
        return (due.count, due.filter { $0.status == .done && ($0.completedOn ?? $0.dueDate) <= $0.dueDate }.count)
    }

    private func initiatives() async throws -> (Int, Int) {
        let finished = try await InitiativeRecord.query(on: scope.db).filter(\.$organizationID == scope.id)
            .filter(\.$status ~~ [InitiativeStatus.done.rawValue, InitiativeStatus.verified.rawValue]).all()
        return (finished.count, finished.filter { $0.status == InitiativeStatus.verified.rawValue }.count)
    }
}
