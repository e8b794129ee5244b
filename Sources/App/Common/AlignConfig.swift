import Foundation

/// Where Align keeps its data.
public enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)
}

/// Every setting, read once at start from the environment (and `.env`), with defaults that let
/// `align serve` start with nothing set.
public struct AlignConfig: Sendable, Equatable {
    public var host: String = "127.0.0.1"
    public var port: Int = 8080
    public var database: DatabaseLocation = .sqlite(path: "align.sqlite")
    /// PostgreSQL schemas to work in, first first; nil for the server's default. Set by tests that give each run a schema.
    public var postgresSearchPath: [String]?
    public var logLevel: String = "info"
    /// Marks the session cookie Secure; set when Align is reached over HTTPS.
    public var secureCookies = false
    /// Seconds between runs of the scheduled jobs (reminders, webhook deliveries) in `align serve`; 0 runs none.
    public var jobsInterval = 60
    /// Whether GET answers are kept while the database is unchanged (`PageCache`), and how many megabytes of them.
    public var pageCache = PageCacheMode.on
    public var pageCacheMegabytes = 32
    /// Proxies whose `X-Forwarded-For` names the client (`ALIGN_TRUSTED_PROXIES`).
    public var trustedProxies: [AddressRange] = []
    public var logFormat = LogFormat.text
    /// Lets other addresses than loopback read /metrics; nil leaves it to loopback.
    public var metricsToken: String?
    /// Days finished work and old attempts are kept before housekeeping removes them.
    public var retentionDays = 30

    public init() {}

    /// The settings Align understands, with what each does; anything else starting `ALIGN_` is refused.
    public static let settings: [(name: String, meaning: String)] = [
        ("ALIGN_HOST", "address to listen on (default 127.0.0.1)"),
        ("ALIGN_PORT", "port to listen on, 1–65535 (default 8080)"),
        ("ALIGN_SQLITE_PATH", "SQLite file used when DATABASE_URL is not set (default align.sqlite)"),
        ("DATABASE_URL", "postgres://user:password@host:port/database switches to PostgreSQL"),
        ("ALIGN_LOG_LEVEL", "trace, debug, info, notice, warning, error or critical (default info)"),
        ("ALIGN_SECURE_COOKIES", "true when Align is served over HTTPS: session cookies are then sent only over TLS (default false)"),
        ("ALIGN_JOBS_INTERVAL", "seconds between runs of scheduled reminders and webhook deliveries in align serve, 0–86400; 0 runs none (default 60)"),
        ("ALIGN_PAGE_CACHE", "on, off or verify: keep pages and API reads while the database is unchanged; verify also recomputes each and refuses a difference (default on)"),
        ("ALIGN_PAGE_CACHE_MB", "megabytes of kept pages per align serve process, 1–4096 (default 32)"),
    ] + operationSettings

    public struct Invalid: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    /// Reads settings from `environment`, overlaid on `dotEnv` (the environment wins).
    public static func load(environment: [String: String], dotEnv: [String: String] = [:]) throws -> AlignConfig {
        let values = dotEnv.merging(environment) { _, fromEnvironment in fromEnvironment }
        let known = Set(settings.map(\.name))
        let unknown = values.keys.filter { $0.hasPrefix("ALIGN_") && !known.contains($0) }.sorted()
        if let first = unknown.first {
            throw Invalid(description: "Unknown setting \(first). Known settings: \(settings.map(\.name).joined(separator: ", ")).")
        }
        var config = AlignConfig()
        if let host = values["ALIGN_HOST"], !host.isEmpty { config.host = host }
        if let port = values["ALIGN_PORT"] { config.port = try parsePort(port, setting: "ALIGN_PORT") }
        if let path = values["ALIGN_SQLITE_PATH"], !path.isEmpty { config.database = .sqlite(path: path) }
        if let url = values["DATABASE_URL"], !url.isEmpty { config.database = try parseDatabaseURL(url, setting: "DATABASE_URL") }
        if let level = values["ALIGN_LOG_LEVEL"] {
            let levels = ["trace", "debug", "info", "notice", "warning", "error", "critical"]
            guard levels.contains(level) else {
                throw Invalid(description: "ALIGN_LOG_LEVEL must be one of \(levels.joined(separator: ", ")); got \"\(level)\".")
            }
            config.logLevel = level
        }
        if let secure = values["ALIGN_SECURE_COOKIES"] {
            guard let flag = ["true": true, "false": false, "1": true, "0": false][secure.lowercased()] else {
                throw Invalid(description: "ALIGN_SECURE_COOKIES must be true or false; got \"\(secure)\".")
            }
            config.secureCookies = flag
        }
        if let interval = values["ALIGN_JOBS_INTERVAL"] {
            guard let seconds = Int(interval), (0...86_400).contains(seconds) else {
                throw Invalid(description: "ALIGN_JOBS_INTERVAL must be a whole number of seconds from 0 to 86400; got \"\(interval)\".")
            }
            config.jobsInterval = seconds
        }
        try loadPageCache(values, into: &config)
        try loadOperations(values, into: &config)
        return config
    }

    static func loadPageCache(_ values: [String: String], into config: inout AlignConfig) throws {
        if let mode = values["ALIGN_PAGE_CACHE"] {
            guard let parsed = PageCacheMode(rawValue: mode) else {
                throw Invalid(description: "ALIGN_PAGE_CACHE must be on, off or verify; got \"\(mode)\".")
            }
            config.pageCache = parsed
        }
        if let size = values["ALIGN_PAGE_CACHE_MB"] {
            guard let megabytes = Int(size), (1...4096).contains(megabytes) else {
                throw Invalid(description: "ALIGN_PAGE_CACHE_MB must be a whole number of megabytes from 1 to 4096; got \"\(size)\".")
            }
            config.pageCacheMegabytes = megabytes
        }
    }

    public static func parsePort(_ text: String, setting: String) throws -> Int {
        guard let port = Int(text), (1...65535).contains(port) else {
            throw Invalid(description: "\(setting) must be a port number from 1 to 65535; got \"\(text)\".")
        }
        return port
    }

    public static func parseDatabaseURL(_ text: String, setting: String) throws -> DatabaseLocation {
        guard let url = URLComponents(string: text), let scheme = url.scheme else {
            throw Invalid(description: "\(setting) must be a URL such as postgres://user:password@localhost:5432/align; got \"\(text)\".")
        }
        switch scheme {
        case "postgres", "postgresql":
            guard url.host?.isEmpty == false, url.path.count > 1 else {
                throw Invalid(description: "\(setting) must name a host and a database, e.g. postgres://user:password@localhost:5432/align.")
            }
            return .postgres(url: text)
        case "sqlite":
            let path = text.dropFirst("sqlite://".count)
            guard !path.isEmpty else { throw Invalid(description: "\(setting) sqlite:// URL must name a file.") }
            return .sqlite(path: String(path))
        default:
            throw Invalid(description: "\(setting) must start with postgres:// (or sqlite://); got scheme \"\(scheme)\".")
        }
    }

    /// Parses `KEY=value` lines, ignoring blanks and `#` comments; quotes around values are removed.
    public static func parseDotEnv(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { continue }
            let key = trimmed[..<equals].trimmingCharacters(in: .whitespaces)
            var value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
                value = String(value.dropFirst().dropLast())
            }
            result[key.hasPrefix("export ") ? String(key.dropFirst(7)) : key] = value
        }
        return result
    }
}
