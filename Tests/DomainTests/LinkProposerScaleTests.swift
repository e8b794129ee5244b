import Foundation
import Testing
@testable import Domain

/// The shortcuts that let link proposals and imports run on large organizations: each must give
/// exactly what the plain way gives.
@Suite("Link proposer at scale")
struct LinkProposerScaleTests {
    static let words = [
        "transferred", "transfer", "promised", "promise", "bills", "bill", "waiting", "wait", "queries", "query", "address",
        "customer's", "customers'", "boss's", "ss", "s", "'s", "is", "us", "bus", "status", "lies", "ties", "pies", "flies",
        "cities", "ring", "sing", "thing", "things", "calling", "called", "red", "bed", "need", "needed", "shed", "free", "fee",
        "tree", "agree", "agreed", "stopped", "stopping", "running", "falling", "fall", "staff", "stuff", "buzz", "fizzing",
        "jazz", "toll", "bell", "hiss", "pass", "passed", "class", "added", "egg", "eggs", "ebbing", "all", "e", "ed", "ing",
        "ies", "1990s", "24h", "o'clock", "don't", "isn't", "it's", "wasn't", "aaaa", "zzzzz", "ooooo", "llll", "dd", "ddddd",
    ]

    @Test func asciiStemsAreTheCharacterStems() {
        for word in Self.words {
            #expect(MatchTerms.stemASCII(word) == MatchTerms.stemCharacters(word), "\(word)")
        }
        #expect(MatchTerms.stem("Café’s") == MatchTerms.stemCharacters("Café’s"), "beyond ASCII the Character rules apply")
        #expect(MatchTerms.stem("customer’s") == "customer", "a curly apostrophe is an apostrophe")
    }

    @Test func asciiTextsGiveTheTermsTheUnicodeWalkGives() {
        let generator = SyntheticFeedback(seed: 7, touchpoints: SyntheticFeedbackTests.touchpoints, endDate: SyntheticFeedbackTests.end)
        let texts = (0..<400).map { generator.response($0).comment } + [
            "", "   ", "!!!", "Don't TRANSFER me again!!", "A I x: 24h on-hold, 3 times", "it's the customer's fault",
            "e-mail/phone; twice? STILL waiting\r\nand the form's steps", "the and of to", "Promised a CALLBACK -- never came",
            "x y z aa bb", "O'Brien's bills' queries", "\t\tTabs\tand\nnew lines",
        ]
        var compared = 0
        for text in texts {
            var copy = text
            guard let asciiTerms = copy.withUTF8({ $0.isASCII ? MatchTerms.asciiTerms($0) : nil }) else { continue }
            #expect(asciiTerms == MatchTerms.unicodeTerms(text), "\(text)")
            compared += 1
        }
        #expect(compared > 300, "most synthetic comments are ASCII")
        #expect(MatchTerms.terms("Café staff transferred me") == MatchTerms.unicodeTerms("Café staff transferred me"))
        #expect(MatchTerms.terms("Transferred twice, then on hold again").contains(MatchTerms.cue(.handoff)))
    }

    @Test func rarityCountedInPartsAndMergedIsTheWholeCount() {
        let texts = (0..<40).map { "text \($0 % 7) transferred \($0 % 3 == 0 ? "again" : "once") on hold \($0)" }
        var whole = TermRarity()
        for text in texts { whole.add(text) }
        var merged = TermRarity()
        for part in stride(from: 0, to: texts.count, by: 9) {
            var counted = TermRarity()
            for text in texts[part..<min(part + 9, texts.count)] { counted.add(text) }
            merged.merge(counted)
        }
        #expect(merged.documents == whole.documents)
        #expect(merged.documentFrequency == whole.documentFrequency)
    }

    @Test func comparedApartAndRecordedInOrderIsConsideringOneByOne() {
        let texts = (0..<60).map { index in
            ["Transferred between departments twice before anyone logged the leak \(index)",
             "Waited \(index) minutes on hold on the leaks line", "Lovely friendly advisor \(index)",
             "The online leak form wanted a meter number I could not find"][index % 4]
        }
        let items = texts.enumerated().map { index, text in
            LinkProposerTests.item(text, at: index % 5 == 0 ? [LinkProposerTests.form] : [LinkProposerTests.call],
                                   theme: index % 2 == 0 ? "transferred between departments" : nil)
        }
        let frictions = [LinkProposerTests.transfer, LinkProposerTests.waiting, LinkProposerTests.formEffort]
        var serial = LinkProposerTests.proposer(frictions, corpus: texts)
        serial.maximumPerFriction = 5
        for item in items { serial.consider(item) }
        var parallel = LinkProposerTests.proposer(frictions, corpus: texts)
        parallel.maximumPerFriction = 5
        let reader = parallel
        for comparison in Parallel.map(items, { reader.compare($0) }) { parallel.record(comparison) }
        #expect(!serial.proposals().isEmpty)
        #expect(parallel.proposals() == serial.proposals())
    }

    @Test func rowsThatAskForSomethingAreSuggestionsWhereverTheAskIs() {
        for text in ["Could you open on Saturdays", "It WOULD BE NICE to get a text", "An evening slot, please add one",
                     "I suggest", "you should"] {
            #expect(ImportRowMapper.kind(of: text, sentiment: .neutral) == .suggestion, "\(text)")
        }
        #expect(ImportRowMapper.kind(of: "Could not get through", sentiment: .negative) == .friction, "“could” alone asks nothing")
        #expect(ImportRowMapper.kind(of: "Lovely staff", sentiment: .positive) == .worksWell)
        #expect(ImportRowMapper.kind(of: "Why was I charged?", sentiment: .negative) == .question)
        #expect(ImportRowMapper.contains(Array("abc".utf8), Array("abcd".utf8)) == false, "a longer needle is never found")
        #expect(ImportRowMapper.contains(Array("aab".utf8), Array("ab".utf8)), "a partial match does not hide the next start")
    }
}
