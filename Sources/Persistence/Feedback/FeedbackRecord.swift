import Domain
import FluentKit
import FluentSQL
import Foundation

public final class FeedbackRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "feedback_items"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @Field(key: "text") var text: String
    @Field(key: "kind") var kind: String
    @Field(key: "source") var source: String
    @OptionalField(key: "conversation_id") var conversationID: UUID?
    @OptionalField(key: "customer_id") var customerID: UUID?
    @OptionalField(key: "date") var date: String?
    @OptionalField(key: "occurred_at") var occurredAt: Date?
    @OptionalField(key: "stage_id") var stageID: UUID?
    @OptionalField(key: "priority") var priority: Int?
    @OptionalField(key: "sentiment_score") public var sentimentScore: Double?
    @OptionalField(key: "sentiment_label") public var sentimentLabel: String?
    @OptionalField(key: "nps") var nps: Int?
    @OptionalField(key: "csat") var csat: Int?
    @OptionalField(key: "ces") var ces: Int?
    @OptionalField(key: "channel") var channel: String?
    @OptionalField(key: "segment") var segment: String?
    @OptionalField(key: "external_id") var externalID: String?
    @OptionalField(key: "content_hash") var contentHash: String?
    @OptionalField(key: "import_id") var importID: UUID?
    /// The line of its import's file it came from.
    @OptionalField(key: "import_line") var importLine: Int?
    @OptionalField(key: "theme") public var theme: String?
    @Children(for: \.$feedback) var links: [FeedbackTouchpointRecord]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $text, $kind, $source, $conversationID, $customerID, $date, $occurredAt, $stageID, $priority, $sentimentScore, $sentimentLabel, $nps, $csat, $ces, $channel, $segment, $externalID, $contentHash, $importID, $importLine, $theme, $links, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: FeedbackItem) {
        self.organizationID = organizationID
        apply(content)
    }

    public static var organizationKey: KeyPath<FeedbackRecord, FieldProperty<FeedbackRecord, UUID>> { \.$organizationID }

    public func apply(_ content: FeedbackItem) {
        if $text.value == nil, let score = content.sentimentScore, let label = content.sentimentLabel {
            // An importer that already scored the text (to guess its kind) need not score it twice.
            sentimentScore = score
            sentimentLabel = label.rawValue
            textChanged = true
        } else if $text.value != content.text || sentimentScore == nil {
            let sentiment = SentimentAnalyzer().score(content.text)
            sentimentScore = sentiment.value
            sentimentLabel = sentiment.label.rawValue
            textChanged = true
        }
        text = content.text
        kind = content.kind.rawValue
        source = content.source.rawValue
        conversationID = content.conversationID
        customerID = content.customerID
        date = content.date?.description
        occurredAt = content.occurredAt
        stageID = content.stageID
        priority = content.priority
        nps = content.nps
        csat = content.csat
        ces = content.ces
        channel = content.channel
        segment = content.segment
        externalID = content.externalID
    }

    /// Set by `apply` when the text is new, so the theme is assigned again on save.
    private var textChanged = false

    /// Refuses a second item with the same external id, and assigns the theme from the organization's current themes.
    public func willSave(isNew: Bool, on db: any Database) async throws {
        if let externalID {
            var duplicate = FeedbackRecord.query(on: db).filter(\.$organizationID == organizationID).filter(\.$externalID == externalID)
            if let id { duplicate = duplicate.filter(\.$id != id) }
            if try await duplicate.count() > 0 {
                throw ValidationFailure([FieldError(field: "external_id", message: "Another feedback item already has the external id “\(externalID)”.")])
            }
        }
        if textChanged || isNew {
            theme = ThemeEngine.assign(text, to: try await FeedbackThemes.current(organizationID, on: db))?.name
        }
    }

    public var content: FeedbackItem {
        FeedbackItem(text: text, kind: FeedbackKind(rawValue: kind) ?? .friction, source: FeedbackSource(rawValue: source) ?? .conversation,
                     conversationID: conversationID, customerID: customerID, date: date.flatMap(CalendarDate.init), occurredAt: occurredAt, stageID: stageID,
                     touchpointIDs: $links.value.map { $0.map(\.touchpointID) } ?? [], priority: priority,
                     sentimentScore: sentimentScore, sentimentLabel: sentimentLabel.flatMap(SentimentLabel.init),
                     nps: nps, csat: csat, ces: ces, channel: channel, segment: segment, externalID: externalID, theme: theme)
            .importing(importID)
    }

    /// Replaces the touchpoint links with exactly the content's.
    public func saveRelations(of content: FeedbackItem, on db: any Database) async throws {
        let feedbackID = try requireID()
        try await FeedbackTouchpointRecord.query(on: db).filter(\.$feedback.$id == feedbackID).delete()
        let quoteScore = FeedbackTouchpointRecord.quoteScore(text: text, label: sentimentLabel, score: sentimentScore)
        for touchpointID in content.touchpointIDs {
            try await FeedbackTouchpointRecord(feedbackID: feedbackID, touchpointID: touchpointID, quoteScore: quoteScore).create(on: db)
        }
        $links.value = try await FeedbackTouchpointRecord.query(on: db).filter(\.$feedback.$id == feedbackID).all()
    }

    /// Its answers, theme and negativity, counted on the touchpoints it is linked to.
    public func figureCounts(on db: any Database) async throws -> FigureCounts? {
        let item = [(id: try requireID(), item: content)]
        return try await FigureContext.load(item, on: db).counts(item)
    }

    public static func loadRelations(_ records: [FeedbackRecord], on db: any Database) async throws {
        try await ChildrenLoading.attach(\.$links, of: records, parentID: \.$feedback.id) { ids in
            FeedbackTouchpointRecord.query(on: db).filter(\.$feedback.$id ~~ ids)
        }
    }

    public static func sorted(_ query: QueryBuilder<FeedbackRecord>) -> QueryBuilder<FeedbackRecord> {
        query.sort(\.$createdAt, .descending).sort(\.$id)
    }

    /// Newest first, then by id, from the anchor item on. Its time is read from the anchor's own row, so it
    /// matches to the stored precision; an anchor that no longer exists matches nothing, and the page is empty.
    /// `created_at <= t` comes first so the index starts reading at the anchor.
    public static func anchored(_ query: QueryBuilder<FeedbackRecord>, at anchor: PageAnchor) -> QueryBuilder<FeedbackRecord>? {
        let table = SQLIdentifier(schema)
        switch anchor {
        case .after(let id):
            let time = SQLQueryString("(SELECT created_at FROM feedback_items WHERE id = \(bind: id))")
            return query.filter(.sql(embed: """
                \(table).created_at <= \(time) AND (\(table).created_at < \(time) OR \(table).id > \(bind: id))
                """)).sort(\.$createdAt, .descending).sort(\.$id)
        case .before(let id):
            let time = SQLQueryString("(SELECT created_at FROM feedback_items WHERE id = \(bind: id))")
            return query.filter(.sql(embed: """
                \(table).created_at >= \(time) AND (\(table).created_at > \(time) OR \(table).id < \(bind: id))
                """)).sort(\.$createdAt, .ascending).sort(\.$id, .descending)
        }
    }

    public static func filtered(_ query: QueryBuilder<FeedbackRecord>, by filters: ListFilters, on db: any Database) async throws
        -> QueryBuilder<FeedbackRecord> {
        if let kind = filters.choice("kind", as: FeedbackKind.self) { query.filter(\.$kind == kind.rawValue) }
        if let source = filters.choice("source", as: FeedbackSource.self) { query.filter(\.$source == source.rawValue) }
        if let sentiment = filters.choice("sentiment", as: SentimentLabel.self) { query.filter(\.$sentimentLabel == sentiment.rawValue) }
        if let conversation = filters.id("conversation_id") { query.filter(\.$conversationID == conversation) }
        if let customer = filters.id("customer_id") { query.filter(\.$customerID == customer) }
        if let importID = filters.id("import_id") { query.filter(\.$importID == importID) }
        if let theme = filters["theme"], !theme.isEmpty {
            if theme == ListFilters.noTheme { query.filter(\.$theme == nil) } else { query.filter(\.$theme == theme) }
        }
        if let channel = filters["channel"], !channel.isEmpty { query.filter(\.$channel == channel) }
        if let importID = filters.id("import_id") { query.filter(\.$importID == importID) }
        if let touchpoint = filters.id("touchpoint_id") {
            query.filter(.sql(embed: "\(ident: schema).\(ident: "id") IN (SELECT feedback_id FROM feedback_touchpoints WHERE touchpoint_id = \(bind: touchpoint))"))
        }
        if let journey = filters.id("journey_id") {
            query.filter(.sql(embed: """
                (\(ident: schema).\(ident: "stage_id") IN (SELECT id FROM stages WHERE journey_id = \(bind: journey))
                OR \(ident: schema).\(ident: "id") IN (SELECT ft.feedback_id FROM feedback_touchpoints ft JOIN touchpoints t ON t.id = ft.touchpoint_id
                                                     WHERE t.journey_id = \(bind: journey)))
                """))
        }
        return query
    }
}

