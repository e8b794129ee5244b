import Foundation

/// One value of a KPI for a period (the day it stands for: the first of a month for monthly figures), optionally
/// for one dimension of it ("region: north").
public struct KPIValue: RecordContent {
    public var kpiID: UUID
    public var period: CalendarDate
    public var value: Double
    public var dimension: String

    public init(kpiID: UUID, period: CalendarDate, value: Double, dimension: String = "") {
        (self.kpiID, self.period, self.value, self.dimension) = (kpiID, period, value, dimension)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> KPIValue {
        var reader = FieldReader(input)
        let kpi = reader.id("kpi_id", "KPI")
        let period = reader.optionalDate("period", "Period")
        if input.value("period") == nil { reader.fail("period", "Period is required: the day the value stands for, such as 2026-11-01.") }
        let value = reader.optionalNumber("value", "Value")
        if input.value("value") == nil { reader.fail("value", "Value is required.") }
        let dimension = reader.optionalText("dimension", "Dimension", maxLength: 200)
        try reader.finish()
        return KPIValue(kpiID: kpi!, period: period!, value: value!, dimension: dimension)
    }

    public var formInput: FormInput {
        .from([("kpi_id", kpiID.uuidString), ("period", period.description), ("value", KPI.text(value)), ("dimension", dimension)])
    }
}
