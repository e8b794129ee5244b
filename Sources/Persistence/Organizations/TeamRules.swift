import Domain
import Foundation

/// What must hold for teams beyond their own parsing: references, owning teams, validation, deletion.
public enum TeamRules: RecordRules {
    public typealias Record = TeamRecord
    public static let kind = RecordKind.teams

    public static func references(_ content: Team) -> [Reference] {
        content.parentTeamID.map { [Reference(field: "parent_team_id", label: "Parent team", kind: .teams, id: $0)] } ?? []
    }

    /// A team may not sit under itself or under one of its own sub-teams.
    public static func validate(_ content: Team, existing: TeamRecord?, _ scope: OrgScope) async throws {
        guard let existing, let selfID = existing.id, var current = content.parentTeamID else { return }
        let teams = try await scope.store(TeamRecord.self).all()
        let parents = Dictionary(teams.map { ($0.id, $0.parentTeamID) }, uniquingKeysWith: { a, _ in a })
        var seen: Set<UUID> = []
        while true {
            if current == selfID {
                throw ValidationFailure(field: "parent_team_id", message: "Parent team cannot be this team or one of its own sub-teams.")
            }
            guard seen.insert(current).inserted, let next = parents[current] ?? nil else { return }
            current = next
        }
    }

    public static func deletionBlocker(_ record: TeamRecord, _ scope: OrgScope) async throws -> String? {
        let owned = try await scope.store(TouchpointRecord.self).all(filters: ListFilters(["team_id": record.stored.id.uuidString]))
        guard !owned.isEmpty else { return nil }
        let names = owned.prefix(5).map(\.name).joined(separator: ", ")
        return "\(record.content.name) still owns \(counted(owned.count, "touchpoint")) (\(names)\(owned.count > 5 ? ", …" : "")). "
            + "Give each of them another owning team first, so no touchpoint is left without an owner."
    }

    public static func deletionConsequences(_ record: TeamRecord, _ scope: OrgScope) async throws -> [String] {
        let id = record.stored.id.uuidString
        let people = try await scope.store(PersonRecord.self).all(filters: ListFilters(["team_id": id])).count
        let handoffs = try await scope.store(HandoffRecord.self).all(filters: ListFilters(["team_id": id])).count
        let processes = try await scope.store(ProcessRecord.self).all(filters: ListFilters(["team_id": id])).count
        return ["\(counted(people, "person", "people")) will no longer belong to a team.",
                "\(counted(handoffs, "handoff")) this team is accountable for will become unowned.",
                "\(counted(processes, "process or policy", "processes or policies")) will have no owner team.",
                "Sub-teams become top-level teams."]
    }
}
