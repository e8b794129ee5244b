@testable import App
import Testing

@Suite struct ConfigTests {
    @Test func nothingSetMeansSQLiteInTheWorkingDirectoryOnLoopback8080() throws {
        let config = try AlignConfig.load(environment: [:])
        #expect(config.host == "127.0.0.1")
        #expect(config.port == 8080)
        #expect(config.database == .sqlite(path: "align.sqlite"))
    }

    @Test func databaseURLSwitchesToPostgres() throws {
        let config = try AlignConfig.load(environment: ["DATABASE_URL": "postgres://a:b@localhost:5432/align"])
        #expect(config.database == .postgres(url: "postgres://a:b@localhost:5432/align"))
    }

    @Test(arguments: [
        (["ALIGN_PORT": "80x"], "ALIGN_PORT"), (["ALIGN_PORT": "70000"], "ALIGN_PORT"),
        (["ALIGN_PROT": "8080"], "Unknown setting ALIGN_PROT"), (["DATABASE_URL": "mysql://x/y"], "DATABASE_URL"),
        (["DATABASE_URL": "postgres://"], "DATABASE_URL"), (["ALIGN_LOG_LEVEL": "loud"], "ALIGN_LOG_LEVEL"),
        (["ALIGN_PAGE_CACHE": "yes"], "ALIGN_PAGE_CACHE must be on, off or verify"),
        (["ALIGN_PAGE_CACHE_MB": "0"], "ALIGN_PAGE_CACHE_MB"), (["ALIGN_PAGE_CACHE_MB": "32mb"], "ALIGN_PAGE_CACHE_MB"),
    ])
    func invalidSettingsFailWithAMessageNamingThem(environment: [String: String], expected: String) {
        #expect {
            try AlignConfig.load(environment: environment)
        } throws: { error in
            (error as? AlignConfig.Invalid)?.description.contains(expected) == true
        }
    }

    @Test func environmentWinsOverDotEnvAndDotEnvIsParsed() throws {
        let dotEnv = AlignConfig.parseDotEnv("# comment\nALIGN_PORT=9000\nexport ALIGN_HOST=\"0.0.0.0\"\n\n")
        #expect(dotEnv == ["ALIGN_PORT": "9000", "ALIGN_HOST": "0.0.0.0"])
        let config = try AlignConfig.load(environment: ["ALIGN_PORT": "9100"], dotEnv: dotEnv)
        #expect(config.port == 9100)
        #expect(config.host == "0.0.0.0")
    }

    @Test func secureCookiesAreSwitchedOnExplicitly() throws {
        #expect(try AlignConfig.load(environment: [:]).secureCookies == false)
        #expect(try AlignConfig.load(environment: ["ALIGN_SECURE_COOKIES": "true"]).secureCookies == true)
        #expect(throws: AlignConfig.Invalid.self) { try AlignConfig.load(environment: ["ALIGN_SECURE_COOKIES": "maybe"]) }
    }

    @Test func pagesAreKeptUnlessSwitchedOffAndTheBudgetIsSet() throws {
        let defaults = try AlignConfig.load(environment: [:])
        #expect(defaults.pageCache == .on && defaults.pageCacheMegabytes == 32)
        let set = try AlignConfig.load(environment: ["ALIGN_PAGE_CACHE": "off", "ALIGN_PAGE_CACHE_MB": "256"])
        #expect(set.pageCache == .off && set.pageCacheMegabytes == 256)
        #expect(try AlignConfig.load(environment: ["ALIGN_PAGE_CACHE": "verify"]).pageCache == .verify)
    }
}
