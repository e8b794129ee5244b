@testable import App
import Domain
import Foundation
import Persistence
import Testing
import VaporTesting

/// The executive alignment report on its page, in the API and from the command line: every part there, every line
/// linked to its records, nothing withheld shown.
@Suite(.serialized) struct ExecutiveReportTests {
    @Test func riverbendsReportHasEveryPartEachLinkedToItsRecords() async throws {
        try await TestApp.run(demo: true) { t in
            let report = try t.object(try await t.send(.GET, "/api/v1/organizations/riverbend-water/reports/executive"))
            #expect(report["index"] is Int && (report["index_link"] as? String)?.hasPrefix("/orgs/riverbend-water") == true)
            let conflicts = try #require(report["conflicts"] as? [[String: Any]])
            #expect(report["conflict_total"] as? Int == conflicts.count && conflicts.count == 7)
            #expect(conflicts.allSatisfy { ($0["url"] as? String)?.hasPrefix("/orgs/riverbend-water/outcomes/") == true })
            let spots = try #require(report["blind_spots"] as? [[String: Any]])
            #expect(spots.contains { $0["text"] as? String == "“estimated bill”" })
            let load = try #require(report["load_warnings"] as? [[String: Any]])
            #expect(load.first?["text"] as? String == "Contact Centre in Mar 2027" && load.first?["figure"] as? String == "load 6")
            let investment = try #require((report["investments"] as? [[String: Any]])?.first)
            #expect(investment["title"] as? String == "A new billing system" && investment["cost"] as? String == "GBP 1,850,000")
            let heat = try #require(report["heat_map"] as? [[String: Any]])
            #expect(heat.first?["team"] as? String == "Whole organization" && (heat.first?["cells"] as? [Any])?.count == 4)
            #expect((report["components"] as? [[String: Any]])?.count == AlignmentMeasure.allCases.count)
            #expect((report["misalignments"] as? [Any])?.isEmpty == false && (report["centricity"] as? [Any])?.isEmpty == false)
            let page = try await t.send(.GET, "/orgs/riverbend-water/reports/executive")
            #expect(page.status == .ok)
            let html = page.body.string
            for heading in ["The alignment index", "Where it is most misaligned", "KPI conflicts (7)", "Blind spots", "Change load past the limit of 5",
                            "Investments: projected and actual effect", "4C heat map", "The centricity gap"] {
                #expect(html.contains(">\(heading)</h2>"), "\(heading)")
            }
            let overview = try await t.send(.GET, "/orgs/riverbend-water").body.string
            #expect(overview.contains("href=\"/orgs/riverbend-water/reports/executive\""))
        }
    }

    /// A pulse sent but not answered gives no percentage anywhere; each part says what is missing.
    @Test func withNothingMeasuredEachPartSaysSoAndNoFigureIsMadeUp() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let pulse = try await t.create(seed.slug, "pulses",
                #"{"title":"Spring","team_ids":["\#(seed.team)"],"sets":["4c"],"closes_on":"2099-01-31"}"#)
            _ = pulse
            let report = try t.object(try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/reports/executive"))
            let rows = try #require(report["heat_map"] as? [[String: Any]])
            let figures = rows.flatMap { ($0["cells"] as? [[String: Any]]) ?? [] }.compactMap { $0["text"] as? String }
            #expect(figures.allSatisfy { !$0.hasSuffix("%") && !$0.contains("% ·") }, "no percentage from a pulse nobody answered: \(figures)")
            #expect((report["investments"] as? [Any])?.isEmpty == true && report["conflict_total"] as? Int == 0)
            let html = try await t.send(.GET, "/orgs/\(seed.slug)/reports/executive").body.string
            #expect(html.contains("No investment has been proposed yet.") && html.contains("No declared KPI pulls against a customer outcome."))
        }
    }

    @Test func theCommandLineWritesHTMLAndJSONAndRefusesAnUnknownFormat() async throws {
        try await CommandLineTests.withDatabase { config in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try await AlignRunner.executiveReport(config, organization: "acme", output: folder.appendingPathComponent("r.json").path,
                                                  baseURL: "http://localhost:8080")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("r.json"))) as? [String: Any])
            #expect(json["organization"] as? String == "Acme" && json["slug"] as? String == "acme" && json["heat_map"] is [Any])
            try await AlignRunner.executiveReport(config, organization: "acme", output: folder.appendingPathComponent("r.html").path,
                                                  baseURL: "http://align.example:8080")
            let html = try String(contentsOf: folder.appendingPathComponent("r.html"), encoding: .utf8)
            #expect(html.contains("<base href=\"http://align.example:8080\">") && html.contains("<style>") && html.contains(">The centricity gap</h2>"))
            await #expect(throws: ValidationFailure.self) {
                try await AlignRunner.executiveReport(config, organization: "acme", output: folder.appendingPathComponent("r.docx").path, baseURL: "")
            }
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.docx").path))
            #expect(try AlignRunner.reportFormat("R.PDF") == .pdf)
        }
    }
}
