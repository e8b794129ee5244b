import Domain
import Foundation

/// Everyone and everything one planned change touches, as `PlannedChanges.impact` finds it: the derived impact, what
/// each affected party does today versus tomorrow, who must tell them and whether they have acknowledged, the people
/// in the affected teams and the customers who used the affected touchpoints recently.
public struct ChangeImpactReport: Sendable {
    /// What changes for one affected team or person, and whether they have been told.
    public struct Party: Sendable {
        public let party: ChangeParty
        public let level: ImpactLevel
        /// The things the change alters through which they were reached.
        public let through: [ChangeSubject]
        /// Members of Align who lead the team (or are the person): who is asked to acknowledge, by name and by account.
        public let askedUsers: [String]
        public let askedUserIDs: [UUID]
        public let acknowledgement: ChangeAcknowledgement?
    }

    /// What one altered thing does today and will do tomorrow; an initiative's changes bring their own texts.
    public struct Gap: Sendable {
        public let subject: ChangeSubject
        public let today: String
        public let tomorrow: String
    }

    /// Customers whose feedback was placed on an affected touchpoint since `since`.
    public struct RecentCustomers: Sendable {
        public let since: CalendarDate
        public let count: Int
        /// Customers per segment, largest first; customers without a segment count under "".
        public let segments: [(segment: String, customers: Int)]
        /// The customers heard most there, up to `RecentCustomers.shown`.
        public let top: [(id: UUID, name: String, items: Int)]
        public static let shown = 20
    }

    public let change: Stored<PlannedChange>
    /// What the change alters, its initiative's planned changes included.
    public let subjects: [ChangeSubject]
    public let impact: ChangeImpact.Result
    public let gaps: [Gap]
    public let parties: [Party]
    /// People of each affected team who are still there, by team.
    public let people: [UUID: [Stored<Person>]]
    public let customers: RecentCustomers

    public var unacknowledged: [Party] { parties.filter { $0.acknowledgement == nil } }

    public func gaps(for party: Party) -> [Gap] { gaps.filter { party.through.contains($0.subject) } }
}
