@testable import App
import Domain
import Foundation
import Persistence
import Testing

/// KPI values from a CSV or TheyDo's metrics file: matched to KPIs by name, a held value replaced, any problem refusing the file whole.
@Suite struct KPIValuesImportTests {
    @Test func valuesAreAddedOrReplacedAndAnUnknownKPIRefusesTheFile() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let kpi = try await t.create(seed.slug, "kpis", #"{"team_id":"\#(seed.team)","name":"Average handle time","rewarded":"down","unit":"seconds"}"#)
            let base = "/api/v1/organizations/\(seed.slug)/kpi-values/import"
            let refused = try await t.upload(base, body: "kpi,period,value\nAverage handle time,2026-10,312\nHandle time,2026-11,300\n", contentType: "text/csv")
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Line 3, column kpi: No KPI here is named “Handle time”"), "\(refused.body.string)")
            let values = "/api/v1/organizations/\(seed.slug)/kpi-values?kpi_id=\(kpi)"
            #expect(try await t.object(try await t.send(.GET, values))["total"] as? Int == 0, "nothing half-saved")
            let good = "kpi,period,value,dimension\nAverage handle time,2026-10,312.5,\nAverage handle time,2026-11-01,300,region: North\n"
            let checked = try await t.upload(base + "?check_only=true", body: good, contentType: "text/csv").body.string
            #expect(checked.contains(#""created":2"#) && checked.contains(#""checked_only":true"#), "\(checked)")
            #expect(try await t.upload(base, body: good, contentType: "text/csv").body.string.contains(#""created":2"#))
            let changed = try await t.upload(base, body: "kpi,period,value\nAverage handle time,2026-10-01,298\n", contentType: "text/csv").body.string
            #expect(changed.contains(#""updated":1"#), "\(changed)")
            let stored = try await t.send(.GET, values).body.string
            #expect(stored.contains(#""value":298"#) && stored.contains(#""dimension":"region: North""#), "\(stored)")
            let page = try await t.send(.GET, "/orgs/\(seed.slug)/kpi-values/import").body.string
            #expect(page.contains("Import KPI values") && page.contains("THEYDO_METRICS_V1"))
        }
    }

    @Test func aTheyDoMetricsFileGivesEachDataPointAsAValue() async throws {
        try await TestApp.run { t in
            let seed = try await t.seed()
            let kpi = try await t.create(seed.slug, "kpis", #"{"team_id":"\#(seed.team)","name":"Callers who would recommend us","rewarded":"up"}"#)
            let file = #"""
            {"format": "THEYDO_METRICS_V1", "metrics": [{"type": "NPS", "importKey": "nps-line", "title": "Callers who would recommend us", "unit": "NPS",
              "dataPoints": [{"dateOfMeasurement": "2026-10-31", "detractors": 20, "passives": 30, "promoters": 50},
                             {"dateOfMeasurement": "2026-11-30", "detractors": 10, "passives": 30, "promoters": 60}]}]}
            """#
            let stored = try await t.upload("/api/v1/organizations/\(seed.slug)/kpi-values/import", body: file, contentType: "application/json")
            #expect(stored.status == .ok && stored.body.string.contains(#""created":2"#), "\(stored.body.string)")
            let values = try await t.send(.GET, "/api/v1/organizations/\(seed.slug)/kpi-values?kpi_id=\(kpi)").body.string
            #expect(values.contains(#""period":"2026-11-30""#) && values.contains(#""value":50"#) && values.contains(#""value":30"#), "\(values)")
        }
    }
}
