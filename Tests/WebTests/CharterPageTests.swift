import Domain
import Foundation
import Testing
import Web

/// A team's charter page: approved, changed since approval, and not yet written.
@Suite struct CharterPageTests {
    static let team = UUID(uuidString: "00000000-0000-0000-0000-0000000000d1")!
    static let shell = Fixture.shell("Charter of Billing", current: "commitments")
    static let moment = Date(timeIntervalSince1970: 1_790_000_000)

    static func model(_ charter: TeamCharter, commitments: [CharterModel.Commitment], versions: [TeamCharter.Version], canApprove: Bool) -> CharterModel {
        CharterModel(slug: Fixture.slug, teamID: team, teamName: "Billing " + Fixture.markup, purpose: "Safe water for everyone", brandPromise: "One person takes care of it",
                     charter: charter, commitments: commitments, versions: versions, canChange: true, canApprove: canApprove,
                     today: CalendarDate(year: 2026, month: 12, day: 6)!)
    }

    static let commitments = [
        CharterModel.Commitment(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000d2")!, text: "We explain every corrected bill", goals: ["Bills understood"],
                                measure: "Billing queries per 1,000 bills", touchesCustomers: true),
        CharterModel.Commitment(id: UUID(uuidString: "00000000-0000-0000-0000-0000000000d3")!, text: "We tidy the ledger", goals: ["Bills understood", "Fix it first time"],
                                measure: "", touchesCustomers: false),
    ]

    @Test func changedSinceApprovalOffersToApproveAgainAndListsVersions() throws {
        let charter = TeamCharter(teamID: Self.team, reviewOn: CalendarDate(year: 2026, month: 11, day: 30), version: 3,
                                  approval: .init(version: 2, by: "Henrik Larsen", at: Self.moment))
        let versions = [TeamCharter.Version(number: 3, at: Self.moment, by: "Mei Chen", change: "Added “We tidy the ledger”"),
                        TeamCharter.Version(number: 2, at: Self.moment, by: "Henrik Larsen", change: "Review date set to 2026-11-30")]
        try assertSnapshot(CharterView.render(Self.model(charter, commitments: Self.commitments, versions: versions, canApprove: true), shell: Self.shell),
                           named: "changed", suite: "CharterView")
    }

    @Test func aCharterNotYetWrittenSaysSo() throws {
        try assertSnapshot(CharterView.render(Self.model(TeamCharter(teamID: Self.team), commitments: [], versions: [], canApprove: false), shell: Self.shell),
                           named: "empty", suite: "CharterView")
    }
}
