import Domain
import Fluent
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align initiatives`: the organization's initiatives by status, soonest due first, as a tab-separated table.
    public static func listInitiatives(_ config: AlignConfig, organization: String?, status: String?) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let org = try await chooseOrganization(organization, on: app.db)
            if let status, status != "open", InitiativeStatus(rawValue: status) == nil {
                throw ValidationFailure(field: "status", message: "--status must be open or one of: \(InitiativeStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            let items = try await RecordStore<InitiativeRecord>(db: app.db, organizationID: org.id!).all(filters: ListFilters(status.map { ["status": $0] } ?? [:]))
            let open = try await CapabilityNeedRecord.openCounts(organizationID: org.id!, on: app.db)
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
            let org = try await chooseOrganization(organization, on: app.db)
            guard let initiativeID = UUID(uuidString: id) else { throw ValidationFailure(field: "id", message: "\"\(id)\" is not an initiative id.") }
            let initiatives = Initiatives(OrgScope(db: app.db, organization: org.stored, actor: Actor(userID: nil, name: name)))
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

    /// `align check-ins`: check-ins due this week, overdue or upcoming, optionally only one person's.
    public static func listCheckIns(_ config: AlignConfig, organization: String?, view: String, email: String?) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let org = try await chooseOrganization(organization, on: app.db)
            guard ["this-week", "overdue", "upcoming"].contains(view) else {
                throw ValidationFailure(field: "view", message: "--view must be this-week, overdue or upcoming.")
            }
            var filters = ["when": view]
            if let email {
                guard let person = try await PersonRecord.find(email: email, organizationID: org.id!, on: app.db) else {
                    throw ValidationFailure(field: "email", message: "Nobody on \(org.content.name)'s People list has the email \(email).")
                }
                filters["assignee_id"] = person.id.uuidString
            }
            let items = try await RecordStore<CheckInRecord>(db: app.db, organizationID: org.id!).all(filters: ListFilters(filters))
            let customers = Dictionary(try await RecordStore<CustomerRecord>(db: app.db, organizationID: org.id!).all().map { ($0.id, $0.accountName) },
                                       uniquingKeysWith: { a, _ in a })
            let people = Dictionary(try await RecordStore<PersonRecord>(db: app.db, organizationID: org.id!).all().map { ($0.id, $0.name) },
                                    uniquingKeysWith: { a, _ in a })
            print(["id", "due", "customer", "who checks in"].joined(separator: "\t"))
            for item in items {
                print([item.id.uuidString, item.dueDate.description, customers[item.customerID] ?? "?", item.assigneeID.flatMap { people[$0] } ?? ""]
                    .joined(separator: "\t"))
            }
            if items.isEmpty { FileHandle.standardError.write(Data("No check-ins \(view == "this-week" ? "due this week" : view).\n".utf8)) }
        }
    }

    /// `align jobs run`: one pass of the scheduled work (for cron, or when `align serve` runs with ALIGN_JOBS_INTERVAL=0).
    public static func runJobs(_ config: AlignConfig) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let summary = try await JobRunner(app: app).runOnce()
            print("Queued \(summary.queued) reminders; delivered \(summary.reminders) to inboxes and \(summary.deliveries) to webhooks; \(summary.failures) deliveries will be retried.")
        }
    }
}
