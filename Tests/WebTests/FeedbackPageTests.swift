import Domain
import Foundation
import Testing
import Web

@Suite struct FeedbackPageTests {
    typealias F = Fixture.Feedback

    // MARK: Scores

    @Test func scoresShowCardsTrendsAndTheBreakdown() throws {
        let html = ScoresView.render(ScoresModel(slug: Fixture.slug, overall: F.overall, dimension: "touchpoint", dimensions: F.dimensions,
                                     lines: F.touchpointLines, npsTrend: F.npsTrend, csatTrend: F.csatTrend), shell: Fixture.shell("Scores", current: "feedback"))
        try assertSnapshot(html, named: "full", suite: "ScoresView")
    }

    @Test func scoresWithoutAnswersPointToAnImport() throws {
        let html = ScoresView.render(ScoresModel(slug: Fixture.slug, overall: F.noAnswers, dimension: "touchpoint", dimensions: F.dimensions,
                                     lines: [], npsTrend: [], csatTrend: []), shell: Fixture.shell("Scores", current: "feedback"))
        try assertSnapshot(html, named: "empty", suite: "ScoresView")
    }

    // MARK: Themes

    @Test func themesShowCountsTouchpointsAndQuotes() throws {
        let html = ThemesView.render(ThemesModel(slug: Fixture.slug, themes: F.themes, computedAt: "2026-03-02 06:00 UTC", canRecompute: true), shell: Fixture.shell("Themes", current: "feedback"))
        try assertSnapshot(html, named: "full", suite: "ThemesView")
    }

    @Test func noThemesYetSaysWhatBringsThem() throws {
        let html = ThemesView.render(ThemesModel(slug: Fixture.slug, themes: [], computedAt: nil, canRecompute: false), shell: Fixture.shell("Themes", current: "feedback", notice: "Deleted the feedback item “" + Fixture.markup + "”."))
        try assertSnapshot(html, named: "empty", suite: "ThemesView")
    }

    // MARK: Imports

    @Test func importListShowsRunningFinishedStoppedAndWaitingImports() throws {
        let html = ImportsView.list(ImportsListModel([F.running, F.finished, F.failed, F.draft], slug: Fixture.slug, page: 1, pageCount: 2, total: 27,
                                    canImport: true), shell: Fixture.shell("Feedback imports", current: "feedback"))
        try assertSnapshot(html, named: "list", suite: "ImportsView")
    }

    @Test func noImportsYetExplainsHowImportingWorks() throws {
        let html = ImportsView.list(ImportsListModel([], slug: Fixture.slug, page: 1, pageCount: 1, total: 0, canImport: true), shell: Fixture.shell("Feedback imports", current: "feedback",
                                                         notice: "Discarded the upload “" + Fixture.markup + ".csv”."))
        try assertSnapshot(html, named: "empty", suite: "ImportsView")
    }

    @Test func noImportsForAViewerNamesWhoCanImport() throws {
        let html = ImportsView.list(ImportsListModel([], slug: Fixture.slug, page: 1, pageCount: 1, total: 0, canImport: false), shell: Fixture.shell("Feedback imports", current: "feedback"))
        try assertSnapshot(html, named: "empty-viewer", suite: "ImportsView")
    }

    @Test func uploadFormAsksForTheFileFirst() throws {
        let html = ImportsView.upload(ImportUploadModel(slug: Fixture.slug, format: .csv, error: nil), shell: Fixture.shell("Import feedback", current: "feedback"))
        try assertSnapshot(html, named: "upload", suite: "ImportsView")
    }

    @Test func refusedUploadSaysWhyAndKeepsTheFormat() throws {
        let html = ImportsView.upload(ImportUploadModel(slug: Fixture.slug, format: .formbricksHub,
                                      error: "“" + Fixture.markup + ".xlsx” is an Excel workbook. Save it as CSV UTF-8 first."), shell: Fixture.shell("Import feedback", current: "feedback"))
        try assertSnapshot(html, named: "upload-error", suite: "ImportsView")
    }

    @Test func csvMappingOffersEveryColumnAndPreviewsTheFirstRows() throws {
        let html = ImportDetailView.mapping(ImportMappingModel(F.draft, slug: Fixture.slug, columns: F.csvColumns, values: F.csvMappingValues, errors: [],
                                            fileError: nil, preview: F.preview), shell: Fixture.shell("Map the columns", current: "feedback"))
        try assertSnapshot(html, named: "mapping-csv", suite: "ImportDetailView")
    }

    @Test func formbricksMappingWithErrorsAndNoRowsToShow() throws {
        let html = ImportDetailView.mapping(ImportMappingModel(
            F.draftHub, slug: Fixture.slug, columns: ["touchpoint", "customer", "segment"],
            values: FormInput(single: ["column_touchpoint": "touchpoint", "source": "ticket"]),
            errors: [FieldError(field: "column_touchpoint", message: "No touchpoint in Align is called “Leek line” (row 2) " + Fixture.markup)],
            fileError: "The records name no touchpoint Align knows, so nothing would be linked.", preview: []), shell: Fixture.shell("Map the columns", current: "feedback"))
        try assertSnapshot(html, named: "mapping-hub-errors", suite: "ImportDetailView")
    }

    @Test func runningImportReloadsAndShowsProgress() throws {
        let html = ImportDetailView.status(ImportStatusModel(F.running, slug: Fixture.slug, rejections: []), shell: Fixture.shell("Import", current: "feedback", notice: "Started the import of “" + Fixture.markup + "”."))
        #expect(html.contains("http-equiv=\"refresh\""))
        try assertSnapshot(html, named: "status-running", suite: "ImportDetailView")
    }

    @Test func finishedImportListsTheFirstRejectedRows() throws {
        var model = ImportStatusModel(F.finished, slug: Fixture.slug, rejections: F.rejections, duplicates: F.duplicateRows)
        model.scores = F.overall
        model.themes = [("transferred between departments " + Fixture.markup, 41, Paths.list(Fixture.slug, .feedback, query: ["theme": "transferred"])),
                        ("account number", 1, Paths.list(Fixture.slug, .feedback, query: ["theme": "account number"]))]
        let html = ImportDetailView.status(model, shell: Fixture.shell("Import", current: "feedback"))
        #expect(!html.contains("http-equiv=\"refresh\""))
        try assertSnapshot(html, named: "status-finished", suite: "ImportDetailView")
    }

    @Test func interruptedImportOffersToResume() throws {
        let html = ImportDetailView.status(ImportStatusModel(F.interrupted, slug: Fixture.slug, rejections: []), shell: Fixture.shell("Import", current: "feedback"))
        #expect(!html.contains("http-equiv=\"refresh\""))
        #expect(html.contains("Resume the import"))
        try assertSnapshot(html, named: "status-interrupted", suite: "ImportDetailView")
    }

    @Test func stoppedImportShowsWhatWentWrong() throws {
        let html = ImportDetailView.status(ImportStatusModel(F.failed, slug: Fixture.slug, rejections: []), shell: Fixture.shell("Import", current: "feedback"))
        try assertSnapshot(html, named: "status-stopped", suite: "ImportDetailView")
    }
}
