import Domain
import Foundation
import Persistence
import Vapor

extension AlignRunner {
    /// `align import insights`: a TheyDo insights file as friction points of one journey (named or by id),
    /// all or nothing; prints what it created, updated and left, or every problem.
    public static func importInsights(_ config: AlignConfig, file: String, organization: String?, journey: String, defaultTouchpoint: String?,
                                      kind: String?, checkOnly: Bool) async throws {
        guard let bytes = FileManager.default.contents(atPath: file) else { throw CommandFailure(description: "No file at \(file).") }
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let org = try await chooseOrganization(organization, app.store)
            let imports = InsightImports(scope: app.store.scope(org, actor: .commandLine))
            var values = ["journey_id": try await journeyID(journey, imports)]
            if let defaultTouchpoint {
                values["default_touchpoint_id"] = try await touchpointID(defaultTouchpoint, journeyID: values["journey_id"]!, imports)
            }
            values["kind"] = kind
            do {
                let outcome = try await imports.run(Array(bytes), settings: try InsightImportController.settings(values), checkOnly: checkOnly)
                print((checkOnly ? "Checked, nothing stored: \(outcome.created) to create · \(outcome.updated) to update"
                                 : "Created \(outcome.created) · updated \(outcome.updated)") + " · unchanged \(outcome.unchanged)")
                for note in outcome.notes { print("  " + note) }
            } catch let refusal as InsightImports.Refusal {
                let lines = refusal.problems.map { "  " + $0.description }.joined(separator: "\n")
                throw CommandFailure(description: "\(file) was not imported; nothing was stored:\n" + lines)
            } catch let failure as ValidationFailure {
                throw CommandFailure(description: failure.errors.map(\.message).joined(separator: " "))
            }
        }
    }

    private static func journeyID(_ text: String, _ imports: InsightImports) async throws -> String {
        let journeys = try await imports.choices(journeyID: nil).journeys
        guard let found = journeys.first(where: { $0.id.uuidString.lowercased() == text.lowercased() || ImportDirectory.key($0.name) == ImportDirectory.key(text) }) else {
            throw CommandFailure(description: "No journey named “\(text)”. Journeys: \(journeys.map(\.name).joined(separator: ", ")).")
        }
        return found.id.uuidString
    }

    private static func touchpointID(_ text: String, journeyID: String, _ imports: InsightImports) async throws -> String {
        let touchpoints = try await imports.choices(journeyID: UUID(uuidString: journeyID)).touchpoints
        guard let found = touchpoints.first(where: { $0.id.uuidString.lowercased() == text.lowercased() || ImportDirectory.key($0.name) == ImportDirectory.key(text) }) else {
            throw CommandFailure(description: "No touchpoint named “\(text)” on that journey. Its touchpoints: \(touchpoints.map(\.name).joined(separator: ", ")).")
        }
        return found.id.uuidString
    }
}
