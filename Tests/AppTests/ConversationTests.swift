@testable import App
import Domain
import Foundation
import Testing
import VaporTesting

@Suite struct ConversationTests {
    @Test func aConversationIsSplitIntoFeedbackBesideWhatTheTeamAlreadyKnew() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            _ = try await t.create("acme", "frictions",
                #"{"touchpoint_id":"\#(seed.touchpoint)","kind":"wait","description":"Callers wait 20 minutes at peak","severity":4,"source":"internal-walk"}"#)
            let customer = try await t.create("acme", "customers", #"{"account_name":"Quayside Bakery","value_tier":"medium"}"#)
            let missing = try await t.send(.POST, "/orgs/acme/conversations", form: [("customer_id", customer), ("format", "coffee")])
            #expect(missing.status == .unprocessableEntity)
            #expect(missing.body.string.contains("Date is required."))
            let created = try await t.send(.POST, "/orgs/acme/conversations", form: [
                ("customer_id", customer), ("date", "2026-04-01"), ("format", "coffee"),
                ("does_not_work", "Nobody answers the fault line in the morning"), ("attendee_ids", "not-a-uuid"),
            ])
            #expect(created.status == .unprocessableEntity)
            #expect(created.body.string.contains("Attendees contains an unknown record."))
            let saved = try await t.send(.POST, "/orgs/acme/conversations", form: [
                ("customer_id", customer), ("date", "2026-04-01"), ("format", "coffee"),
                ("does_not_work", "Nobody answers the fault line in the morning"),
            ])
            #expect(saved.status == .seeOther)
            let page = try #require(saved.headers.first(name: .location)).components(separatedBy: "?")[0]
            let conversation = try #require(page.split(separator: "/").last.map(String.init))
            let empty = try await t.send(.GET, page)
            #expect(empty.body.string.contains("Split the notes into feedback items"))
            let item = try await t.send(.POST, "/orgs/acme/feedback", form: [
                ("text", "Nobody answers the fault line before 9"), ("kind", "friction"), ("touchpoint_ids", seed.touchpoint),
                ("priority", "5"), ("conversation_id", conversation), ("customer_id", customer),
            ])
            #expect(item.headers.first(name: .location)?.hasPrefix(page) == true)
            let html = try await t.send(.GET, page).body.string
            #expect(html.contains("Nobody answers the fault line before 9"))
            #expect(html.contains("5 of 5"))
            #expect(html.contains("What the team had already identified on these touchpoints"))
            #expect(html.contains("Callers wait 20 minutes at peak"))
            let confirm = try await t.send(.GET, "/orgs/acme/conversations/\(conversation)/delete")
            #expect(confirm.body.string.contains("Its 1 feedback item are deleted too.") || confirm.body.string.contains("1 feedback item"))
        }
    }

    @Test func feedbackIsValidatedFilteredAndAddedByMembersButNotViewers() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let member = try await t.user("member@example.org")
            try await t.join("acme", member, Access(role: .member))
            let viewer = try await t.user("viewer@example.org")
            try await t.join("acme", viewer, Access(role: .viewer))
            let bad = try await t.send(.POST, "/api/v1/organizations/acme/feedback", json: #"{"text":"x","kind":"rant","priority":9}"#, as: .some(member))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.body.string.contains("kind") && bad.body.string.contains("priority"))
            _ = try await t.create("acme", "feedback", #"{"text":"Hold music is awful","kind":"friction","touchpoint_ids":["\#(seed.touchpoint)"]}"#,
                                   as: .some(member))
            _ = try await t.create("acme", "feedback", #"{"text":"Great app","kind":"works-well"}"#, as: .some(member))
            #expect(try await t.send(.POST, "/api/v1/organizations/acme/feedback", json: #"{"text":"Hi","kind":"question"}"#, as: .some(viewer)).status == .forbidden)
            let byJourney = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback?journey_id=\(seed.journey)"))
            #expect(byJourney["total"] as? Int == 1)
            let byTouchpoint = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback?touchpoint_id=\(seed.touchpoint)&kind=friction"))
            #expect(byTouchpoint["total"] as? Int == 1)
            let praise = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback?kind=works-well"))
            #expect(praise["total"] as? Int == 1)
        }
    }

    @Test func feedbackCarriesItsSentimentWithTheReasons() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let angry = try await t.create("acme", "feedback", #"{"text":"On hold for 40 minutes and transferred again","kind":"friction"}"#)
            _ = try await t.create("acme", "feedback", #"{"text":"They sorted it out the same day","kind":"works-well"}"#)
            let item = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback/\(angry)"))
            #expect(item["sentiment_label"] as? String == "negative")
            #expect((item["sentiment_score"] as? Double ?? 0) < -0.3)
            let negative = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback?sentiment=negative"))
            #expect(negative["total"] as? Int == 1)
            let page = try await t.send(.GET, "/orgs/acme/feedback/\(angry)").body.string
            #expect(page.contains("Negative -0.") && page.contains("on hold"))
            let edited = try t.object(try await t.send(.PATCH, "/api/v1/organizations/acme/feedback/\(angry)",
                                                       json: #"{"text":"Quick response, kept me informed"}"#))
            #expect(edited["sentiment_label"] as? String == "positive")
        }
    }

    @Test func feedbackOnNoTouchpointGetsASuggestionAPersonConfirms() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let feedback = try await t.create("acme", "feedback", #"{"text":"The fault line never answers before nine","kind":"friction"}"#)
            let page = try await t.send(.GET, "/orgs/acme/feedback/\(feedback)").body.string
            #expect(page.contains("Suggested touchpoint"))
            #expect(page.contains("Report a fault › Report it › Fault line"))
            #expect(page.contains("shares the words “fault”, “line”"))
            let member = try await t.user("member@example.org")
            try await t.join("acme", member, Access(role: .member))
            let refused = try await t.send(.POST, "/orgs/acme/feedback/\(feedback)/confirm-touchpoint",
                                           form: [("touchpoint_id", seed.touchpoint)], as: .some(member))
            #expect(refused.status == .forbidden)
            let bad = try await t.send(.POST, "/orgs/acme/feedback/\(feedback)/confirm-touchpoint", form: [("touchpoint_id", "nonsense")])
            #expect(bad.status == .unprocessableEntity)
            let confirmed = try await t.send(.POST, "/orgs/acme/feedback/\(feedback)/confirm-touchpoint", form: [("touchpoint_id", seed.touchpoint)])
            #expect(confirmed.status == .seeOther)
            let item = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback/\(feedback)"))
            #expect(item["touchpoint_ids"] as? [String] == [seed.touchpoint])
            #expect(!(try await t.send(.GET, "/orgs/acme/feedback/\(feedback)").body.string.contains("Suggested touchpoint")))
        }
    }
}
