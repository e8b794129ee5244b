@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

@Suite struct ThemesTests {
    @Test func theDemoHoldsConversationsAndAYearOfSurveyAnswersWhoseThemesAreFound() async throws {
        try await TestApp.run(demo: true) { t in
            try await t.join("riverbend-water", t.me, Access(role: .cxLead))
            let conversations = try t.object(try await t.send(.GET, "/api/v1/organizations/riverbend-water/conversations"))
            #expect((35...45).contains(conversations["total"] as? Int ?? 0))
            let surveys = try t.object(try await t.send(.GET, "/api/v1/organizations/riverbend-water/feedback?source=survey&per=1"))
            // The year's survey (duplicates and unreadable rows left out) and the 360-answer pulse survey after the first changes.
            #expect((4_500...5_000).contains((surveys["total"] as? Int ?? 0) - 360))
            let themes = try await t.send(.GET, "/api/v1/organizations/riverbend-water/themes").body.string
            #expect(themes.contains("transferred between departments") && themes.contains("account number"))
            let page = try await t.send(.GET, "/orgs/riverbend-water/themes").body.string
            #expect(page.contains("Why an item belongs here: it mentions “account number”"))
            #expect(page.contains("<blockquote>"))
        }
    }
}
