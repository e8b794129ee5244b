import Domain
import Foundation
import Testing

@Suite struct TouchpointSuggesterTests {
    static let phone = UUID(), form = UUID(), bill = UUID(), visit = UUID()
    static let suggester = TouchpointSuggester([
        .init(id: phone, name: "Emergencies and leaks line", description: "Phone line for reporting a leak"),
        .init(id: form, name: "Online leak report form", description: "Web form to report a leak"),
        .init(id: bill, name: "Quarterly bill", description: "Paper or email bill sent every quarter"),
        .init(id: visit, name: "Engineer visit", description: "An engineer comes to repair the pipe"),
    ])

    @Test(arguments: [
        ("The bills keep arriving late", bill),
        ("The online form timed out twice", form),
        ("The engineer never turned up", visit),
        ("Nobody answered the emergencies line", phone),
    ])
    func theTouchpointSharingTheMostTellingWordsIsSuggested(text: String, expected: UUID) throws {
        #expect(try #require(Self.suggester.suggest(for: text)).touchpointID == expected)
    }

    @Test func theSuggestionSaysWhichWordsItRestsOn() throws {
        let suggestion = try #require(Self.suggester.suggest(for: "My quarterly bills are confusing"))
        #expect(suggestion.name == "Quarterly bill")
        #expect(suggestion.sharedWords == ["bill", "quarterly"])
    }

    @Test func nothingIsSuggestedWithoutATellingWord() {
        #expect(Self.suggester.suggest(for: "Lovely people, thank you") == nil)
        #expect(TouchpointSuggester([]).suggest(for: "leak") == nil)
    }

    @Test func wordsEveryTouchpointUsesCountForLessThanRareOnes() throws {
        // "leak" appears in two touchpoints, "form" in one: the form wins.
        #expect(try #require(Self.suggester.suggest(for: "leak form")).touchpointID == Self.form)
    }

    @Test func oneCommonWordOrOneWordOfADescriptionSuggestsNothing() {
        let desk = TouchpointSuggester([
            .init(id: Self.phone, name: "Contact centre", description: "Phone help with questions about the service"),
            .init(id: Self.visit, name: "Community hall", description: "Rooms for events"),
        ])
        #expect(desk.suggest(for: "Staff was eager to help and answer questions") == nil, "“help” and a description's “questions”")
        #expect(desk.suggest(for: "The hall was cold") != nil, "a word of the name still suggests it")
        #expect(desk.suggest(for: "Great events, great rooms")?.sharedWords == ["event", "room"])
    }
}
