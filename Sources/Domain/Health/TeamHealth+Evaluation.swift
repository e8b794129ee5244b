import Foundation

extension TeamHealth {
    /// One team's pulse results across pulses (oldest first; the last is the latest) and its signals, read against the limits.
    public static func evaluate(teamID: UUID?, name: String, pulses: [PulseResults.Group], items: [[PulseResults.Item]], signals: Signals,
                                limits: HealthLimits) -> TeamHealth {
        let latest = pulses.last, latestItems = items.last ?? []
        let strategy = latest?.score(.strategy, items: latestItems)
        var cells: [FourC: Cell] = [:]
        for experience in FourC.allCases {
            let score = latest?.score(experience.topic, items: latestItems)
            let trend = zip(pulses, items).map { group, asked in group.score(experience.topic, items: asked)?.percentFavourable }
            var breaches: [String] = []
            if let percent = score?.percentFavourable, percent < Double(limits.favourableBelow) {
                breaches.append("pulse \(Int(percent.rounded()))% favourable, below \(limits.favourableBelow)%")
            }
            breaches += signalBreaches(experience, signals, strategy: strategy, limits: limits, counts: teamID != nil)
            cells[experience] = Cell(score: score, suppression: latest?.suppression, trend: trend, breaches: breaches)
        }
        return TeamHealth(teamID: teamID, name: name, signals: signals, cells: cells, strategy: strategy)
    }

    /// Limits on counts (friction points, handoff problems) are a team's; the whole organization is read by its rates and scores.
    static func signalBreaches(_ experience: FourC, _ signals: Signals, strategy: PulseResults.Tally?, limits: HealthLimits, counts: Bool) -> [String] {
        var breaches: [String] = []
        switch experience {
        case .customer:
            if let nps = signals.npsScore, nps.value < Double(limits.npsBelow) { breaches.append("NPS \(Int(nps.value.rounded())) on its touchpoints, below \(limits.npsBelow)") }
            if counts && signals.openFrictions > limits.openFrictionsAbove { breaches.append("\(signals.openFrictions) open friction points, above \(limits.openFrictionsAbove)") }
        case .career:
            if let rate = signals.leaverRate, rate > Double(limits.leaverRateAbove) {
                breaches.append("\(signals.leavers) left in twelve months (\(Int(rate.rounded()))%), above \(limits.leaverRateAbove)%")
            }
        case .community:
            if counts && signals.communityIssues > limits.communityIssuesAbove {
                breaches.append("\(signals.communityIssues) handoff problems and escalations, above \(limits.communityIssuesAbove)")
            }
        case .core:
            if let percent = strategy?.percentFavourable, percent < Double(limits.favourableBelow) {
                breaches.append("strategy understanding \(Int(percent.rounded()))% favourable, below \(limits.favourableBelow)%")
            }
            if let kept = signals.keptShare, kept < Double(limits.commitmentsKeptBelow) {
                breaches.append("\(signals.commitmentsKept) of \(signals.commitmentsAssessed) charter commitments kept, below \(limits.commitmentsKeptBelow)%")
            }
        }
        return breaches
    }
}
