import Domain
import Persistence
import Testing

@Suite("Demo voices")
struct DemoVoicesTests {
    @Test func riverbendHasAboutFortyConversationsWithUniqueKeys() {
        let conversations = DemoVoices.riverbendConversations
        #expect((35...45).contains(conversations.count))
        #expect(Set(conversations.map(\.key)).count == conversations.count)
    }

    @Test func everyConversationHasTwoToFiveItemsOnTouchpoints() {
        let first = CalendarDate(year: 2026, month: 1, day: 5)!, last = CalendarDate(year: 2026, month: 11, day: 20)!
        for conversation in DemoVoices.riverbendConversations {
            #expect((2...5).contains(conversation.items.count), "\(conversation.key)")
            #expect(conversation.date >= first && conversation.date <= last, "\(conversation.key)")
            #expect(!conversation.customer.isEmpty && !conversation.worksWell.isEmpty && !conversation.doesNotWork.isEmpty)
            for item in conversation.items {
                #expect(!item.touchpointKeys.isEmpty && item.touchpointKeys.allSatisfy { !$0.isEmpty }, "\(conversation.key)")
                #expect(item.priority.map { FeedbackItem.priorities.contains($0) } ?? true, "\(conversation.key)")
                #expect(!item.text.isEmpty)
            }
        }
    }

    @Test func customersAndSurveysShareThemes() {
        var counter = ThemeEngine.Counter()
        for item in DemoVoices.riverbendConversations.flatMap(\.items) { counter.add(item.text) }
        let names = ThemeEngine().themes(from: counter).map(\.name)
        #expect(names.contains("account number"))
        #expect(names.contains("road closure"))
    }
}
