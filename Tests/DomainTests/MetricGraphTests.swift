import Domain
import Foundation
import Testing

/// The declared graph of KPIs and customer outcomes: signs along chains, rewarded directions, cycles, and the conflicts found.
@Suite struct MetricGraphTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    static let sales = id(1), centre = id(2), billing = id(3)
    static let leadTime = id(11), oneContact = id(12), disputeFirst = id(13)

    static func kpi(_ n: Int, team: UUID, _ rewarded: RewardedDirection) -> MetricGraph.KPI {
        MetricGraph.KPI(id: id(n), teamID: team, name: "KPI \(n)", rewarded: rewarded)
    }

    static func effect(_ from: Int, _ to: MetricTarget, _ sign: EffectSign) -> MetricGraph.Effect {
        MetricGraph.Effect(from: id(from), to: to, sign: sign, reason: "because \(from)")
    }

    @Test func aDirectEffectPushesTheOutcomeWithItsSign() {
        let graph = MetricGraph(kpis: [Self.kpi(21, team: Self.sales, .up)], effects: [Self.effect(21, .outcome(Self.leadTime), .lowers)])
        let pushes = graph.pushes()
        #expect(pushes.count == 1 && pushes[0].sign == .lowers && pushes[0].path.count == 1 && pushes[0].outcome == Self.leadTime)
    }

    /// A drives B up; B is rewarded for going down, so its declared effects happen when it falls: B rising reverses them.
    @Test func aDrivenKPIRewardedDownReversesItsEffects() {
        let graph = MetricGraph(kpis: [Self.kpi(21, team: Self.sales, .up), Self.kpi(22, team: Self.centre, .down)],
                                effects: [Self.effect(21, .kpi(Self.id(22)), .raises), Self.effect(22, .outcome(Self.oneContact), .raises)])
        let push = graph.pushes(from: Self.id(21))
        #expect(push.count == 1 && push[0].sign == .lowers && push[0].path.map(\.from) == [Self.id(21), Self.id(22)])
    }

    @Test func aDrivenKPIRewardedUpKeepsItsEffects() {
        let graph = MetricGraph(kpis: [Self.kpi(21, team: Self.sales, .up), Self.kpi(22, team: Self.centre, .up)],
                                effects: [Self.effect(21, .kpi(Self.id(22)), .lowers), Self.effect(22, .outcome(Self.oneContact), .raises)])
        #expect(graph.pushes(from: Self.id(21)).map(\.sign) == [.lowers])
    }

    @Test func aCycleIsFollowedOnceAndEnds() {
        let graph = MetricGraph(kpis: [Self.kpi(21, team: Self.sales, .up), Self.kpi(22, team: Self.centre, .up)],
                                effects: [Self.effect(21, .kpi(Self.id(22)), .raises), Self.effect(22, .kpi(Self.id(21)), .raises),
                                          Self.effect(22, .outcome(Self.oneContact), .raises)])
        #expect(graph.pushes(from: Self.id(21)).count == 1 && graph.pushes(from: Self.id(22)).count == 1)
    }

    @Test func chainsLongerThanTheLimitAreNotFollowed() {
        let kpis = (21...(21 + MetricGraph.maxHops)).map { Self.kpi($0, team: Self.sales, .up) }
        var effects = (21..<(21 + MetricGraph.maxHops)).map { Self.effect($0, .kpi(Self.id($0 + 1)), .raises) }
        effects.append(Self.effect(21 + MetricGraph.maxHops, .outcome(Self.leadTime), .raises))
        let graph = MetricGraph(kpis: kpis, effects: effects)
        #expect(graph.pushes(from: Self.id(21)).isEmpty && graph.pushes(from: Self.id(22)).count == 1)
    }

    @Test func anEffectOfAnUnknownKPIIsIgnored() {
        let graph = MetricGraph(kpis: [Self.kpi(21, team: Self.sales, .up)],
                                effects: [Self.effect(99, .outcome(Self.leadTime), .raises), Self.effect(21, .kpi(Self.id(98)), .raises)])
        #expect(graph.pushes().isEmpty)
    }

    @Test func twoTeamsPushingOneOutcomeApartAreOpposed() {
        let graph = MetricGraph(kpis: [Self.kpi(21, team: Self.sales, .up), Self.kpi(22, team: Self.centre, .down)],
                                effects: [Self.effect(21, .outcome(Self.oneContact), .lowers), Self.effect(22, .outcome(Self.oneContact), .raises)])
        let found = MetricConflicts.find(graph, outcomes: [Self.oneContact, Self.leadTime], evidence: [:])
        #expect(found.opposed.count == 1 && found.opposed[0].raising.kpi == Self.id(22) && found.opposed[0].lowering.kpi == Self.id(21))
        #expect(found.unmeasured == [Self.leadTime])
    }

    @Test func oneTeamsOwnKPIsPullingApartAreNotTwoTeamsOpposed() {
        let graph = MetricGraph(kpis: [Self.kpi(21, team: Self.sales, .up), Self.kpi(22, team: Self.sales, .up)],
                                effects: [Self.effect(21, .outcome(Self.oneContact), .lowers), Self.effect(22, .outcome(Self.oneContact), .raises)])
        #expect(MetricConflicts.find(graph, outcomes: [Self.oneContact], evidence: [:]).opposed.isEmpty)
    }

    @Test func opposedThroughAChainShowsEveryHop() {
        let graph = MetricGraph(kpis: [Self.kpi(21, team: Self.sales, .up), Self.kpi(22, team: Self.centre, .down), Self.kpi(23, team: Self.billing, .up)],
                                effects: [Self.effect(21, .kpi(Self.id(22)), .raises), Self.effect(22, .outcome(Self.disputeFirst), .raises),
                                          Self.effect(23, .outcome(Self.disputeFirst), .raises)])
        let found = MetricConflicts.find(graph, outcomes: [Self.disputeFirst], evidence: [:])
        // 22 itself raises it; 21, driving 22 up against its rewarded way, lowers it through 22: opposed to both 22 and 23.
        #expect(found.opposed.map(\.raising.kpi).sorted() == [Self.id(22), Self.id(23)])
        #expect(found.opposed.allSatisfy { $0.lowering.kpi == Self.id(21) && $0.lowering.path.map(\.reason) == ["because 21", "because 22"] })
    }

    @Test func customersPayOnlyWhereTheyComplainAboutTheOutcome() {
        let graph = MetricGraph(kpis: [Self.kpi(21, team: Self.sales, .up), Self.kpi(22, team: Self.billing, .up)],
                                effects: [Self.effect(21, .outcome(Self.leadTime), .lowers), Self.effect(22, .outcome(Self.disputeFirst), .lowers)])
        let evidence: [UUID: MetricConflicts.OutcomeEvidence] = [Self.leadTime: .init(frictions: [Self.id(41)], negativeItems: 12),
                                                                  Self.disputeFirst: .init(frictions: [], negativeItems: 0)]
        let found = MetricConflicts.find(graph, outcomes: [Self.leadTime, Self.disputeFirst], evidence: evidence)
        #expect(found.customersPay.map(\.push.kpi) == [Self.id(21)] && found.customersPay[0].evidence.negativeItems == 12)
        #expect(found.unmeasured == [Self.leadTime, Self.disputeFirst])
    }
}
