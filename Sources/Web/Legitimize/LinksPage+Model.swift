import Domain
import Foundation

/// Proposed and decided links between feedback and frictions, filtered and a page at a time.
public struct LinksModel: Sendable {
    public let slug: String
    public let lines: Paged<LinkLine>
    public let filters: [String: String]
    public let frictionOptions: [(value: String, label: String)]
    public let canDecide: Bool

    public init(slug: String, lines: Paged<LinkLine>, filters: [String: String], frictionOptions: [(value: String, label: String)], canDecide: Bool) {
        self.slug = slug
        self.lines = lines
        self.filters = filters
        self.frictionOptions = frictionOptions
        self.canDecide = canDecide
    }
}

/// A link ready to show: friction on one side, customers' words on the other, and the decision.
public struct LinkLine: Sendable {
    public let id: UUID
    public let status: LinkStatus
    public let frictionText: String
    public let frictionURL: String
    /// The item's text, or the theme's name in quotes.
    public let customerText: String
    public let customerURL: String
    public let isTheme: Bool
    public let similarityPercent: Int
    public let sharedWords: [String]
    /// "Confirmed by Ana Ruiz, 3 Mar 2026"; "Brought in by the theme “estimated bill”".
    public let decision: String?

    public init(id: UUID, status: LinkStatus, frictionText: String, frictionURL: String, customerText: String, customerURL: String,
                isTheme: Bool, similarityPercent: Int, sharedWords: [String], decision: String?) {
        self.id = id
        self.status = status
        self.frictionText = frictionText
        self.frictionURL = frictionURL
        self.customerText = customerText
        self.customerURL = customerURL
        self.isTheme = isTheme
        self.similarityPercent = similarityPercent
        self.sharedWords = sharedWords
        self.decision = decision
    }
}
