import Foundation
import Testing
@testable import Domain

@Suite("Link proposer")
struct LinkProposerTests {
    static let call = UUID(), form = UUID(), bill = UUID()
    static let transfer = FrictionPlace(frictionID: UUID(), kind: .handoff,
                                        text: "Caller is transferred twice before reaching someone who can open a leak job.", touchpointIDs: [call])
    static let waiting = FrictionPlace(frictionID: UUID(), kind: .wait,
                                       text: "During the freeze the leaks line took 14 minutes on average to answer.", touchpointIDs: [call])
    static let formEffort = FrictionPlace(frictionID: UUID(), kind: .effort,
                                          text: "The online leak form asks for a meter number customers cannot find.", touchpointIDs: [form])

    static func proposer(_ frictions: [FrictionPlace], corpus: [String]) -> LinkProposer {
        var rarity = TermRarity()
        for text in frictions.map(\.text) + corpus { rarity.add(text) }
        return LinkProposer(frictions: frictions, rarity: rarity)
    }

    static func item(_ text: String, at touchpoints: Set<UUID>, theme: String? = nil) -> FeedbackPlace {
        FeedbackPlace(feedbackID: UUID(), text: text, touchpointIDs: touchpoints, theme: theme)
    }

    @Test func stemsMeetAcrossEndings() {
        #expect(MatchTerms.stem("transferred") == MatchTerms.stem("transfer"))
        #expect(MatchTerms.stem("promised") == MatchTerms.stem("promise"))
        #expect(MatchTerms.stem("bills") == MatchTerms.stem("bill"))
        #expect(MatchTerms.stem("waiting") == MatchTerms.stem("wait"))
        #expect(MatchTerms.stem("queries") == MatchTerms.stem("query"))
        #expect(MatchTerms.stem("address") == "address", "a double s is not a plural")
    }

    @Test func kindCuesAreAddedOnceAndOnlyWhenTheWordsAreThere() {
        let terms = MatchTerms.terms("On hold for 40 minutes, then on hold again")
        #expect(terms.filter { $0 == MatchTerms.cue(.wait) }.count == 1)
        #expect(terms.contains(MatchTerms.cue(.repeatInformation)), "“again” is a repeat-information cue")
        #expect(!MatchTerms.terms("Lovely friendly people").contains { MatchTerms.isCue($0) })
    }

    @Test func similarityIsOneForTheSameTextAndZeroForNothingShared() {
        var rarity = TermRarity()
        rarity.add("transferred between departments")
        rarity.add("estimated bill")
        let a = TermVector("transferred between departments", rarity: rarity)
        #expect(abs(a.similarity(to: TermVector("transferred between departments", rarity: rarity)).score - 1) < 1e-9)
        #expect(a.similarity(to: TermVector("estimated bill", rarity: rarity)).score == 0)
        #expect(TermVector("", rarity: rarity).similarity(to: a).score == 0)
    }

    @Test func proposesTheFrictionACustomerDescribesAtTheSamePlace() {
        let said = Self.item("I was transferred between departments twice before anyone would log the leak.", at: [Self.call])
        var proposer = Self.proposer([Self.transfer, Self.waiting, Self.formEffort], corpus: [said.text])
        proposer.consider(said)
        let proposals = proposer.proposals()
        #expect(proposals.first?.frictionID == Self.transfer.frictionID)
        #expect(proposals.first?.subject == .feedback(said.feedbackID))
        #expect(proposals.first?.sharedWords.contains(MatchTerms.stem("transferred")) == true)
        #expect(!proposals.contains { $0.frictionID == Self.formEffort.frictionID }, "the form friction is at another touchpoint")
    }

    @Test func neverProposesAcrossTouchpointsHoweverAlikeTheWords() {
        let said = Self.item("The online leak form asks for a meter number I cannot find.", at: [Self.bill])
        var proposer = Self.proposer([Self.formEffort], corpus: [said.text])
        proposer.consider(said)
        #expect(proposer.proposals().isEmpty)
    }

    @Test func unrelatedWordsAtTheSamePlaceAreNotProposed() {
        let said = Self.item("Lovely friendly advisor, thank you.", at: [Self.call])
        var proposer = Self.proposer([Self.transfer, Self.waiting], corpus: [said.text])
        proposer.consider(said)
        #expect(proposer.proposals().isEmpty)
    }

    @Test func anItemGoesToAtMostItsClosestFrictions() {
        let said = Self.item("Transferred twice and waited 14 minutes on the leaks line to answer.", at: [Self.call])
        var proposer = Self.proposer([Self.transfer, Self.waiting], corpus: [said.text])
        proposer.maximumPerItem = 1
        proposer.consider(said)
        #expect(proposer.proposals().count == 1)
    }

    @Test func keepsOnlyTheClosestItemsPerFriction() {
        let texts = ["transferred twice", "transferred twice before reaching someone", "transferred", "transferred twice leak job"]
        let items = texts.map { Self.item($0, at: [Self.call]) }
        var proposer = Self.proposer([Self.transfer], corpus: texts)
        proposer.maximumPerFriction = 2
        for item in items { proposer.consider(item) }
        let kept = proposer.proposals()
        #expect(kept.count == 2)
        #expect(kept[0].similarity >= kept[1].similarity)
        #expect(kept.allSatisfy { $0.similarity >= proposer.minimumSimilarity })
    }

    @Test func aThemeIsProposedWhenEnoughOfItsItemsMatch() {
        let texts = ["transferred between departments twice", "transferred between departments again", "transferred between departments for the leak"]
        var proposer = Self.proposer([Self.transfer], corpus: texts)
        for text in texts { proposer.consider(Self.item(text, at: [Self.call], theme: "transferred between departments")) }
        let theme = proposer.proposals().first { $0.subject == .theme("transferred between departments") }
        #expect(theme != nil)
        #expect(theme?.sharedWords.first == MatchTerms.stem("transferred"))

        var single = Self.proposer([Self.transfer], corpus: texts)
        single.consider(Self.item(texts[0], at: [Self.call], theme: "transferred between departments"))
        #expect(!single.proposals().contains { if case .theme = $0.subject { true } else { false } }, "one item does not make a theme link")
    }
}

@Suite("Link proposer: themes")
struct LinkProposerThemeTests {
    @Test func aBroadThemeWhoseFewItemsMatchIsNotProposed() {
        let matching = ["transferred twice leak job", "transferred twice before reaching leak"]
        let others = (0..<6).map { "leak \($0) pipe burst street flooded garden" }
        var proposer = LinkProposerTests.proposer([LinkProposerTests.transfer], corpus: matching + others)
        for text in matching + others { proposer.consider(LinkProposerTests.item(text, at: [LinkProposerTests.call], theme: "leak")) }
        #expect(proposer.proposals().contains { $0.subject == .feedback(UUID()) } == false)
        #expect(!proposer.proposals().contains { $0.subject == .theme("leak") }, "2 of 8 items at the place is not the theme")
        #expect(proposer.proposals().filter { if case .feedback = $0.subject { true } else { false } }.count == 2)
    }
}
