import Foundation

/// One team's charter beyond its commitments: when it is next reviewed, how many times it changed, and
/// which of those versions its lead approved.
public struct TeamCharter: Sendable, Equatable {
    public struct Approval: Sendable, Equatable {
        public let version: Int
        public let by: String
        public let at: Date

        public init(version: Int, by: String, at: Date) {
            (self.version, self.by, self.at) = (version, by, at)
        }
    }

    /// One change: who made it, when, and what it was in words ("Added “We call back…”").
    public struct Version: Sendable, Equatable {
        public let number: Int
        public let at: Date
        public let by: String
        public let change: String

        public init(number: Int, at: Date, by: String, change: String) {
            (self.number, self.at, self.by, self.change) = (number, at, by, change)
        }
    }

    public let teamID: UUID
    public var reviewOn: CalendarDate?
    public var version: Int
    public var approval: Approval?

    public init(teamID: UUID, reviewOn: CalendarDate? = nil, version: Int = 0, approval: Approval? = nil) {
        self.teamID = teamID
        self.reviewOn = reviewOn
        self.version = version
        self.approval = approval
    }

    /// Approved as it stands: the lead approved the latest version.
    public var isApproved: Bool { approval.map { $0.version == version } ?? false }

    /// Changed since the lead last approved it.
    public var changedSinceApproval: Bool { approval.map { $0.version < version } ?? false }

    public func isReviewDue(today: CalendarDate) -> Bool { reviewOn.map { $0 <= today } ?? false }
}
