import Domain
import Foundation
import Persistence
import Vapor
import Web

extension AlignRunner {
    /// `align pulse create`: a pulse to the named teams (names or ids), sent at once with `send`.
    public static func createPulse(_ config: AlignConfig, organization: String?, title: String, teams: [String], sets: [String], closesOn: String,
                                   send: Bool) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            let known = try await Records<TeamRules>(scope).all()
            var ids: [String] = []
            for name in teams {
                guard let team = known.first(where: { $0.id.uuidString.caseInsensitiveCompare(name) == .orderedSame || $0.content.name == name }) else {
                    throw ValidationFailure(field: "teams", message: "--teams: no team is named “\(name)”. Teams: \(known.map(\.content.name).joined(separator: ", ")).")
                }
                ids.append(team.id.uuidString)
            }
            var input = FormInput.from([("title", title), ("closes_on", closesOn)])
            input.fields["team_ids"] = ids
            input.fields["sets"] = sets
            let pulse = try await Records<PulseRules>(scope).create(input)
            print(pulse.id.uuidString)
            if send {
                let sent = try await Pulses(scope: scope).send(pulse.id)
                FileHandle.standardError.write(Data("Sent: \(sent.links) links, \(sent.questions) questions. `align pulse links \(pulse.id.uuidString)` writes them as CSV.\n".utf8))
            }
        }
    }

    /// `align pulse links`: the pulse's links as CSV, addresses under `baseURL`.
    public static func pulseLinks(_ config: AlignConfig, organization: String?, id: String, baseURL: String) async throws {
        try await withApplication(config) { app in
            try await app.autoMigrate()
            let scope = app.store.scope(try await chooseOrganization(organization, app.store), actor: .commandLine)
            let links = try await Pulses(scope: scope).links(try pulseID(id))
            let base = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
            let rows: [[Cell]] = links.map { [.text($0.person), .text($0.email), .text($0.team), .text(base + SiteURL.pulseAnswer(.value($0.token)).path),
                                              .text($0.used ? "yes" : "no")] }
            print(CSVExport.render(columns: ["Name", "Email", "Team", "Link", "Answered"], rows: rows), terminator: "")
        }
    }

    static func pulseID(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw ValidationFailure(field: "id", message: "“\(text)” is not a pulse id.") }
        return id
    }
}
