import Domain
import Foundation
import Web

extension Fixture {
    /// Scores, themes and imports of survey answers and tickets.
    enum Feedback {
        static let leakLine = id(301), leakForm = id(302), crew = id(303), billLetter = id(304)
        static let runningImport = id(310), finishedImport = id(311), failedImport = id(312), draftImport = id(313)

        // MARK: Scores

        /// An estimate computed the way the pages get it: from a tally of answers.
        static func nps(promoters: Int, passives: Int, detractors: Int) -> ScoreEstimate? {
            var tally = ScaleTally.nps
            tally.add(10, times: promoters)
            tally.add(8, times: passives)
            tally.add(3, times: detractors)
            return Scores.nps(tally)
        }

        static func csat(_ answers: [Int]) -> ScoreEstimate? {
            var tally = ScaleTally.csat
            for (index, count) in answers.enumerated() { tally.add(index + 1, times: count) }
            return Scores.csat(tally)
        }

        static func ces(_ answers: [Int]) -> ScaleTally {
            var tally = ScaleTally.ces
            for (index, count) in answers.enumerated() { tally.add(index + 1, times: count) }
            return tally
        }

        static var overall: ScoreLine {
            let effort = ces([40, 60, 120, 200, 310, 240, 130])
            return ScoreLine(label: "All answers", url: nil, nps: nps(promoters: 620, passives: 540, detractors: 682),
                             csat: csat([120, 180, 310, 620, 612]), cesMean: Scores.cesMean(effort), cesEasy: Scores.cesEasy(effort),
                             answers: 1842)
        }

        static var touchpointLines: [ScoreLine] {
            let lineEffort = ces([30, 40, 60, 80, 50, 20, 10]), crewEffort = ces([0, 0, 0, 0, 0, 0, 0])
            return [
                ScoreLine(label: "Leak report line", url: Paths.item(slug, .touchpoints, leakLine),
                          nps: nps(promoters: 80, passives: 90, detractors: 190), csat: csat([40, 50, 80, 110, 80]),
                          cesMean: Scores.cesMean(lineEffort), cesEasy: Scores.cesEasy(lineEffort), answers: 360),
                ScoreLine(label: "Online leak form " + markup, url: Paths.item(slug, .touchpoints, leakForm),
                          nps: nps(promoters: 50, passives: 30, detractors: 20), csat: nil, cesMean: nil, cesEasy: nil, answers: 100),
                ScoreLine(label: "Repair crew on site", url: Paths.item(slug, .touchpoints, crew),
                          nps: nps(promoters: 1, passives: 0, detractors: 0), csat: csat([0, 0, 0, 0, 1]),
                          cesMean: Scores.cesMean(crewEffort), cesEasy: Scores.cesEasy(crewEffort), answers: 1),
                ScoreLine(label: "No touchpoint", url: nil, nps: nil, csat: csat([5, 5, 10, 20, 10]), cesMean: nil, cesEasy: nil, answers: 50),
            ]
        }

        static let dimensions: [(value: String, label: String)] = [
            ("touchpoint", "Touchpoint"), ("stage", "Stage"), ("segment", "Customer segment"), ("channel", "Channel"), ("month", "Month"),
        ]

        /// Six months, one with no answers at all.
        static var npsTrend: [TrendPoint] {
            [TrendPoint(label: "2025-10", estimate: nps(promoters: 90, passives: 80, detractors: 130)),
             TrendPoint(label: "2025-11", estimate: nps(promoters: 100, passives: 90, detractors: 120)),
             TrendPoint(label: "2025-12", estimate: nil),
             TrendPoint(label: "2026-01", estimate: nps(promoters: 110, passives: 95, detractors: 105)),
             TrendPoint(label: "2026-02", estimate: nps(promoters: 120, passives: 100, detractors: 97)),
             TrendPoint(label: "2026-03 <b>", estimate: nps(promoters: 40, passives: 30, detractors: 20))]
        }

        static var csatTrend: [TrendPoint] {
            [TrendPoint(label: "2025-10", estimate: csat([30, 40, 60, 100, 70])),
             TrendPoint(label: "2025-11", estimate: csat([25, 35, 60, 110, 80])),
             TrendPoint(label: "2025-12", estimate: nil),
             TrendPoint(label: "2026-01", estimate: csat([20, 30, 55, 120, 85])),
             TrendPoint(label: "2026-02", estimate: csat([15, 30, 50, 130, 92])),
             TrendPoint(label: "2026-03 <b>", estimate: csat([5, 10, 15, 35, 25]))]
        }

        static var noAnswers: ScoreLine {
            ScoreLine(label: "All answers", url: nil, nps: nil, csat: nil, cesMean: nil, cesEasy: nil, answers: 0)
        }

        // MARK: Themes

