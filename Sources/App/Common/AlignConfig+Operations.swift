import Foundation

/// The settings for running Align in production: behind a proxy, watched, logged and kept tidy.
extension AlignConfig {
    public enum LogFormat: String, Sendable, Equatable {
        case text, json
    }

    static let operationSettings: [(name: String, meaning: String)] = [
        ("ALIGN_TRUSTED_PROXIES", "comma-separated addresses or ranges (10.0.0.0/8, ::1) of proxies such as nginx whose X-Forwarded-For names the client, for the sign-in limit per address and the logs (default none)"),
        ("ALIGN_LOG_FORMAT", "text or json: json writes one object per line, each with the request id of the request it belongs to (default text)"),
        ("ALIGN_METRICS_TOKEN", "a token (at least 24 characters) that lets other addresses than loopback read /metrics with Authorization: Bearer; without it only loopback may (default none)"),
        ("ALIGN_RETENTION_DAYS", "days finished jobs, delivered webhook attempts, sign-in attempts and expired sessions are kept before the daily housekeeping removes them, 1–3650 (default 30)"),
    ]

    static func loadOperations(_ values: [String: String], into config: inout AlignConfig) throws {
        if let list = values["ALIGN_TRUSTED_PROXIES"] {
            let entries = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            config.trustedProxies = try entries.map { entry in
                guard let range = AddressRange(entry) else {
                    throw Invalid(description: "ALIGN_TRUSTED_PROXIES must list IP addresses or ranges such as 127.0.0.1 or 10.0.0.0/8; \"\(entry)\" is neither.")
                }
                return range
            }
        }
        if let format = values["ALIGN_LOG_FORMAT"] {
            guard let parsed = LogFormat(rawValue: format) else {
                throw Invalid(description: "ALIGN_LOG_FORMAT must be text or json; got \"\(format)\".")
            }
            config.logFormat = parsed
        }
        if let token = values["ALIGN_METRICS_TOKEN"] {
            guard token.count >= 24, token.allSatisfy({ $0.isASCII && !$0.isWhitespace }) else {
                throw Invalid(description: "ALIGN_METRICS_TOKEN must be at least 24 characters without spaces; a shorter one can be guessed.")
            }
            config.metricsToken = token
        }
        if let days = values["ALIGN_RETENTION_DAYS"] {
            guard let count = Int(days), (1...3650).contains(count) else {
                throw Invalid(description: "ALIGN_RETENTION_DAYS must be a whole number of days from 1 to 3650; got \"\(days)\".")
            }
            config.retentionDays = count
        }
    }
}
