import Domain
import FluentKit
import Foundation

/// Where each of an organization's frictions sits, as touchpoints.
public enum FrictionPlaces {
    /// Open and addressed frictions (closed ones need no customer's word), each with its touchpoints.
    public static func load(_ organizationID: UUID, on db: any Database, only ids: [UUID]? = nil) async throws -> [FrictionPlace] {
        var query = FrictionRecord.query(on: db).filter(\.$organizationID == organizationID).filter(\.$status != FrictionStatus.closed.rawValue)
        if let ids { query = query.filter(\.$id ~~ ids) }
        let frictions = try await query.sort(\.$id).all()
        let handoffIDs = frictions.compactMap(\.handoffID), processIDs = frictions.compactMap(\.processID)
        let handoffs = handoffIDs.isEmpty ? [] : try await HandoffRecord.query(on: db).filter(\.$id ~~ handoffIDs).all()
        let processLinks = processIDs.isEmpty ? [] : try await ProcessTouchpointRecord.query(on: db).filter(\.$process.$id ~~ processIDs).all()
        let ends = Dictionary(handoffs.map { ($0.id!, Set([$0.fromTouchpointID, $0.toTouchpointID])) }, uniquingKeysWith: { a, _ in a })
        let behind = Dictionary(grouping: processLinks, by: { $0.$process.id }).mapValues { Set($0.map(\.touchpointID)) }
        return frictions.map { friction in
            let touchpoints: Set<UUID> = if let id = friction.touchpointID { [id] }
                else if let id = friction.handoffID { ends[id] ?? [] }
                else { friction.processID.flatMap { behind[$0] } ?? [] }
            return FrictionPlace(frictionID: friction.id!, kind: FrictionKind(rawValue: friction.kind) ?? .effort,
                                 text: friction.details, touchpointIDs: touchpoints)
        }
    }
}
