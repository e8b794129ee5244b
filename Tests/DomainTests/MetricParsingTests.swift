import Domain
import Foundation
import Testing

/// KPIs, customer outcomes and declared effects read from forms: every problem named by field.
@Suite struct MetricParsingTests {
    static let team = UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!, other = UUID(uuidString: "00000000-0000-0000-0000-0000000000a2")!

    /// The fields a parse refused, in order; none when it was accepted.
    static func fields<C: RecordContent>(_ type: C.Type, _ input: FormInput) -> [String] {
        do {
            _ = try C.parse(input)
            return []
        } catch {
            return error.errors.map(\.field)
        }
    }

    @Test func aKPIRewardedForGoingUpKeepsItsTargetAndNoRange() throws {
        let kpi = try KPI.parse(FormInput(single: ["team_id": Self.team.uuidString, "name": "Connections signed", "unit": "per month", "rewarded": "up", "target": "120.5"]))
        #expect(kpi.rewarded == .up && kpi.target == 120.5 && kpi.rangeLow == nil && KPI.text(120) == "120")
        let again = try KPI.parse(kpi.formInput)
        #expect(again == kpi)
    }

    @Test func aRangeKPINeedsBothEndsInOrder() {
        let base = ["team_id": Self.team.uuidString, "name": "Handle time", "rewarded": "range"]
        #expect(Self.fields(KPI.self, FormInput(single: base)) == ["range_low", "range_high"])
        #expect(Self.fields(KPI.self, FormInput(single: base.merging(["range_low": "9", "range_high": "4"]) { $1 })) == ["range_high"])
    }

    @Test func aRangeOnAnUpOrDownKPIIsRefusedByField() {
        let input = ["team_id": Self.team.uuidString, "name": "Collections", "rewarded": "down", "range_low": "1"]
        #expect(Self.fields(KPI.self, FormInput(single: input)) == ["range_low"])
    }

    @Test func aNumberWithACommaIsNotGuessed() {
        let input = ["team_id": Self.team.uuidString, "name": "CSAT", "rewarded": "up", "target": "4,5"]
        do {
            _ = try KPI.parse(FormInput(single: input))
            Issue.record("4,5 was accepted")
        } catch {
            #expect(error.errors.first?.message.contains("\"4,5\"") == true)
        }
    }

    @Test func anOutcomeIsPlacedSomewhere() throws {
        #expect(Self.fields(CustomerOutcome.self, FormInput(single: ["name": "Bill understood first time"])) == ["touchpoint_ids"])
        let placed = try CustomerOutcome.parse(FormInput(["name": ["Bill understood first time"], "stage_ids": [Self.other.uuidString]]))
        let again = try CustomerOutcome.parse(placed.formInput)
        #expect(placed.stageIDs == [Self.other] && again == placed)
    }

    @Test func anEffectIsOnOneThingAndNeverOnItself() throws {
        let base = ["kpi_id": Self.team.uuidString, "sign": "lowers", "reason": "Over-promising dates"]
        #expect(Self.fields(KPIEffect.self, FormInput(single: base)) == ["outcome_id"])
        #expect(Self.fields(KPIEffect.self, FormInput(single: base.merging(["outcome_id": Self.other.uuidString, "driven_kpi_id": Self.other.uuidString]) { $1 }))
                == ["driven_kpi_id"])
        #expect(Self.fields(KPIEffect.self, FormInput(single: base.merging(["driven_kpi_id": Self.team.uuidString]) { $1 })) == ["driven_kpi_id"])
        let effect = try KPIEffect.parse(FormInput(single: base.merging(["outcome_id": Self.other.uuidString]) { $1 }))
        let again = try KPIEffect.parse(effect.formInput)
        #expect(effect.target == .outcome(Self.other) && effect.sign == .lowers && again == effect)
    }
}
