import Foundation
import Testing
import Domain

@Suite("JourneyMap")
struct JourneyMapTests {
    let f = JourneyMapFixture()

    @Test(arguments: [(nil, FrictionHeat.none), (0, .low), (1, .low), (2, .low), (3, .medium), (4, .high), (5, .high)]
          as [(Int?, FrictionHeat)])
    func heatThresholds(worst: Int?, heat: FrictionHeat) {
        #expect(FrictionHeat(worstSeverity: worst) == heat)
    }

    @Test func columnsFollowStagePosition() {
        let map = f.map
        #expect(map.columns.map(\.stage.id) == [f.apply, f.connect])
        #expect(map.columns.map(\.stage.name) == ["Apply", "Get connected"])
        #expect(map.journey.name == "New connection")
        #expect(map.touchpointCount == 3)
    }

    @Test func cardsFollowTouchpointPositionWithinTheirStage() {
        let map = f.map
        #expect(map.columns[0].cards.map(\.touchpoint.id) == [f.t0, f.t1])
        #expect(map.columns[1].cards.map(\.touchpoint.id) == [f.t3])
    }

    @Test func cardsCountOnlyOpenFrictionOnTheTouchpointItself() throws {
        let cards = f.map.columns.flatMap(\.cards)
        let t0 = try #require(cards.first { $0.touchpoint.id == f.t0 })
        let t1 = try #require(cards.first { $0.touchpoint.id == f.t1 })
        let t3 = try #require(cards.first { $0.touchpoint.id == f.t3 })
        #expect(t0.openFrictionCount == 2)
        #expect(t0.worstSeverity == 3)
        #expect(t0.heat == .medium)
        // t1 has a closed 5 and an addressed 4; only the open 2 counts.
        #expect(t1.openFrictionCount == 1)
        #expect(t1.worstSeverity == 2)
        #expect(t1.heat == .low)
        #expect(t3.openFrictionCount == 0)
        #expect(t3.worstSeverity == nil)
        #expect(t3.heat == FrictionHeat.none)
    }

    @Test func cardsNameTheOwningTeam() {
        let cards = f.map.columns.flatMap(\.cards)
        #expect(cards.map(\.teamName) == ["Field Ops", "Customer Care", "No team"])
    }

    @Test func cardsListTheirOutgoingHandoffs() {
        let cards = f.map.columns.flatMap(\.cards)
        #expect(cards.map { $0.outgoing.map(\.handoff.id) } == [[f.h1], [f.h2], [f.h3]])
    }

    @Test func mapCounts() {
        let map = f.map
        #expect(map.unownedHandoffCount == 2)
        #expect(map.repeatHandoffCount == 1)
        #expect(map.openFrictionCount == 8)
    }

    @Test func handoffLinesResolveNamesAndOwners() {
        let lines = f.map.handoffs
        #expect(lines.map(\.handoff.id) == [f.h1, f.h2, f.h3, f.h4])
        #expect(lines.map(\.fromName) == ["Call centre", "Apply online", "Site visit", "Another journey"])
        #expect(lines.map(\.toName) == ["Apply online", "Site visit", "Another journey", "Apply online"])
        #expect(lines.map(\.ownerName) == ["Customer Care", "Dana Reyes", nil, nil])
        #expect(lines.map(\.isUnowned) == [false, false, true, true])
        #expect(lines.map(\.customerRepeats) == [false, true, false, false])
    }

    @Test func handoffLinesCountOnlyTheirOwnOpenFriction() {
        #expect(f.map.handoffs.map(\.openFrictionCount) == [1, 0, 1, 0])
    }

    @Test func backstageOfTouchpointWithProcessAndHandoffsBothWays() throws {
        let backstage = try #require(f.map.backstage(of: f.t1))
        #expect(backstage.card.touchpoint.id == f.t1)
        #expect(backstage.processes.map(\.0.id) == [f.pr1])
        #expect(backstage.processes.map(\.ownerName) == ["Field Ops"])
        #expect(backstage.incoming.map(\.handoff.id) == [f.h1, f.h4])
        // Open first, each group by severity descending; f11 (on h3) and f9/f12 (other processes) are not related.
        #expect(backstage.frictions.map(\.id) == [f.f6, f.f8, f.f1, f.f2, f.f3, f.f7, f.f10])
    }

    @Test func backstageOfTouchpointWithUnownedProcess() throws {
        let backstage = try #require(f.map.backstage(of: f.t3))
        #expect(backstage.processes.map(\.0.id) == [f.pr2])
        #expect(backstage.processes.map(\.ownerName) == [nil])
        #expect(backstage.incoming.map(\.handoff.id) == [f.h2])
        #expect(backstage.frictions.map(\.id) == [f.f9, f.f11, f.f10])
    }

    @Test func backstageOfTouchpointWithoutProcesses() throws {
        let backstage = try #require(f.map.backstage(of: f.t0))
        #expect(backstage.processes.isEmpty)
        #expect(backstage.incoming.isEmpty)
        #expect(backstage.card.outgoing.map(\.handoff.id) == [f.h1])
        #expect(backstage.frictions.map(\.id) == [f.f6, f.f4, f.f5, f.f7])
    }

    @Test func backstageOfUnknownTouchpointIsNil() {
        let map = f.map
        #expect(map.backstage(of: UUID()) == nil)
        #expect(map.backstage(of: f.elsewhere) == nil)
        #expect(map.backstage(of: f.h1) == nil)
    }

    @Test func ownerMissingFromNameBookIsOwnedButNameless() {
        let stage = Stored(id: UUID(), organizationID: nil, content: Stage(journeyID: f.journeyID, name: "Only"))
        let a = Stored(id: UUID(), organizationID: nil,
                       content: Touchpoint(stageID: stage.id, name: "A", channel: .chat, owningTeamID: f.fieldOps))
        let b = Stored(id: UUID(), organizationID: nil,
                       content: Touchpoint(stageID: stage.id, name: "B", channel: .mail, owningTeamID: f.fieldOps))
        let stray = Stored(id: UUID(), organizationID: nil,
                           content: Touchpoint(stageID: UUID(), name: "Stray", channel: .app, owningTeamID: f.fieldOps))
        let handoff = Stored(id: UUID(), organizationID: nil,
                             content: Handoff(fromTouchpointID: a.id, toTouchpointID: b.id, accountableTeamID: f.ghostTeam))
        let map = JourneyMap(journey: Stored(id: f.journeyID, organizationID: nil, content: Journey(name: "J")),
                             stages: [stage], touchpoints: [a, b, stray], handoffs: [handoff], processes: [],
                             frictions: [], names: NameBook())
        #expect(map.handoffs.map(\.ownerName) == [nil])
        #expect(map.unownedHandoffCount == 0)
        #expect(map.touchpointCount == 2)
        #expect(map.columns.flatMap(\.cards).map(\.teamName) == ["No team", "No team"])
        #expect(map.backstage(of: stray.id) == nil)
        #expect(map.openFrictionCount == 0)
    }
}
