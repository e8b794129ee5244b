import Foundation

/// What a KPI does when its team moves it the way it is rewarded for (rising, for a range KPI): it pushes a
/// customer outcome up or down, or drives another KPI's value up or down, for a stated reason.
public struct KPIEffect: RecordContent {
    public var kpiID: UUID
    /// Exactly one of the two is set.
    public var outcomeID: UUID?, drivenKPIID: UUID?
    public var sign: EffectSign
    public var reason: String

    public init(kpiID: UUID, target: MetricTarget, sign: EffectSign, reason: String) {
        (self.kpiID, self.sign, self.reason) = (kpiID, sign, reason)
        switch target {
        case .outcome(let id): outcomeID = id
        case .kpi(let id): drivenKPIID = id
        }
    }

    public var target: MetricTarget { outcomeID.map(MetricTarget.outcome) ?? .kpi(drivenKPIID!) }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> KPIEffect {
        var reader = FieldReader(input)
        let kpi = reader.optionalID("kpi_id", "KPI")
        if input.value("kpi_id") == nil { reader.fail("kpi_id", "KPI is required.") }
        let outcome = reader.optionalID("outcome_id", "Customer outcome"), driven = reader.optionalID("driven_kpi_id", "Other KPI")
        switch (input.value("outcome_id"), input.value("driven_kpi_id")) {
        case (nil, nil): reader.fail("outcome_id", "Choose the customer outcome it pushes, or the other KPI it drives.")
        case (.some, .some): reader.fail("driven_kpi_id", "An effect is on one thing: a customer outcome or another KPI, not both.")
        default: break
        }
        if let kpi, kpi == driven { reader.fail("driven_kpi_id", "A KPI does not drive itself: choose another KPI.") }
        let sign = reader.choice("sign", "Which way", as: EffectSign.self)
        let reason = reader.text("reason", "Why", maxLength: 500)
        try reader.finish()
        return KPIEffect(kpiID: kpi!, target: outcome.map(MetricTarget.outcome) ?? .kpi(driven!), sign: sign!, reason: reason)
    }

    public var formInput: FormInput {
        .from([("kpi_id", kpiID.uuidString), ("outcome_id", outcomeID?.uuidString ?? ""), ("driven_kpi_id", drivenKPIID?.uuidString ?? ""),
               ("sign", sign.rawValue), ("reason", reason)])
    }
}
