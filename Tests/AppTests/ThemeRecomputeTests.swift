@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

@Suite struct ThemeRecomputeTests {
    @Test func newFeedbackJoinsAThemeAndRecomputeIsForCXLeads() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            let viewer = try await t.user("viewer@example.org")
            try await t.join("acme", viewer, Access(role: .viewer))
            for text in ["Asked for my account number again", "They asked for the account number twice", "Account number needed again",
                         "Why the account number every call", "Lovely people"] {
                _ = try await t.create("acme", "feedback", #"{"text":"\#(text)","kind":"friction"}"#)
            }
            #expect(try await t.send(.POST, "/orgs/acme/themes/recompute", as: .some(viewer)).status == .forbidden)
            #expect(try await t.send(.POST, "/orgs/acme/themes/recompute").status == .seeOther)
            let added = try t.object(try await t.send(.POST, "/api/v1/organizations/acme/feedback",
                                                      json: #"{"text":"Account number asked for yet again","kind":"friction"}"#))
            #expect(added["theme"] as? String == "account number", "assigned as it is saved, from the current themes")
        }
    }
}
