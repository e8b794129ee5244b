import Domain
import Foundation

/// What must hold for journeys beyond their own parsing: references, owning teams, validation, deletion.
public enum JourneyRules: RecordRules {
    public typealias Record = JourneyRecord
    public static let kind = RecordKind.journeys

    public static func references(_ content: Journey) -> [Reference] { [] }

    public static func deletionConsequences(_ record: JourneyRecord, _ scope: OrgScope) async throws -> [String] {
        let filter = ListFilters(["journey_id": record.stored.id.uuidString])
        let stages = try await scope.store(StageRecord.self).all(filters: filter).count
        let touchpoints = try await scope.store(TouchpointRecord.self).all(filters: filter).count
        let handoffs = try await scope.store(HandoffRecord.self).all(filters: filter).count
        return ["Its \(counted(stages, "stage")), \(counted(touchpoints, "touchpoint")) and \(counted(handoffs, "handoff")) are deleted too.",
                "Friction points recorded on those touchpoints and handoffs are deleted.",
                "Processes and policies stay; they are only unlinked from its touchpoints."]
    }
}

/// What must hold for stages beyond their own parsing: references, owning teams, validation, deletion.
public enum StageRules: RecordRules {
    public typealias Record = StageRecord
    public static let kind = RecordKind.stages

    public static func references(_ content: Stage) -> [Reference] {
        [Reference(field: "journey_id", label: "Journey", kind: .journeys, id: content.journeyID)]
    }

    public static func deletionConsequences(_ record: StageRecord, _ scope: OrgScope) async throws -> [String] {
        let count = try await scope.store(TouchpointRecord.self).all(filters: ListFilters(["stage_id": record.stored.id.uuidString])).count
        return ["Its \(counted(count, "touchpoint")), their handoffs and the frictions recorded on them are deleted too."]
    }
}
