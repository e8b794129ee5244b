import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align initiatives`: the organization's initiatives by status, soonest due first, as a tab-separated table.
    public static func listInitiatives(_ config: AlignConfig, organization: String?, status: String?) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            if let status, status != "open", InitiativeStatus(rawValue: status) == nil {
                throw ValidationFailure(field: "status", message: "--status must be open or one of: \(InitiativeStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            let items = try await Records<InitiativeRules>(scope).all(filters: ListFilters(status.map { ["status": $0] } ?? [:]))
            let open = try await Initiatives(scope).openNeedCounts()
            print(["id", "status", "due", "overdue", "open needs", "title"].joined(separator: "\t"))
            let order = Dictionary(uniqueKeysWithValues: InitiativeStatus.allCases.enumerated().map { ($1, $0) })
            for item in items.sorted(by: { (order[$0.status]!, $0.dueDate) < (order[$1.status]!, $1.dueDate) }) {
                print([item.id.uuidString, item.status.rawValue, item.dueDate.description, item.content.isOverdue(today: .today) ? "overdue" : "",
                       "\(open[item.id] ?? 0)", item.title.replacingOccurrences(of: "\t", with: " ")].joined(separator: "\t"))
            }
            if items.isEmpty { FileHandle.standardError.write(Data("No initiatives\(status.map { " with status \($0)" } ?? "").\n".utf8)) }
        }
    }

    /// `align initiatives move`: one step along the workflow, with what it set off.
    public static func moveInitiative(_ config: AlignConfig, organization: String?, id: String, to status: String, reason: String, by name: String) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let org = try await chooseOrganization(organization, app.store)
            guard let initiativeID = UUID(uuidString: id) else { throw ValidationFailure(field: "id", message: "\"\(id)\" is not an initiative id.") }
            let initiatives = Initiatives(app.store.scope(org, actor: Actor(userID: nil, name: name)))
            let outcome: InitiativeMoves.Outcome
            do { outcome = try await initiatives.move(initiativeID, to: status, reason: reason, field: "to") } catch is NotFound {
                throw ValidationFailure(field: "initiative", message: "No such initiative.")
            }
            let target = outcome.initiative.status
            print("“\(outcome.initiative.title)” is now \(target.label.lowercased()).")
            if target == .done { print("Applied \(outcome.appliedChanges) changes; \(outcome.addressedFrictions) frictions marked addressed.") }
            if target == .verified { print("Queued \(outcome.queuedNotes) customers for a “here is what we changed” note at their next check-in.") }
        }
    }
}