        static var themes: [ThemeCard] {
            [ThemeCard(name: "estimated bill", count: 214, explanation: "uses the words “estimated” and “bill”",
                       trend: "rising: 38 this month, 21 the month before",
                       recentMonths: [("2026-01", 19), ("2026-02", 21), ("2026-03", 38)],
                       touchpoints: [("First bill letter", Paths.item(slug, .touchpoints, billLetter), 88),
                                     ("Leak report line", Paths.item(slug, .touchpoints, leakLine), 61)],
                       quotes: [("Third estimated bill in a row, nobody has read the meter since June.", Paths.item(slug, .feedback, id(320))),
                                ("The bill says estimated " + markup, Paths.item(slug, .feedback, id(321)))],
                       negativePercent: 81, listURL: Paths.list(slug, .feedback, query: ["theme": "estimated bill"])),
             ThemeCard(name: "low pressure <b>mornings</b>", count: 57, explanation: "uses the words “pressure” and “morning”",
                       trend: "steady", recentMonths: [("2026-02", 9), ("2026-03", 11)],
                       touchpoints: [("Leak report line", Paths.item(slug, .touchpoints, leakLine), 12)],
                       quotes: [("No pressure in the shower before 8am for a week.", Paths.item(slug, .feedback, id(322)))],
                       negativePercent: 64, listURL: Paths.list(slug, .feedback, query: ["theme": "low pressure <b>mornings</b>"])),
             ThemeCard(name: "friendly crew", count: 12, explanation: "uses the words “friendly” and “crew”", trend: "new this month",
                       recentMonths: [], touchpoints: [], quotes: [], negativePercent: 0,
                       listURL: Paths.list(slug, .feedback, query: ["theme": "friendly crew"]))]
        }

        // MARK: Imports

        static var running: ImportSummary {
            ImportSummary(id: runningImport, fileName: "nps-march-2026.csv", format: .csv, statusLabel: "Importing", tone: .warn,
                          isDraft: false, isActive: true, percent: 42, rowsRead: 8400, imported: 8100, duplicates: 250, rejected: 0,
                          started: "2026-03-03 09:30 UTC", error: nil)
        }

        static var finished: ImportSummary {
            ImportSummary(id: finishedImport, fileName: "contact-centre-tickets-feb.csv", format: .csv, statusLabel: "Finished", tone: .good,
                          isDraft: false, isActive: false, percent: 100, rowsRead: 12_480, imported: 12_310, duplicates: 120, rejected: 50,
                          started: "2026-03-02 17:05 UTC", error: nil)
        }

        static var failed: ImportSummary {
            ImportSummary(id: failedImport, fileName: "hub-export.jsonl", format: .formbricksHub, statusLabel: "Stopped", tone: .bad,
                          isDraft: false, isActive: false, percent: 7, rowsRead: 1203, imported: 0, duplicates: 0, rejected: 0,
                          started: "2026-03-01 07:12 UTC", error: "Line 1 204: expected a JSON object, found " + markup)
        }

        /// Cut off by a restart after 8,400 rows, its upload kept to resume.
        static var interrupted: ImportSummary {
            var summary = running
            (summary.statusLabel, summary.tone, summary.isActive, summary.isInterrupted, summary.canResume) = ("Interrupted", .warn, false, true, true)
            summary.error = "Align stopped while this import ran."
            return summary
        }

        /// The first rows an import skipped: the rule and the row each repeats.
        static var duplicateRows: [[Cell]] {
            [[.text("14"), .text("Same external id"), .link("the same external id “R_9 " + markup + "” as line 3 of “nps-feb.csv”",
                                                            url: "/orgs/riverbend-water/feedback/" + id(320).uuidString)],
             [.text("15"), .text("Same content"), .link("the same content (every mapped column, and as many rows alike before it) as line 15 of this file",
                                                        url: "/orgs/riverbend-water/feedback/" + id(321).uuidString)]]
        }

        static var draft: ImportSummary {
            ImportSummary(id: draftImport, fileName: "survey " + markup + ".csv", format: .csv, statusLabel: "Waiting for column choices",
                          tone: .neutral, isDraft: true, isActive: false, percent: 0, rowsRead: 0, imported: 0, duplicates: 0, rejected: 0,
                          started: "2026-02-27 08:00 UTC", error: nil)
        }

        static var draftHub: ImportSummary {
            var summary = draft
            summary.fileName = "formbricks-hub-march.json"
            summary.format = .formbricksHub
            return summary
        }

        static let csvColumns = ["Response ID", "Recorded date", "Account", "Touchpoint", "How likely are you to recommend us? (0-10)",
                                 "Comment " + markup]

        static var csvMappingValues: FormInput {
            FormInput(single: ["header_row": "1", "first_data_row": "", "column_text": "Comment " + markup, "column_date": "Recorded date",
                               "column_customer": "Account", "column_touchpoint": "Touchpoint",
                               "column_nps": "How likely are you to recommend us? (0-10)", "column_external_id": "Response ID",
                               "labels_csat": "Very satisfied = 5\nSatisfied = 4", "source": "survey"])
        }

        /// The first rows as they would import: one in, one rejected, one duplicate.
        static var preview: [[Cell]] {
            [[.text("2"), .badge("Imports", tone: .good), .prose("Waited 40 minutes on the leak line.\nThen cut off " + markup),
              .text("2026-03-01"), .text("Leak report line"), .text("2"), .muted("—"), .muted("—")],
             [.text("3"), .badge("Rejected: NPS must be a whole number from 0 to 10", tone: .bad), .prose("Great crew."), .text("2026-03-01"),
              .text("Repair crew on site"), .text("11"), .muted("—"), .muted("—")],
             [.text("4"), .badge("Duplicate: already imported", tone: .neutral), .prose("Bill was estimated again."), .text("2026-02-28"),
              .muted("—"), .text("5"), .muted("—"), .muted("—")]]
        }

        static var rejections: [[Cell]] {
            [[.text("3"), .text("How likely are you to recommend us? (0-10)"), .text("NPS must be a whole number from 0 to 10, not “11”.")],
             [.text("17"), .text("Recorded date"), .text("Date must be YYYY-MM-DD, not “03/02/2026”.")],
             [.text("40"), .text("Comment " + markup), .text("Feedback text is required.")]]
        }
    }
}