/// Which touchpoints a piece of feedback concerns.
public final class FeedbackTouchpointRecord: Model, @unchecked Sendable {
    public static let schema = "feedback_touchpoints"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "feedback_id") var feedback: FeedbackRecord
    @Field(key: "touchpoint_id") var touchpointID: UUID
    /// The item's sentiment score when it may be quoted as one of the most negative on the touchpoint
    /// (negative, with words in it); nil otherwise. Kept here so the quotes are read in order from an index.
    @OptionalField(key: "quote_score") var quoteScore: Double?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $feedback, $touchpointID, $quoteScore] }

    public init() {}

    init(feedbackID: UUID, touchpointID: UUID, quoteScore: Double?) {
        self.$feedback.id = feedbackID
        self.touchpointID = touchpointID
        self.quoteScore = quoteScore
    }

    /// SQL's TRIM, as the quotes were chosen before, takes spaces only.
    static func quoteScore(text: String, label: String?, score: Double?) -> Double? {
        label == SentimentLabel.negative.rawValue && text.unicodeScalars.contains { $0 != " " } ? score : nil
    }
}

extension FeedbackRecord {
    /// A customer's feedback: named on the item, or given in one of their conversations.
    public static func ofCustomer(_ customerID: UUID, conversations: [UUID], organizationID: UUID, on db: any Database) async throws -> [FeedbackRecord] {
        try await query(on: db).filter(\.$organizationID == organizationID).group(.or) { group in
            group.filter(\.$customerID == customerID)
            if !conversations.isEmpty { group.filter(\.$conversationID ~~ conversations) }
        }.all()
    }
}
