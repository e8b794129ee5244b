import Testing
import Domain

/// Hand-labelled customer comments: clear praise, clear complaints, and plain facts. Each is its
/// own test so a regression names the sentence, and together they must stay ≥ 90% accurate.
@Suite("Sentiment labelled comments")
struct SentimentCorpusTests {
    static let comments: [(String, SentimentLabel)] = [
        ("The engineer was brilliant and fixed it first time.", .positive),
        ("They sorted it out the same day.", .positive),
        ("Really helpful advisor, kept me informed throughout.", .positive),
        ("Quick response and very polite staff.", .positive),
        ("The team went above and beyond for my elderly mother.", .positive),
        ("Excellent service, highly recommend!", .positive),
        ("So easy to set up, no hassle at all.", .positive),
        ("Thank you for getting back to me so quickly.", .positive),
        ("The new app is great and paying my bill is painless.", .positive),
        ("She was patient, friendly and knowledgeable.", .positive),
        ("Can't fault them, the fitter was on time and tidy.", .positive),
        ("Delighted with how smoothly the switch went 😊", .positive),
        ("Best customer service I've had in years.", .positive),
        ("Issue resolved within an hour, thanks.", .positive),
        ("The advisor listened and explained everything clearly.", .positive),
        ("No complaints, everything works perfectly.", .positive),
        ("Top notch support from start to finish.", .positive),
        ("Lovely engineer, really professional.", .positive),
        ("I was worried about the move but it went smoothly.", .positive),
        ("Called back exactly when they said they would, impressed.", .positive),
        ("👍", .positive),
        ("Great job :)", .positive),
        ("Not bad at all, pretty happy overall.", .positive),
        ("Refund arrived quickly and the staff were kind.", .positive),
        ("Without any problems, the meter was swapped in ten minutes.", .positive),
        ("The wait was long but the engineer was excellent.", .positive),
        ("Great service despite the delay.", .positive),
        ("I was on hold for 40 minutes and transferred again.", .negative),
        ("Still waiting for a callback after three weeks.", .negative),
        ("Nobody called back and nobody seems to care.", .negative),
        ("Had to explain twice and give my account number again.", .negative),
        ("The advisor was rude and unhelpful.", .negative),
        ("Complete waste of time, I'm switching provider.", .negative),
        ("The engineer was friendly but I waited three weeks.", .negative),
        ("Billing is a nightmare and I was overcharged again.", .negative),
        ("No internet for five days and no updates.", .negative),
        ("They promised to call back and never did.", .negative),
        ("The app keeps crashing and nobody can fix it.", .negative),
        ("Absolutely appalling service 😡", .negative),
        ("I have been passed from pillar to post.", .negative),
        ("Nobody turned up for the appointment, again.", .negative),
        ("This is the third time I've had to chase them.", .negative),
        ("Not helpful at all.", .negative),
        ("Hidden charges and a price increase with no warning.", .negative),
        ("The engineer didn't turn up and didn't call.", .negative),
        ("Terrible experience, never again!", .negative),
        ("Staff were clueless and kept me in the dark.", .negative),
        ("It still doesn't work after four visits.", .negative),
        ("I wouldn't recommend them to anyone.", .negative),
        ("👎", .negative),
        ("Very disappointed with how my complaint was handled.", .negative),
        ("Waited weeks for a reply, and it was useless.", .negative),
        ("Although the advisor was polite, the bill is still wrong.", .negative),
        ("I called on Monday to ask about my bill.", .neutral),
        ("My meter reading was taken last week.", .neutral),
        ("The letter arrived on Friday.", .neutral),
        ("Please update my address to the new flat.", .neutral),
        ("I would like to change my tariff from April.", .neutral),
        ("The engineer is booked for Thursday morning.", .neutral),
        ("I pay by direct debit every month.", .neutral),
        ("We have two accounts with you.", .neutral),
        ("Can you send me a copy of my latest statement?", .neutral),
        ("My account number is 12345678.", .neutral),
        ("I moved house in March.", .neutral),
        ("Customer service phoned me about the renewal.", .neutral),
        ("What time does the shop open on Saturday?", .neutral),
        ("The smart meter was installed in the kitchen.", .neutral),
        ("I spoke to customer services about my contract.", .neutral),
    ]

    @Test(arguments: comments)
    func labelsComment(text: String, expected: SentimentLabel) {
        let score = SentimentAnalyzer().score(text)
        #expect(score.label == expected, "\(text) → \(score.value) \(score.reasons)")
    }

    @Test func tableIsLargeAndBalanced() {
        #expect(Self.comments.count >= 60)
        for label in SentimentLabel.allCases {
            #expect(Self.comments.filter { $0.1 == label }.count >= 15, "too few \(label) comments")
        }
    }

    @Test func accuracyIsAtLeastNinetyPercent() {
        let analyzer = SentimentAnalyzer()
        let misses = Self.comments.filter { analyzer.score($0.0).label != $0.1 }
        let accuracy = Double(Self.comments.count - misses.count) / Double(Self.comments.count)
        #expect(accuracy >= 0.9, "accuracy \(accuracy); missed: \(misses.map(\.0))")
    }
}
