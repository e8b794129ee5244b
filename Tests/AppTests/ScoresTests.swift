@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

@Suite struct ScoresTests {
    @Test func scoresAreExactFromTheAnswersAndBrokenDownByTouchpointAndMonth() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            // NPS: 2 promoters, 1 passive, 1 detractor → 50 − 25 = 25. CSAT: 3 of 4 at 4–5 → 75%. CES: 7, 6, 2 → mean 5, 2 of 3 easy.
            let body = "id,date,nps,csat,ces,comment,touchpoint\n1,2026-01-05,10,5,7,Great,Fault line\n2,2026-01-20,9,4,6,Good,Fault line\n"
                + "3,2026-02-03,8,4,,Fine,\n4,2026-02-10,3,1,2,Awful,Fault line\n"
            _ = try await t.startImport("acme", query: "map=external_id%3Did&map=date%3Ddate&map=nps%3Dnps&map=csat%3Dcsat&map=ces%3Dces&map=text%3Dcomment&map=touchpoint%3Dtouchpoint",
                                        body: body)
            let overall = try #require(try JSONSerialization.jsonObject(with: Data(try await t.send(.GET, "/api/v1/organizations/acme/scores").body.string.utf8)) as? [[String: Any]])
            let all = try #require(overall.first)
            #expect((all["nps"] as? [String: Any])?["value"] as? Double == 25)
            #expect((all["csat"] as? [String: Any])?["value"] as? Double == 75)
            #expect((all["ces_mean"] as? [String: Any])?["value"] as? Double == 5)
            #expect(((all["ces_easy"] as? [String: Any])?["value"] as? Double).map { abs($0 - 200.0 / 3) < 1e-9 } == true)
            let byMonth = try await t.send(.GET, "/api/v1/organizations/acme/scores?by=month").body.string
            #expect(byMonth.contains(#""key":"2026-01""#) && byMonth.contains(#""key":"2026-02""#))
            let byTouchpoint = try await t.send(.GET, "/api/v1/organizations/acme/scores?by=touchpoint").body.string
            #expect(byTouchpoint.contains(seed.touchpoint.uppercased()) || byTouchpoint.contains(seed.touchpoint))
            #expect(byTouchpoint.contains(#""answers":3"#))
            #expect(try await t.send(.GET, "/api/v1/organizations/acme/scores?by=planet").status == .unprocessableEntity)
            let page = try await t.send(.GET, "/orgs/acme/scores?by=month").body.string
            #expect(page.contains("<svg class=\"trend\"") && page.contains("NPS by month: the values"))
            #expect(page.contains("2026-01: 100 ± 0 (2 answers)"))
        }
    }

    @Test func scoresAndThemesSayWhatToDoFirstWhenThereIsNothing() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            #expect(try await t.send(.GET, "/orgs/acme/scores").body.string.contains("No survey answers yet."))
            #expect(try await t.send(.GET, "/orgs/acme/themes").body.string.contains("No themes yet."))
        }
    }
}
