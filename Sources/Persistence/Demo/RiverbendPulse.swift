import Domain
import FluentKit
import Foundation

/// After its first changes, Riverbend sent a short pulse survey to customers who had just used the
/// touchpoints they touched. Imported like any export, so "Was it felt outside?" reads real answers.
extension DemoLoader {
    static let pulseFileName = "Riverbend pulse survey after the changes (demo).csv"

    struct PulseWave {
        let touchpoints: [String]
        let channel: String
        let from: CalendarDate
        let days: Int
        let comments: [String]
    }

    static let pulseWaves = [
        PulseWave(touchpoints: ["Supply restored notification", "Repair works and road closure", "Follow-up call after the repair"],
                  channel: "sms", from: CalendarDate(year: 2026, month: 4, day: 22)!, days: 80,
                  comments: ["Got a text the moment the water was back on.", "The crew told us when they were done and the text came an hour later.",
                             "Nice to be told the repair was finished without having to chase.", "Someone rang to check everything was fine after the repair.",
                             "Clear message that the supply was restored, thank you.", "Still waited a while for the road to be reinstated."]),
        PulseWave(touchpoints: ["Callback from a billing specialist", "Billing line call"],
                  channel: "phone", from: CalendarDate(year: 2026, month: 5, day: 20)!, days: 80,
                  comments: ["The callback came at exactly the time I booked.", "Booked a slot on the call and Billing rang me back as promised.",
                             "Much easier than last year, one call and a callback.", "They called back the same afternoon and sorted the bill.",
                             "Good to know who would call and when.", "Had to wait for the callback, but it did come."]),
    ]

    /// Writes the pulse answers (deterministic) and imports them; a later load finds the import and skips it.
    static func importPulse(_ orgID: UUID, on db: any Database) async throws -> Int {
        if try await FeedbackImportRecord.query(on: db).filter(\.$organizationID == orgID).filter(\.$fileName == pulseFileName).first() != nil { return 0 }
        var text = CSVWriter.line(["response_id", "submitted", "touchpoint", "channel", "nps", "csat", "ces", "comment"])
        var row = 0
        for (wave, pulse) in pulseWaves.enumerated() {
            for index in 0..<180 {
                row += 1
                let good = index % 5 != 4
                text += CSVWriter.line([
                    "pulse-\(wave)-\(index)", pulse.from.adding(days: index * pulse.days / 180).description, pulse.touchpoints[index % pulse.touchpoints.count],
                    pulse.channel, String(good ? 8 + index % 3 : 5 + index % 3), String(good ? 4 + index % 2 : 3), String(good ? 5 + index % 3 : 4),
                    pulse.comments[index % pulse.comments.count]])
            }
        }
        let path = NSTemporaryDirectory() + "align-demo-pulse-\(UUID().uuidString).csv"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let settings = ImportSettings(format: .csv, columns: [.text: "comment", .date: "submitted", .externalID: "response_id", .touchpoint: "touchpoint",
                                                               .channel: "channel", .nps: "nps", .csat: "csat", .ces: "ces"])
        let result = try await ImportRun.importFile(path, name: pulseFileName, settings: settings, organizationID: orgID, createdBy: nil,
                                                    proposeLinks: false, on: db).feedbackImport
        return result.imported + 1
    }
}
