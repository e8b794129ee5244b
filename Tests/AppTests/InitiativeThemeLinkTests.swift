@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

/// An initiative's themes link to their cards on the themes page.
@Suite struct InitiativeThemeLinkTests {
    @Test func anInitiativesThemeLinksToItsCardOnTheThemesPage() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let id = try await t.create(seed.slug, "initiatives",
                                        #"{"title":"One account number","due_date":"2027-01-31","owner_team_id":"\#(seed.team)","themes":["Account number"]}"#)
            let page = try await t.send(.GET, "/orgs/acme/initiatives/\(id)").body.string
            #expect(page.contains(#"href="/orgs/acme/themes#theme-account-number""#))
        }
    }
}
