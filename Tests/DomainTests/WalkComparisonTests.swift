import Domain
import Foundation
import Testing

/// Two walks compared step by step: minutes side by side, and friction found by one and not the other.
@Suite struct WalkComparisonTests {
    static let call = UUID(), triage = UUID(), email = UUID()
    static func found(_ kind: FrictionKind, _ text: String) -> WalkComparison.Hypothesis { .init(id: UUID(), kind: kind, description: text) }

    @Test func frictionOfTheSameKindAtTheSameStepIsFoundByBoth() {
        let comparison = WalkComparison.compare(
            touchpoints: [(Self.call, "Call"), (Self.triage, "Triage"), (Self.email, "Email")],
            first: ([Self.call: 9, Self.triage: 95], [Self.triage: [Self.found(.repeatInformation, "Address again")], Self.email: [Self.found(.wait, "Late")]]),
            second: ([Self.call: 14, Self.email: 35], [Self.triage: [Self.found(.repeatInformation, "Asked twice")], Self.call: [Self.found(.findability, "Menu")]]))
        let rows = comparison.rows
        #expect(rows.map(\.name) == ["Call", "Triage", "Email"])
        #expect(rows[0].difference == 5 && rows[1].difference == nil && rows[2].minutes.0 == nil)
        #expect(rows[1].both == [.repeatInformation] && rows[1].onlyFirst.isEmpty && rows[1].onlySecond.isEmpty)
        #expect(rows[0].onlySecond.map(\.kind) == [.findability] && rows[2].onlyFirst.map(\.kind) == [.wait])
        #expect(comparison.totalMinutes == (104, 49))
    }

    @Test func aSecretShopperNeedsTheChannelTheyUsed() {
        let input = FormInput.from([("journey_id", UUID().uuidString), ("date", "2026-11-04"), ("mode", "secret-shopper"), ("participants", "Agency")])
        #expect(throws: ValidationFailure.self) { try JourneyWalk.parse(input) }
        var withChannel = input
        withChannel.fields["channel"] = ["phone"]
        #expect((try? JourneyWalk.parse(withChannel))?.mode.source == .secretShopper)
    }
}
