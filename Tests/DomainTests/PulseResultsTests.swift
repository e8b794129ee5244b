import Domain
import Foundation
import Testing

/// Results from tallies: % favourable, eNPS, topic scores, and nothing at all for suppressed groups.
@Suite struct PulseResultsTests {
    static let customer = PulseResults.Item(id: UUID(), topic: .customer, kind: .agreement, text: "I can see what customers get from my work.")
    static let community = PulseResults.Item(id: UUID(), topic: .community, kind: .agreement, text: "Teams work together.")
    static let enps = PulseResults.Item(id: UUID(), topic: .enps, kind: .scale, text: "Recommend?")

    static func tally(_ values: [Int], _ kind: PulseAnswerKind = .agreement) -> PulseResults.Tally {
        values.map { PulseResults.Tally.of($0, kind: kind) }.reduce(PulseResults.Tally(), +)
    }

    @Test func favourableIsFourOrFiveOfFiveAndNineOrTenOfTen() {
        let agreement = Self.tally([1, 2, 3, 4, 5])
        #expect(agreement.favourable == 2 && agreement.neutral == 1 && agreement.unfavourable == 2 && agreement.percentFavourable == 40)
        let scale = Self.tally([10, 9, 8, 7, 6, 0], .scale)
        #expect(scale.favourable == 2 && scale.unfavourable == 2 && scale.netScore == 0)
        #expect(Self.tally([10, 10, 10, 6], .scale).netScore == 50)
    }

    @Test func aTopicScoreCountsEveryAnswerToItsQuestionsOnce() {
        let group = PulseResults.build(threshold: 5, items: [Self.customer, Self.community], groups: [
            (UUID(), "Billing", 6, 6, [Self.customer.id: Self.tally([5, 5, 5, 4, 2, 1]), Self.community.id: Self.tally([1, 1, 2, 2, 3, 5])]),
        ]).teams[0]
        #expect(group.score(.customer, items: [Self.customer, Self.community])?.percentFavourable.map { Int($0.rounded()) } == 67)
        #expect(group.score(.community, items: [Self.customer, Self.community])?.favourable == 1)
    }

    @Test func aSuppressedTeamCarriesNoFigureAndNoCountWhileTheWholeStillAddsItsAnswers() {
        let small = UUID(), large = UUID(), other = UUID()
        let results = PulseResults.build(threshold: 5, items: [Self.customer], groups: [
            (small, "Small", 3, 2, [Self.customer.id: Self.tally([1, 1])]),
            (large, "Large", 12, 10, [Self.customer.id: Self.tally(Array(repeating: 5, count: 10))]),
            (other, "Other", 9, 7, [Self.customer.id: Self.tally(Array(repeating: 4, count: 7))]),
        ])
        let byID = Dictionary(uniqueKeysWithValues: results.teams.map { ($0.id!, $0) })
        #expect(byID[small]?.suppression == .tooFew && byID[small]?.tallies.isEmpty == true && byID[small]?.responses == nil)
        #expect(byID[other]?.suppression == .complement && byID[other]?.score(.customer, items: [Self.customer]) == nil)
        #expect(byID[large]?.suppressed == false && byID[large]?.responses == 10)
        #expect(results.organization.responses == 19 && results.organization.tallies[Self.customer.id]?.answers == 19)
    }

    @Test func theWholeOrganizationBelowTheThresholdShowsNothing() {
        let results = PulseResults.build(threshold: 5, items: [Self.enps], groups: [(UUID(), "Only", 8, 4, [Self.enps.id: Self.tally([10, 10, 9, 0], .scale)])])
        #expect(results.organization.suppressed && results.organization.tallies.isEmpty && results.organization.responses == nil)
        #expect(results.teams[0].suppressed)
    }

    @Test func aThresholdBelowThreeIsRaisedToThree() {
        let results = PulseResults.build(threshold: 1, items: [Self.enps], groups: [(UUID(), "Pair", 2, 2, [Self.enps.id: Self.tally([10, 0], .scale)])])
        #expect(results.threshold == 3 && results.teams[0].suppressed)
    }
}
