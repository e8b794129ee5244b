import Foundation
import Testing
@testable import Domain

/// A small journey: the phone line (contact centre) hands off to the field visit (field team), which hands off to
/// billing (billing team). The out-of-hours policy sits behind the phone line; the scheduling system behind the visit.
@Suite("Change impact")
struct ChangeImpactTests {
    static func id(_ n: Int) -> UUID { UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", n))! }
    let contactCentre = id(1), field = id(2), billing = id(3), sales = id(4)
    let phone = id(11), visit = id(12), bill = id(13), shop = id(14)
    let outOfHours = id(21), scheduling = id(31)
    let phoneToVisit = id(41), visitToBill = id(42), shopToPhone = id(43)
    let dispatcher = id(51)

    var graph: JourneyGraph {
        JourneyGraph(
            touchpoints: [phone: .init(owningTeamID: contactCentre), visit: .init(owningTeamID: field), bill: .init(owningTeamID: billing),
                          shop: .init(owningTeamID: sales)],
            processes: [outOfHours: .init(ownerTeamID: contactCentre, touchpointIDs: [phone])],
            systems: [scheduling: .init(ownerTeamID: nil, touchpointIDs: [visit])],
            handoffs: [phoneToVisit: .init(from: phone, to: visit, accountableTeamID: field, accountablePersonID: dispatcher),
                       visitToBill: .init(from: visit, to: bill, accountableTeamID: billing),
                       shopToPhone: .init(from: shop, to: phone)],
            teams: [contactCentre, field, billing, sales])
    }

    @Test func aPolicyReachesItsTouchpointsTheirHandoffsAndTheTeamsBehindThem() throws {
        let impact = ChangeImpact.derive([.process(outOfHours)], in: graph)
        #expect(impact.touchpoints.map(\.id) == [phone])
        #expect(impact.touchpoints.first?.level == .medium)
        #expect(impact.touchpoints.first?.reasons == [.behind(.process(outOfHours))])
        #expect(Set(impact.handoffs.map(\.id)) == [phoneToVisit, shopToPhone])
        #expect(impact.handoffs.allSatisfy { $0.level == .low })
        // The policy's owner is told first; the field team answers for the handoff out of the phone line.
        #expect(impact.level(ofTeam: contactCentre) == .high)
        #expect(impact.level(ofTeam: field) == .low)
        #expect(impact.level(ofTeam: billing) == nil)
        #expect(impact.level(ofTeam: sales) == nil)
        #expect(impact.people.map(\.id) == [dispatcher])
    }

    @Test func aTouchpointAlteredByNameIsHighAndItsHandoffsMedium() throws {
        let impact = ChangeImpact.derive([.touchpoint(visit)], in: graph)
        #expect(impact.touchpoints.map(\.id) == [visit])
        #expect(impact.touchpoints.first?.reasons == [.altered])
        let handoffs = Dictionary(uniqueKeysWithValues: impact.handoffs.map { ($0.id, $0) })
        #expect(handoffs[phoneToVisit]?.reasons == [.handoffInto(visit)])
        #expect(handoffs[visitToBill]?.reasons == [.handoffFrom(visit)])
        #expect(handoffs.values.allSatisfy { $0.level == .medium })
        #expect(impact.level(ofTeam: field) == .high)
        #expect(impact.level(ofTeam: billing) == .medium)
        #expect(impact.level(ofTeam: contactCentre) == nil)
    }

    /// The walk finds handoffs through an index of each touchpoint's handoffs; one added, moved or removed after the
    /// graph is made must be found, or missed, as if the graph had been made with it.
    @Test func handoffsChangedAfterTheGraphIsMadeAreWalkedAsIfMadeWithThem() {
        var changed = graph
        let loop = Self.id(44)
        changed.handoffs[loop] = .init(from: bill, to: bill)
        changed.handoffs[visitToBill] = .init(from: shop, to: bill, accountableTeamID: billing)
        changed.handoffs[shopToPhone] = nil
        let made = JourneyGraph(touchpoints: changed.touchpoints, processes: changed.processes, systems: changed.systems,
                                handoffs: changed.handoffs, teams: changed.teams)
        #expect(changed == made)
        for subjects: [ChangeSubject] in [[.touchpoint(bill)], [.touchpoint(visit)], [.touchpoint(shop)], [.process(outOfHours)]] {
            #expect(ChangeImpact.derive(subjects, in: changed) == ChangeImpact.derive(subjects, in: made))
        }
        #expect(Set(ChangeImpact.derive([.touchpoint(bill)], in: changed).handoffs.map(\.id)) == [loop, visitToBill])
        #expect(ChangeImpact.derive([.touchpoint(visit)], in: changed).handoffs.map(\.id) == [phoneToVisit])
        #expect(ChangeImpact.derive([.touchpoint(shop)], in: changed).handoffs.map(\.id) == [visitToBill])
    }

    @Test func aSystemWithoutAnOwnerStillReachesTheTeamsAtItsTouchpoints() {
        let impact = ChangeImpact.derive([.system(scheduling)], in: graph)
        #expect(impact.touchpoints.map(\.id) == [visit])
        #expect(impact.level(ofTeam: field) == .medium)
        #expect(impact.teams.first { $0.id == field }?.reasons.contains(.owns(.touchpoint(visit))) == true)
    }

    @Test func aLevelIsTheHighestAnyReasonGivesAndEveryReasonIsKept() throws {
        let impact = ChangeImpact.derive([.process(outOfHours), .touchpoint(phone), .handoff(phoneToVisit)], in: graph)
        let touchpoint = try #require(impact.touchpoints.first { $0.id == phone })
        #expect(touchpoint.level == .high)
        #expect(touchpoint.reasons == [.altered, .behind(.process(outOfHours))])
        let handoff = try #require(impact.handoffs.first { $0.id == phoneToVisit })
        #expect(handoff.level == .high)
        #expect(handoff.reasons == [.altered, .handoffFrom(phone)])
        #expect(impact.level(ofTeam: field) == .high)
    }

    @Test func aTeamChangeTouchesOnlyThatTeam() {
        let impact = ChangeImpact.derive([.team(sales)], in: graph)
        #expect(impact.teams.map(\.id) == [sales])
        #expect(impact.touchpoints.isEmpty && impact.handoffs.isEmpty && impact.people.isEmpty)
    }

    @Test func subjectsTheGraphDoesNotHoldAreIgnored() {
        #expect(ChangeImpact.derive([.process(Self.id(99)), .touchpoint(Self.id(98)), .team(Self.id(97))], in: graph).isEmpty)
        #expect(ChangeImpact.derive([], in: graph).isEmpty)
    }

    @Test func listsRunFromTheHighestLevelDown() {
        let impact = ChangeImpact.derive([.touchpoint(phone), .system(scheduling)], in: graph)
        #expect(impact.touchpoints.map(\.level) == [.high, .medium])
        #expect(impact.teams.map(\.level) == impact.teams.map(\.level).sorted(by: >))
    }

    @Test(arguments: ["process", "handoff", "touchpoint", "system", "team"])
    func subjectsReadBackFromTheirFormValue(kind: String) throws {
        let subject = try #require(ChangeSubject(formValue: "\(kind):\(Self.id(7).uuidString)"))
        #expect(subject.kind == kind)
        #expect(subject.id == Self.id(7))
        #expect(ChangeSubject(formValue: subject.formValue) == subject)
    }

    @Test(arguments: ["", "process", "process:", "process:not-an-id", "queue:\(id(7).uuidString)"])
    func malformedSubjectsAreRefused(value: String) {
        #expect(ChangeSubject(formValue: value) == nil)
    }
}
