/// The checks Align can make from its own records, each backing one level of one competency.
public struct CentricityEvidence: Sendable, Equatable {
    /// Channels that brought feedback in the last 90 days.
    public var recentChannels = 0
    /// Themes of the last 90 days whose link to the journey was confirmed or rejected (Legitimize decisions).
    public var themesReviewed = 0
    /// Feedback-to-friction links confirmed.
    public var linksConfirmed = 0
    /// Handoffs, and those with an accountable team.
    public var handoffs = 0, ownedHandoffs = 0
    /// KPIs, and those that declare what they do to customers.
    public var kpis = 0, kpisWithEffects = 0

    public init() {}

    public static let recentDays = 90

    public var checks: [EvidenceCheck] {
        [EvidenceCheck(competencyKey: Competency.customerInsight, level: 3, description: "Feedback from at least two channels in the last \(Self.recentDays) days",
                       figure: "\(recentChannels) channel\(recentChannels == 1 ? "" : "s")", met: recentChannels >= 2, source: .feedback),
         EvidenceCheck(competencyKey: Competency.customerInsight, level: 3, description: "Themes reviewed", figure: "\(themesReviewed) reviewed",
                       met: themesReviewed > 0, source: .reviewedLinks),
         EvidenceCheck(competencyKey: Competency.customerInsight, level: 4, description: "Feedback linked to friction points and confirmed",
                       figure: "\(linksConfirmed) confirmed", met: linksConfirmed > 0, source: .confirmedLinks),
         EvidenceCheck(competencyKey: Competency.journeyManagement, level: 4, description: "Every handoff has an accountable team",
                       figure: "\(ownedHandoffs) of \(handoffs) owned", met: handoffs > 0 && ownedHandoffs == handoffs, source: .handoffs),
         EvidenceCheck(competencyKey: Competency.measuresIncentives, level: 3, description: "Every KPI declares what it does to customers",
                       figure: "\(kpisWithEffects) of \(kpis) KPIs", met: kpis > 0 && kpisWithEffects == kpis, source: .kpis)]
    }
}
