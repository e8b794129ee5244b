import Domain
import FluentKit
import Foundation

/// What Riverbend Water's customers said: about 40 conversations split into feedback, and a year of
/// survey answers imported the way a CX lead would import an export, so themes and scores come
/// from the words and numbers themselves.
extension DemoLoader {
    public static let surveyResponses = 5_000
    static let surveyFileName = "Riverbend customer survey 2026 (demo).csv"

    static func loadRiverbendVoices(on db: any Database) async throws -> (added: Int, present: Int) {
        guard let org = try await Organizations.find(slug: RiverbendWater.organization.slug, on: db), let orgID = org.id else { return (0, 0) }
        var run = DemoRun(db: db, slug: RiverbendWater.organization.slug)
        for script in DemoVoices.riverbendConversations {
            let conversationID = run.id("conversation", script.key)
            let customerID = run.id("customer", script.customer)
            let contacts = RiverbendWater.organization.customers.first { $0.accountName == script.customer }?.contacts.prefix(1)
                .map { run.id("contact", "\(script.customer)/\($0.email)") } ?? []
            let slug = run.slug
            try await WriteGate.transaction(db) { tx in
                var inner = DemoRun(db: tx, slug: slug)
                try await inner.insert(ConversationRecord.self, conversationID, Conversation(
                    customerID: customerID, contactIDs: Array(contacts), date: script.date, format: script.format,
                    worksWell: script.worksWell, doesNotWork: script.doesNotWork, mattersMost: script.mattersMost,
                    improvements: script.improvements), in: orgID)
                for (index, item) in script.items.enumerated() {
                    try await inner.insert(FeedbackRecord.self, inner.id("feedback", "\(script.key)/\(index)"), FeedbackItem(
                        text: item.text, kind: item.kind, source: .conversation, conversationID: conversationID, customerID: customerID,
                        date: script.date, touchpointIDs: item.touchpointKeys.map { inner.id("touchpoint", $0) }, priority: item.priority),
                        in: orgID)
                }
                return inner
            }.tally(into: &run)
        }
        try await importSurvey(orgID, on: db, run: &run)
        try await legitimizeRiverbend(orgID, on: db)
        let loop = try await loadRiverbendInitiatives(orgID, on: db)
        try await WriteGate.transaction(db) { tx in
            var inner = DemoRun(db: tx, slug: RiverbendWater.organization.slug)
            try await inner.insertWorkforce(organizationID: orgID)
            try await inner.insertEscalationsAndLimits(organizationID: orgID, today: .today)
            try await inner.insertMetrics(organizationID: orgID, today: .today)
            try await inner.insertCentricity(organizationID: orgID, today: .today)
            try await inner.insertSystems(organizationID: orgID)
            try await inner.insertChanges(organizationID: orgID, today: .today)
            return inner
        }.tally(into: &run)
        let pulses = try await loadRiverbendEmployeePulses(orgID, on: db)
        let walks = try await WriteGate.transaction(db) { tx in try await loadRiverbendWalks(orgID, on: tx) }
        return (run.added + loop.added + pulses.added + walks.added, run.present + loop.present + pulses.present + walks.present)
    }

    /// The survey goes through the importer, like any export; a second load finds the import and skips it.
    private static func importSurvey(_ orgID: UUID, on db: any Database, run: inout DemoRun) async throws {
        if let earlier = try await FeedbackImportRecord.query(on: db).filter(\.$organizationID == orgID).filter(\.$fileName == surveyFileName).first() {
            run.present += earlier.imported + 1
            return
        }
        let path = NSTemporaryDirectory() + "align-demo-survey-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        let generator = SyntheticFeedback(seed: 2026, touchpoints: riverbendTouchpointNames, endDate: CalendarDate(year: 2026, month: 11, day: 20)!)
        var text = CSVWriter.line(SyntheticFeedback.csvHeader)
        for index in 0..<surveyResponses { text += CSVWriter.line(generator.csvFields(generator.response(index))) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let settings = ImportSettings(format: .csv, columns: [
            .text: "comment", .date: "submitted", .externalID: "response_id", .touchpoint: "touchpoint", .channel: "channel",
            .segment: "segment", .nps: "nps", .csat: "csat", .ces: "ces"])
        // Links are proposed once, after everything is in (see legitimizeRiverbend).
        let result = try await ImportRun.importFile(path, name: surveyFileName, settings: settings, organizationID: orgID, createdBy: nil,
                                                    proposeLinks: false, on: db).feedbackImport
        run.added += result.imported + 1
        try await FeedbackThemes.recompute(orgID, on: db)
    }
}

private extension DemoRun {
    func tally(into run: inout DemoRun) {
        run.added += added
        run.present += present
    }
}
