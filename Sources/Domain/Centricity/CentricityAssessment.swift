import Foundation

/// The level an organization chose to reach in one competency, why, and what is meant to close the gap: initiatives,
/// KPIs and charter commitments.
public struct CentricityTarget: RecordContent {
    public var competencyID: UUID
    public var level: Int
    public var reason: String
    public var initiativeIDs: [UUID]
    public var kpiIDs: [UUID]
    public var commitmentIDs: [UUID]

    public init(competencyID: UUID, level: Int, reason: String, initiativeIDs: [UUID] = [], kpiIDs: [UUID] = [], commitmentIDs: [UUID] = []) {
        (self.competencyID, self.level, self.reason) = (competencyID, level, reason)
        (self.initiativeIDs, self.kpiIDs, self.commitmentIDs) = (initiativeIDs, kpiIDs, commitmentIDs)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> CentricityTarget {
        var reader = FieldReader(input)
        let competency = reader.id("competency_id", "Competency")
        let level = reader.int("level", "Target level", in: 1...Competency.levelCount)
        let reason = reader.text("reason", "Why this level", maxLength: 2000)
        let initiatives = reader.ids("initiative_ids", "Initiatives"), kpis = reader.ids("kpi_ids", "KPIs")
        let commitments = reader.ids("commitment_ids", "Charter commitments")
        try reader.finish()
        return CentricityTarget(competencyID: competency!, level: level, reason: reason, initiativeIDs: initiatives, kpiIDs: kpis, commitmentIDs: commitments)
    }

    public var formInput: FormInput {
        var input = FormInput.from([("competency_id", competencyID.uuidString), ("level", String(level)), ("reason", reason)])
        input.fields["initiative_ids"] = initiativeIDs.map(\.uuidString)
        input.fields["kpi_ids"] = kpiIDs.map(\.uuidString)
        input.fields["commitment_ids"] = commitmentIDs.map(\.uuidString)
        return input
    }
}

/// One person's view of the level the organization is at in one competency, on a day.
public struct CentricityAssessment: RecordContent {
    public var competencyID: UUID
    public var assessor: String
    public var level: Int
    public var date: CalendarDate
    public var note: String

    public init(competencyID: UUID, assessor: String, level: Int, date: CalendarDate, note: String = "") {
        (self.competencyID, self.assessor, self.level, self.date, self.note) = (competencyID, assessor, level, date, note)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> CentricityAssessment {
        var reader = FieldReader(input)
        let competency = reader.id("competency_id", "Competency")
        let assessor = reader.text("assessor", "Assessed by", maxLength: 200)
        let level = reader.int("level", "Level now", in: 1...Competency.levelCount)
        let date = reader.optionalDate("date", "Date")
        if input.value("date") == nil { reader.fail("date", "Date is required.") }
        let note = reader.optionalText("note", "What it rests on", maxLength: 2000)
        try reader.finish()
        return CentricityAssessment(competencyID: competency!, assessor: assessor, level: level, date: date!, note: note)
    }

    public var formInput: FormInput {
        .from([("competency_id", competencyID.uuidString), ("assessor", assessor), ("level", String(level)), ("date", date.description), ("note", note)])
    }
}
