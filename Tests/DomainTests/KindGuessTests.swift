import Domain
import Testing

/// The kind an import gives a row that does not say, with the reason a person can check.
@Suite struct KindGuessTests {
    @Test(arguments: [
        ("Can I pay by card?", FeedbackKind.question, "it ends with a question mark"),
        ("It would be nice to get a text before the visit", .suggestion, "it says “would be nice”"),
        ("The engineer was brilliant and fixed it fast", .worksWell, "its words read as positive"),
        ("Nobody called back and the leak got worse", .friction, "its words read as negative"),
        ("The meter is in the garden", .friction, "neither positive nor negative"),
    ])
    func theGuessSaysWhy(_ text: String, _ kind: FeedbackKind, _ reason: String) {
        let guess = ImportRowMapper.kindGuess(of: text)
        #expect(guess.kind == kind)
        #expect(guess.reason.contains(reason), "\(guess.reason)")
    }
}
