import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align check-ins`: check-ins due this week, overdue or upcoming, optionally only one person's.
    public static func listCheckIns(_ config: AlignConfig, organization: String?, view: String, email: String?) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let org = try await chooseOrganization(organization, app.store)
            let scope = app.store.scope(org, actor: .commandLine)
            guard ["this-week", "overdue", "upcoming"].contains(view) else {
                throw ValidationFailure(field: "view", message: "--view must be this-week, overdue or upcoming.")
            }
            var filters = ["when": view]
            if let email {
                guard let person = try await scope.person(email: email) else {
                    throw ValidationFailure(field: "email", message: "Nobody on \(org.name)'s People list has the email \(email).")
                }
                filters["assignee_id"] = person.id.uuidString
            }
            let items = try await Records<CheckInRules>(scope).all(filters: ListFilters(filters))
            let customers = Dictionary(try await Records<CustomerRules>(scope).all().map { ($0.id, $0.accountName) },
                                       uniquingKeysWith: { a, _ in a })
            let people = Dictionary(try await Records<PersonRules>(scope).all().map { ($0.id, $0.name) },
                                    uniquingKeysWith: { a, _ in a })
            print(["id", "due", "customer", "who checks in"].joined(separator: "\t"))
            for item in items {
                print([item.id.uuidString, item.dueDate.description, customers[item.customerID] ?? "?", item.assigneeID.flatMap { people[$0] } ?? ""]
                    .joined(separator: "\t"))
            }
            if items.isEmpty { FileHandle.standardError.write(Data("No check-ins \(view == "this-week" ? "due this week" : view).\n".utf8)) }
        }
    }
}
