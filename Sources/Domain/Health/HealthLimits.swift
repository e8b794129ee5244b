/// Where an organization draws the line: a figure past its limit is a sign of misalignment.
public struct HealthLimits: Sendable, Equatable, Codable {
    /// A pulse score (% favourable) below this.
    public var favourableBelow: Int
    /// NPS on the team's touchpoints below this.
    public var npsBelow: Int
    /// More open friction points on the team's touchpoints than this.
    public var openFrictionsAbove: Int
    /// More leavers in twelve months than this share of the headcount, in percent.
    public var leaverRateAbove: Int
    /// More handoffs where customers repeat themselves or wait, unowned handoffs and escalations together than this.
    public var communityIssuesAbove: Int
    /// Fewer of the team's assessed charter commitments kept than this share, in percent.
    public var commitmentsKeptBelow: Int

    public init(favourableBelow: Int = 60, npsBelow: Int = 0, openFrictionsAbove: Int = 3, leaverRateAbove: Int = 15,
                communityIssuesAbove: Int = 3, commitmentsKeptBelow: Int = 70) {
        (self.favourableBelow, self.npsBelow, self.openFrictionsAbove) = (favourableBelow, npsBelow, openFrictionsAbove)
        (self.leaverRateAbove, self.communityIssuesAbove, self.commitmentsKeptBelow) = (leaverRateAbove, communityIssuesAbove, commitmentsKeptBelow)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> HealthLimits {
        var reader = FieldReader(input)
        let limits = HealthLimits(
            favourableBelow: reader.int("favourable_below", "Pulse score below", in: 0...100),
            npsBelow: reader.int("nps_below", "NPS below", in: -100...100),
            openFrictionsAbove: reader.int("open_frictions_above", "Open friction points above", in: 0...10_000),
            leaverRateAbove: reader.int("leaver_rate_above", "Leavers in twelve months above (% of headcount)", in: 0...100),
            communityIssuesAbove: reader.int("community_issues_above", "Handoff problems and escalations above", in: 0...10_000),
            commitmentsKeptBelow: reader.int("commitments_kept_below", "Charter commitments kept below (%)", in: 0...100))
        try reader.finish()
        return limits
    }

    public var formInput: FormInput {
        .from([("favourable_below", String(favourableBelow)), ("nps_below", String(npsBelow)), ("open_frictions_above", String(openFrictionsAbove)),
               ("leaver_rate_above", String(leaverRateAbove)), ("community_issues_above", String(communityIssuesAbove)),
               ("commitments_kept_below", String(commitmentsKeptBelow))])
    }
}
