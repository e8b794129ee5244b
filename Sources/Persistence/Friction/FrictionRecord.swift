import Domain
import FluentKit
import Foundation

public final class FrictionRecord: ContentRecord, @unchecked Sendable {
    public static let schema = "friction_points"

    @ID(key: .id) public var id: UUID?
    @Field(key: "organization_id") public var organizationID: UUID
    @OptionalField(key: "touchpoint_id") var touchpointID: UUID?
    @OptionalField(key: "handoff_id") var handoffID: UUID?
    @OptionalField(key: "process_id") var processID: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "description") var details: String
    @Field(key: "severity") var severity: Int
    @Field(key: "source") var source: String
    @Field(key: "status") var status: String
    @OptionalField(key: "walk_id") var walkID: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $organizationID, $touchpointID, $handoffID, $processID, $kind, $details, $severity, $source, $status, $walkID, $createdAt, $updatedAt] }

    public init() {}

    public init(organizationID: UUID, content: FrictionPoint) {
        self.organizationID = organizationID
        apply(content)
    }

    public func apply(_ content: FrictionPoint) {
        touchpointID = content.target.touchpointID
        handoffID = content.target.handoffID
        processID = content.target.processID
        kind = content.kind.rawValue
        details = content.description
        severity = content.severity
        source = content.source.rawValue
        status = content.status.rawValue
        // A friction point found on a walk stays linked to it: forms that do not show the walk leave it as it is.
        if let walk = content.walkID { walkID = walk }
    }

    public var content: FrictionPoint {
        let target: FrictionTarget = touchpointID.map(FrictionTarget.touchpoint)
            ?? handoffID.map(FrictionTarget.handoff) ?? .process(processID ?? UUID())
        return FrictionPoint(target: target, kind: FrictionKind(rawValue: kind) ?? .effort, description: details,
                             severity: severity, source: FrictionSource(rawValue: source) ?? .internalWalk,
                             status: FrictionStatus(rawValue: status) ?? .open, walkID: walkID)
    }

    public static var organizationKey: KeyPath<FrictionRecord, FieldProperty<FrictionRecord, UUID>> { \.$organizationID }

    public static func sorted(_ query: QueryBuilder<FrictionRecord>) -> QueryBuilder<FrictionRecord> {
        query.sort(\.$severity, .descending).sort(\.$createdAt, .descending).sort(\.$id)
    }

    /// Journey and team filters follow the friction's target: a touchpoint's journey and owning
    /// team, a handoff's journey and accountable team, a process's owner team and linked journeys.
    public static func filtered(_ query: QueryBuilder<FrictionRecord>, by filters: ListFilters, on db: any Database)
        async throws -> QueryBuilder<FrictionRecord> {
        if let kind = filters.choice("kind", as: FrictionKind.self) { query.filter(\.$kind == kind.rawValue) }
        if let status = filters.choice("status", as: FrictionStatus.self) { query.filter(\.$status == status.rawValue) }
        if let source = filters.choice("source", as: FrictionSource.self) { query.filter(\.$source == source.rawValue) }
        if let severity = filters["severity"].flatMap(Int.init) { query.filter(\.$severity >= severity) }
        if let touchpoint = filters.id("touchpoint_id") { query.filter(\.$touchpointID == touchpoint) }
        if let handoff = filters.id("handoff_id") { query.filter(\.$handoffID == handoff) }
        if let process = filters.id("process_id") { query.filter(\.$processID == process) }
        if let journey = filters.id("journey_id") {
            let touchpoints = try await TouchpointRecord.query(on: db).filter(\.$journeyID == journey).all(\.$id)
            let handoffs = try await HandoffRecord.query(on: db).filter(\.$journeyID == journey).all(\.$id)
            let processes = try await ProcessTouchpointRecord.query(on: db).filter(\.$touchpointID ~~ touchpoints).all()
                .map { $0.$process.id }
            query.group(.or) {
                $0.filter(\.$touchpointID ~~ touchpoints).filter(\.$handoffID ~~ handoffs)
                    .filter(\.$processID ~~ Array(Set(processes)))
            }
        }
        if let walk = filters.id("walk_id") { query.filter(\.$walkID == walk) }
        if let team = filters.id("team_id") {
            let touchpoints = try await TouchpointRecord.query(on: db).filter(\.$owningTeamID == team).all(\.$id)
            let handoffs = try await HandoffRecord.query(on: db).filter(\.$accountableTeamID == team).all(\.$id)
            let processes = try await ProcessRecord.query(on: db).filter(\.$ownerTeamID == team).all(\.$id)
            query.group(.or) {
                $0.filter(\.$touchpointID ~~ touchpoints).filter(\.$handoffID ~~ handoffs).filter(\.$processID ~~ processes)
            }
        }
        return query
    }
}
