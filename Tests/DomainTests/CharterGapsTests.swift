@testable import Domain
import Foundation
import Testing

/// Charter gaps: teams without commitments, goals nobody serves, commitments that reach no customer.
@Suite struct CharterGapsTests {
    static let care = CharterGaps.Named(id: UUID(), name: "Care"), billing = CharterGaps.Named(id: UUID(), name: "Billing")
    static let fix = CharterGaps.Named(id: UUID(), name: "Fix it first time"), bills = CharterGaps.Named(id: UUID(), name: "Bills understood")

    @Test func nothingCommittedLeavesEveryTeamAndGoalAsAGap() {
        let gaps = CharterGaps.find(teams: [Self.care, Self.billing], goals: [Self.fix, Self.bills], commitments: [])
        #expect(gaps.teamsWithoutCharter == [Self.care, Self.billing] && gaps.goalsWithoutCommitment == [Self.fix, Self.bills])
        #expect(gaps.commitmentsTouchingNothing.isEmpty && !gaps.isEmpty && gaps.teamCount == 2 && gaps.goalCount == 2)
    }

    @Test func aCommitmentCoversItsTeamAndGoalsAndIsAGapOnlyWhenItReachesNoCustomer() {
        let reaching = CharterCommitment(teamID: Self.care.id, text: "We call back", goalIDs: [Self.fix.id], touchpointIDs: [UUID()])
        let inward = CharterCommitment(teamID: Self.billing.id, text: "We tidy the ledger", goalIDs: [Self.bills.id])
        let viaProcess = CharterCommitment(teamID: Self.billing.id, text: "We follow the refund policy", goalIDs: [Self.bills.id], processIDs: [UUID()])
        let inwardID = UUID()
        let gaps = CharterGaps.find(teams: [Self.care, Self.billing], goals: [Self.fix, Self.bills],
                                    commitments: [(UUID(), reaching), (inwardID, inward), (UUID(), viaProcess)])
        #expect(gaps.teamsWithoutCharter.isEmpty && gaps.goalsWithoutCommitment.isEmpty)
        #expect(gaps.commitmentsTouchingNothing.map(\.id) == [inwardID] && gaps.commitmentsTouchingNothing.first?.team == Self.billing)
        let covered = CharterGaps.find(teams: [Self.care], goals: [Self.fix], commitments: [(UUID(), reaching)])
        #expect(covered.isEmpty)
    }
}
