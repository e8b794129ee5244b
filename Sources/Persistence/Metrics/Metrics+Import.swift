import Domain
import FluentKit
import Foundation

/// KPI values from a CSV or a TheyDo metrics file: every row matched to a KPI and checked first, then all stored in one
/// transaction through the same rules (and audit) as the form, or nothing at all.
extension Metrics {
    /// A value for a KPI, period and dimension that already has one replaces it; an equal one is left unchanged.
    public func importValues(_ bytes: [UInt8], checkOnly: Bool) async throws -> Workforce.Outcome {
        let file = try KPIValuesFile.read(bytes)
        let kpis = try await RecordStore<KPIRecord>(db: scope.db, organizationID: scope.id).all()
        let matched = try match(file.rows, kpis)
        let teams = Dictionary(kpis.map { ($0.id, $0.teamID) }, uniquingKeysWith: { first, _ in first })
        for team in Set(matched.compactMap { teams[$0.kpiID] }) {
            try scope.authorize(.create, .kpiValues, owningTeams: [team])
        }
        let held = try await KPIValueRecord.query(on: scope.db).filter(\.$organizationID == scope.id).filter(\.$kpiID ~~ Set(matched.map(\.kpiID))).all()
        let byKey = Dictionary(held.map { (key($0.kpiID, $0.period, $0.dimension), $0) }, uniquingKeysWith: { first, _ in first })
        var outcome = Workforce.Outcome(checkedOnly: checkOnly)
        var changes: [(UUID?, KPIValue)] = []
        for value in matched {
            let existing = byKey[key(value.kpiID, value.period.description, value.dimension)]
            if let existing, existing.value == value.value { outcome.unchanged += 1; continue }
            existing == nil ? (outcome.created += 1) : (outcome.updated += 1)
            changes.append((existing?.id, value))
        }
        if !checkOnly { try await save(changes) }
        return outcome
    }

    /// Each row's KPI by its name exactly, or by its id; a name several teams' KPIs share is refused, naming the teams.
    func match(_ rows: [KPIValuesFile.Row], _ kpis: [Stored<KPI>]) throws -> [KPIValue] {
        let byName = Dictionary(grouping: kpis, by: \.name)
        var values: [KPIValue] = [], problems: [KPIValuesProblems.Problem] = []
        for row in rows {
            let found = UUID(uuidString: row.kpi).flatMap { id in kpis.first { $0.id == id } }.map { [$0] } ?? byName[row.kpi] ?? []
            func refuse(_ message: String) {
                problems.append(.init(line: row.line, column: row.path == nil ? "kpi" : nil, path: row.path, message: message))
            }
            switch found.count {
            case 0: refuse("No KPI here is named “\(row.kpi)”: add it to its team first (KPIs are matched by name exactly, or by id).")
            case 1: values.append(KPIValue(kpiID: found[0].id, period: row.period, value: row.value, dimension: row.dimension ?? ""))
            default: refuse("Several teams have a KPI named “\(row.kpi)”: write the KPI's id instead (\(found.map(\.id.uuidString).joined(separator: ", "))).")
            }
        }
        guard problems.isEmpty else { throw KPIValuesProblems(problems: problems) }
        return values
    }

    private func key(_ kpi: UUID, _ period: String, _ dimension: String) -> String { "\(kpi)|\(period)|\(dimension)" }

    private func save(_ changes: [(UUID?, KPIValue)]) async throws {
        try await WriteGate.transaction(scope.db) { tx in
            let records = Records<KPIValueRules>(OrgScope(db: tx, organization: scope.organization, actor: scope.actor, access: scope.access))
            for (id, content) in changes {
                if let id { _ = try await records.update(id, with: content.formInput) } else { _ = try await records.create(content.formInput) }
            }
        }
    }
}
