import Domain
import FluentKit
import Foundation
import SQLKit

extension JourneyGraphLoader {
    /// The whole graph, for deriving many changes' impact at once (each team's change load, who has acknowledged what):
    /// one read of the columns the walk needs from each table. A large organization's ten thousand touchpoints and
    /// handoffs read this way in a small part of the time whole records take to decode.
    static func whole(_ scope: OrgScope) async throws -> JourneyGraph {
        guard let sql = scope.db as? any SQLDatabase else { throw WholeGraphUnreadable() }
        let org = scope.id
        var graph = JourneyGraph()
        for row in try await sql.raw("SELECT id, owning_team_id FROM touchpoints WHERE organization_id = \(bind: org)").all() {
            graph.touchpoints[try row.decode(column: "id", as: UUID.self)] = .init(owningTeamID: try row.decode(column: "owning_team_id", as: UUID.self))
        }
        var handoffs: [UUID: JourneyGraph.Handoff] = [:]
        for row in try await sql.raw("""
            SELECT id, from_touchpoint_id, to_touchpoint_id, accountable_team_id, accountable_person_id
            FROM handoffs WHERE organization_id = \(bind: org)
            """).all() {
            handoffs[try row.decode(column: "id", as: UUID.self)] = .init(
                from: try row.decode(column: "from_touchpoint_id", as: UUID.self), to: try row.decode(column: "to_touchpoint_id", as: UUID.self),
                accountableTeamID: try row.decode(column: "accountable_team_id", as: UUID?.self),
                accountablePersonID: try row.decode(column: "accountable_person_id", as: UUID?.self))
        }
        graph.handoffs = handoffs
        graph.processes = try await backstage(sql, table: "processes", links: "process_touchpoints", key: "process_id", org)
        graph.systems = try await backstage(sql, table: "systems", links: "system_touchpoints", key: "system_id", org)
        graph.teams = Set(try await sql.raw("SELECT id FROM teams WHERE organization_id = \(bind: org)").all()
            .map { try $0.decode(column: "id", as: UUID.self) })
        return graph
    }

    /// Processes or systems with their owners, and the touchpoints behind each in their order.
    private static func backstage(_ sql: any SQLDatabase, table: String, links: String, key: String, _ org: UUID) async throws -> [UUID: JourneyGraph.Backstage] {
        var owners: [UUID: UUID?] = [:]
        for row in try await sql.raw("SELECT id, owner_team_id FROM \(unsafeRaw: table) WHERE organization_id = \(bind: org)").all() {
            owners[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "owner_team_id", as: UUID?.self)
        }
        var touchpoints: [UUID: [UUID]] = [:]
        for row in try await sql.raw("""
            SELECT l.\(unsafeRaw: key) AS owner, l.touchpoint_id FROM \(unsafeRaw: links) l JOIN \(unsafeRaw: table) b ON b.id = l.\(unsafeRaw: key)
            WHERE b.organization_id = \(bind: org) ORDER BY l.\(unsafeRaw: key), l.position
            """).all() {
            touchpoints[try row.decode(column: "owner", as: UUID.self), default: []].append(try row.decode(column: "touchpoint_id", as: UUID.self))
        }
        return Dictionary(uniqueKeysWithValues: owners.map { id, owner in (id, .init(ownerTeamID: owner, touchpointIDs: touchpoints[id] ?? [])) })
    }
}

/// Only SQL databases hold an organization; reached only if another kind of database is configured.
struct WholeGraphUnreadable: Error, CustomStringConvertible {
    var description: String { "The journey graph can only be read from an SQL database." }
}
