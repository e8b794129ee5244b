import Domain
import Foundation

/// The centricity page: per competency the level chosen against where its assessors put it (every assessor's level,
/// not only the middle), the gap and its history, what Align's records back, and what is meant to close the gap.
public struct CentricityModel: Sendable {
    public struct Linked: Sendable, Equatable {
        public let name: String, url: String
        public init(_ name: String, _ url: String) { (self.name, self.url) = (name, url) }
    }

    /// One evidence check with the records it counted.
    public struct Check: Sendable, Equatable {
        public let check: EvidenceCheck, url: String
        public init(_ check: EvidenceCheck, url: String) { (self.check, self.url) = (check, url) }
    }

    public struct Row: Sendable, Equatable {
        public let competencyID: UUID
        public let competency: Linked
        public let description: String
        /// What levels 1 to 5 look like.
        public let levels: [String]
        public let target: Int?
        public let reason: String
        /// Where the target is set: its edit page, or a new target for this competency.
        public let targetURL: String
        public let gap: CentricityGap
        public let checks: [Check]
        /// Initiatives, KPIs and charter commitments linked to closing the gap, each with what it is.
        public let closing: [(kind: String, item: Linked)]
        public let assessmentsURL: String, assessURL: String

        public init(competencyID: UUID, competency: Linked, description: String, levels: [String], target: Int?, reason: String, targetURL: String, gap: CentricityGap,
                    checks: [Check], closing: [(kind: String, item: Linked)], assessmentsURL: String, assessURL: String) {
            self.competencyID = competencyID
            (self.competency, self.description, self.levels, self.target, self.reason) = (competency, description, levels, target, reason)
            (self.targetURL, self.gap, self.checks, self.closing) = (targetURL, gap, checks, closing)
            (self.assessmentsURL, self.assessURL) = (assessmentsURL, assessURL)
        }

        public static func == (a: Row, b: Row) -> Bool {
            a.competency == b.competency && a.gap == b.gap && a.target == b.target && a.checks == b.checks
                && a.closing.map(\.item) == b.closing.map(\.item)
        }
    }

    public let slug: String
    public let rows: [Row]
    /// Align's competencies the organization does not hold.
    public let missingBuiltIn: Int
    public let canChoose: Bool, canAssess: Bool

    public init(slug: String, rows: [Row], missingBuiltIn: Int, canChoose: Bool, canAssess: Bool) {
        (self.slug, self.rows, self.missingBuiltIn, self.canChoose, self.canAssess) = (slug, rows, missingBuiltIn, canChoose, canAssess)
    }

    /// "2.5", "3": medians and gaps without a needless ".0".
    public static func level(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
