import Domain
import FluentKit
import Foundation

public enum JourneyMapQuery {
    /// Everything the map of one journey shows, or nil when the journey is not in this organization.
    public static func load(journeyID: UUID, organizationID org: UUID, on db: any Database) async throws -> JourneyMap? {
        guard let journey = try await RecordStore<JourneyRecord>(db: db, organizationID: org).find(journeyID) else { return nil }
        let filter = ListFilters(["journey_id": journeyID.uuidString])
        let stages = try await RecordStore<StageRecord>(db: db, organizationID: org).all(filters: filter)
        let touchpoints = try await RecordStore<TouchpointRecord>(db: db, organizationID: org).all(filters: filter)
        let handoffs = try await RecordStore<HandoffRecord>(db: db, organizationID: org).all(filters: filter)
        let processes = try await RecordStore<ProcessRecord>(db: db, organizationID: org).all(filters: filter)
        let frictions = try await RecordStore<FrictionRecord>(db: db, organizationID: org).all(filters: filter)
        // Only the teams and people the map names: an organization may have thousands.
        let teamIDs = Set(touchpoints.map(\.owningTeamID) + handoffs.compactMap(\.accountableTeamID) + processes.compactMap(\.ownerTeamID))
        let teams = try await RecordStore<TeamRecord>(db: db, organizationID: org).some(teamIDs)
        let people = try await RecordStore<PersonRecord>(db: db, organizationID: org).some(Set(handoffs.compactMap(\.accountablePersonID)))
        let names = NameBook(teams: Dictionary(teams.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }),
                             people: Dictionary(people.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a }))
        return JourneyMap(journey: journey.stored, stages: stages, touchpoints: touchpoints, handoffs: handoffs,
                          processes: processes, frictions: frictions, names: names)
    }
}

/// Moving stages within a journey and touchpoints within a stage.
public enum Reordering {
    public enum Direction: String, Sendable { case up, down }

    /// Swaps the stage with its neighbour; returns the journey's stage ids in their new order.
    @discardableResult
    public static func move(stage: StageRecord, _ direction: Direction, on db: any Database) async throws -> [UUID] {
        try await WriteGate.transaction(db) { tx in
            let siblings = try await StageRecord.query(on: tx).filter(\.$journeyID == stage.journeyID)
                .sort(\.$position).sort(\.$id).all()
            return try await swap(siblings, stage.id, direction, on: tx)
        }
    }

    /// Swaps the touchpoint with its neighbour in the same stage; returns the stage's touchpoint ids in order.
    @discardableResult
    public static func move(touchpoint: TouchpointRecord, _ direction: Direction, on db: any Database) async throws -> [UUID] {
        try await WriteGate.transaction(db) { tx in
            let siblings = try await TouchpointRecord.query(on: tx).filter(\.$stageID == touchpoint.stageID)
                .sort(\.$position).sort(\.$id).all()
            return try await swap(siblings, touchpoint.id, direction, on: tx)
        }
    }

    private static func swap<R: Model>(_ records: [R], _ id: UUID?, _ direction: Direction, on db: any Database) async throws
        -> [UUID] where R.IDValue == UUID {
        var ordered = records
        if let index = ordered.firstIndex(where: { $0.id == id }) {
            let target = direction == .up ? index - 1 : index + 1
            if ordered.indices.contains(target) { ordered.swapAt(index, target) }
        }
        for (position, record) in ordered.enumerated() {
            if let stage = record as? StageRecord, stage.position != position {
                stage.position = position
                try await stage.update(on: db)
            } else if let touchpoint = record as? TouchpointRecord, touchpoint.position != position {
                touchpoint.position = position
                try await touchpoint.update(on: db)
            }
        }
        return ordered.compactMap(\.id)
    }
}
