import Domain
import FluentKit
import Foundation

/// One question in an organization's pulse library.
public final class PulseQuestionRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "pulse_questions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "question_set") var set: String
    @Field(key: "topic") var topic: String
    @Field(key: "kind") var kind: String
    @Field(key: "text") var text: String
    @Field(key: "position") var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $set, $topic, $kind, $text, $position, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: PulseQuestion) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: PulseQuestion) {
        (set, topic, kind, text, position) = (content.set.rawValue, content.topic.rawValue, content.kind.rawValue, content.text, content.position)
    }

    public var content: PulseQuestion {
        PulseQuestion(set: PulseQuestionSet(rawValue: set) ?? .custom, topic: PulseTopic(rawValue: topic) ?? .other,
                      kind: PulseAnswerKind(rawValue: kind) ?? .text, text: text, position: position)
    }

    public static var organizationKey: KeyPath<PulseQuestionRecord, FieldProperty<PulseQuestionRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<PulseQuestionRecord>) -> QueryBuilder<PulseQuestionRecord> {
        query.sort(\.$set).sort(\.$position).sort(\.$id)
    }

    public static func filtered(_ query: QueryBuilder<PulseQuestionRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<PulseQuestionRecord> {
        if let set = filters.choice("set", as: PulseQuestionSet.self) { query.filter(\.$set == set.rawValue) }
        if let topic = filters.choice("topic", as: PulseTopic.self) { query.filter(\.$topic == topic.rawValue) }
        return query
    }
}
