import Domain
import Foundation

/// One team's charter page: the organization's purpose and brand promise above the team's commitments,
/// the review date, the lead's approval and every version.
public struct CharterModel: Sendable {
    public struct Commitment: Sendable, Equatable {
        public let id: UUID
        public let text: String
        public let goals: [String]
        public let measure: String
        public let touchesCustomers: Bool

        public init(id: UUID, text: String, goals: [String], measure: String, touchesCustomers: Bool) {
            (self.id, self.text, self.goals, self.measure, self.touchesCustomers) = (id, text, goals, measure, touchesCustomers)
        }
    }

    public let slug: String
    public let teamID: UUID
    public let teamName: String
    public let purpose: String
    public let brandPromise: String
    public let charter: TeamCharter
    public let commitments: [Commitment]
    public let versions: [TeamCharter.Version]
    public let canChange: Bool
    public let canApprove: Bool
    public let today: CalendarDate

    public init(slug: String, teamID: UUID, teamName: String, purpose: String, brandPromise: String, charter: TeamCharter,
                commitments: [Commitment], versions: [TeamCharter.Version], canChange: Bool, canApprove: Bool, today: CalendarDate) {
        (self.slug, self.teamID, self.teamName, self.purpose, self.brandPromise) = (slug, teamID, teamName, purpose, brandPromise)
        (self.charter, self.commitments, self.versions, self.canChange, self.canApprove, self.today) = (charter, commitments, versions, canChange, canApprove, today)
    }

    /// Where the charter stands with its lead, in words.
    var approvalText: String {
        guard let approval = charter.approval else { return charter.version == 0 ? "Nothing written yet." : "Not approved by the team's lead yet." }
        let when = MomentText.utc(approval.at)
        return charter.isApproved ? "Approved by \(approval.by) on \(when) (version \(approval.version))."
            : "Changed since \(approval.by) approved version \(approval.version) on \(when): now at version \(charter.version)."
    }
}
