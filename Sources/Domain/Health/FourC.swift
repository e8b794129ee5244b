/// The four experiences an organization's health is read by: what customers get from each person's
/// work, their growth and meaningful work, how teams work together, and purpose and values guiding decisions.
public enum FourC: String, CaseIterable, Sendable, Codable {
    case customer, career, community, core

    public var label: String {
        switch self {
        case .customer: "Customer"
        case .career: "Career"
        case .community: "Community"
        case .core: "Core"
        }
    }

    /// The pulse questions that score it.
    public var topic: PulseTopic {
        switch self {
        case .customer: .customer
        case .career: .career
        case .community: .community
        case .core: .core
        }
    }

    /// The signs of misalignment named for it, shown when its figures fall past the organization's limits.
    public var signs: String {
        switch self {
        case .customer: "confusion, churn or service breakdowns"
        case .career: "burnout, disengagement, high turnover"
        case .community: "siloed progress, political friction, eroded trust"
        case .core: "drift, misalignment, loss of authenticity"
        }
    }
}
