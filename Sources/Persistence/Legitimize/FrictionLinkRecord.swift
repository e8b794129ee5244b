import Domain
import FluentKit
import Foundation

/// A proposed, confirmed or rejected link between a friction point and a feedback item or theme.
public final class FrictionLinkRecord: Model, @unchecked Sendable {
    public static let schema = "friction_links"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "friction_id") public var frictionID: UUID
    @OptionalField(key: "feedback_id") public var feedbackID: UUID?
    @OptionalField(key: "theme") public var theme: String?
    /// Set on item links a confirmed theme link brought in; they follow that theme link.
    @OptionalField(key: "via_theme") public var viaTheme: String?
    @Field(key: "status") var statusValue: String
    @Field(key: "similarity") public var similarity: Double
    @Field(key: "shared_words") var sharedWordsValue: String
    @OptionalField(key: "decided_by") public var decidedBy: String?
    @OptionalField(key: "decided_at") public var decidedAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $frictionID, $feedbackID, $theme, $viaTheme, $statusValue, $similarity, $sharedWordsValue, $decidedBy, $decidedAt, $createdAt, $updatedAt] }

    public init() {}

    init(organizationID: UUID, proposal: LinkProposal, status: LinkStatus = .proposed, viaTheme: String? = nil) {
        self.organizationID = organizationID
        self.frictionID = proposal.frictionID
        switch proposal.subject {
        case .feedback(let id): feedbackID = id
        case .theme(let name): theme = name
        }
        self.viaTheme = viaTheme
        self.statusValue = status.rawValue
        self.similarity = proposal.similarity
        self.sharedWordsValue = proposal.sharedWords.joined(separator: " ")
    }

    public var status: LinkStatus { LinkStatus(rawValue: statusValue) ?? .proposed }
    public var sharedWords: [String] { sharedWordsValue.split(separator: " ").map(String.init) }
    public var subject: LinkSubject { feedbackID.map(LinkSubject.feedback) ?? .theme(theme ?? "") }
}
