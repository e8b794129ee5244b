import Foundation

/// Where a link between customers' words and a team's friction stands.
public enum LinkStatus: String, Choice {
    case proposed, confirmed, rejected

    public var label: String {
        switch self {
        case .proposed: "Proposed"
        case .confirmed: "Confirmed"
        case .rejected: "Rejected"
        }
    }
}

/// What a friction point is linked to: one feedback item, or a whole theme.
public enum LinkSubject: Sendable, Hashable {
    case feedback(UUID)
    case theme(String)
}

/// A link Align suggests: the friction, what customers said, how alike they are and in which words.
public struct LinkProposal: Sendable, Equatable {
    public let frictionID: UUID
    public let subject: LinkSubject
    /// Cosine similarity of the two texts' terms, 0…1; for a theme, the mean over its matching items.
    public let similarity: Double
    /// The words both use, most telling first: the reason shown to the person who decides.
    public let sharedWords: [String]

    public init(frictionID: UUID, subject: LinkSubject, similarity: Double, sharedWords: [String]) {
        self.frictionID = frictionID
        self.subject = subject
        self.similarity = similarity
        self.sharedWords = sharedWords
    }
}

/// The places a friction point concerns, as touchpoints: its own touchpoint, both ends of its
/// handoff, or every touchpoint its process or policy sits behind.
public struct FrictionPlace: Sendable {
    public let frictionID: UUID
    public let kind: FrictionKind
    public let text: String
    public let touchpointIDs: Set<UUID>

    public init(frictionID: UUID, kind: FrictionKind, text: String, touchpointIDs: Set<UUID>) {
        self.frictionID = frictionID
        self.kind = kind
        self.text = text
        self.touchpointIDs = touchpointIDs
    }
}

/// A feedback item as the proposer sees it.
public struct FeedbackPlace: Sendable {
    public let feedbackID: UUID
    public let text: String
    public let touchpointIDs: Set<UUID>
    public let theme: String?

    public init(feedbackID: UUID, text: String, touchpointIDs: Set<UUID>, theme: String?) {
        self.feedbackID = feedbackID
        self.text = text
        self.touchpointIDs = touchpointIDs
        self.theme = theme
    }
}
