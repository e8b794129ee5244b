@testable import App
import Foundation
import Testing
import VaporTesting

/// A journey downloads as a Mermaid flowchart: its stages, touchpoints with owners, handoffs with theirs.
@Suite struct JourneyExportTests {
    @Test func aJourneyDownloadsAsMermaidWithItsOwners() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let billing = try await t.create(seed.slug, "teams", #"{"name":"Billing & <Co>","function":"billing-finance"}"#)
            let bill = try await t.create(seed.slug, "touchpoints", #"{"stage_id":"\#(seed.stage)","name":"Bill","channel":"mail","owning_team_id":"\#(billing)"}"#)
            _ = try await t.create(seed.slug, "handoffs", #"{"from_touchpoint_id":"\#(seed.touchpoint)","to_touchpoint_id":"\#(bill)","accountable_team_id":"\#(billing)"}"#)
            let response = try await t.send(.GET, "/orgs/\(seed.slug)/journeys/\(seed.journey)/map.mmd")
            #expect(response.status == .ok && response.headers.contentDisposition?.filename == "\(seed.slug)-journey.mmd")
            let text = response.body.string
            #expect(text.hasPrefix("flowchart LR\n  %% Report a fault\n  subgraph s0[\"Report it\"]"))
            #expect(text.contains("t1[\"Bill · Billing #amp; #lt;Co#gt;\"]") && text.contains("t0 -->|\"Billing #amp; #lt;Co#gt;\"| t1"))
            let map = try await t.send(.GET, "/orgs/\(seed.slug)/journeys/\(seed.journey)").body.string
            #expect(map.contains("/journeys/\(seed.journey)/map.mmd"))
            let stranger = try await t.send(.GET, "/orgs/\(seed.slug)/journeys/\(UUID())/map.mmd")
            #expect(stranger.status == .notFound)
        }
    }
}
