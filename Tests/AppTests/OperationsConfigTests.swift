@testable import App
import Testing

@Suite struct OperationsConfigTests {
    @Test func defaultsTrustNoProxyLogTextAndKeepThirtyDays() throws {
        let config = try AlignConfig.load(environment: [:])
        #expect(config.trustedProxies.isEmpty)
        #expect(config.logFormat == .text)
        #expect(config.metricsToken == nil)
        #expect(config.retentionDays == 30)
    }

    @Test func settingsAreRead() throws {
        let config = try AlignConfig.load(environment: [
            "ALIGN_TRUSTED_PROXIES": "127.0.0.1, 10.0.0.0/8,::1", "ALIGN_LOG_FORMAT": "json",
            "ALIGN_METRICS_TOKEN": "metrics-token-0123456789abcdef", "ALIGN_RETENTION_DAYS": "7",
        ])
        #expect(config.trustedProxies.map(\.description) == ["127.0.0.1", "10.0.0.0/8", "::1"])
        #expect(config.logFormat == .json)
        #expect(config.metricsToken == "metrics-token-0123456789abcdef")
        #expect(config.retentionDays == 7)
    }

    @Test(arguments: [
        (["ALIGN_TRUSTED_PROXIES": "nginx.local"], "\"nginx.local\" is neither"),
        (["ALIGN_TRUSTED_PROXIES": "10.0.0.0/33"], "\"10.0.0.0/33\" is neither"),
        (["ALIGN_LOG_FORMAT": "xml"], "ALIGN_LOG_FORMAT must be text or json"),
        (["ALIGN_METRICS_TOKEN": "short"], "at least 24 characters"),
        (["ALIGN_RETENTION_DAYS": "0"], "ALIGN_RETENTION_DAYS"), (["ALIGN_RETENTION_DAYS": "a week"], "ALIGN_RETENTION_DAYS"),
    ])
    func invalidSettingsAreNamed(environment: [String: String], expected: String) {
        #expect {
            try AlignConfig.load(environment: environment)
        } throws: { error in
            (error as? AlignConfig.Invalid)?.description.contains(expected) == true
        }
    }

    @Test(arguments: [
        ("10.0.0.0/8", "10.200.3.4", true), ("10.0.0.0/8", "11.0.0.1", false), ("192.168.1.0/25", "192.168.1.127", true),
        ("192.168.1.0/25", "192.168.1.128", false), ("127.0.0.1", "127.0.0.1", true), ("127.0.0.1", "127.0.0.2", false),
        ("::1", "::1", true), ("::1", "127.0.0.1", false), ("fd00::/8", "fd12:3456::1", true), ("127.0.0.1", "::ffff:127.0.0.1", true),
        ("0.0.0.0/0", "203.0.113.9", true), ("10.0.0.0/8", "not an address", false),
    ])
    func rangesHoldTheirAddresses(range: String, address: String, inside: Bool) throws {
        #expect(try #require(AddressRange(range)).contains(address) == inside)
    }

    static let nginx = ClientAddressResolver(trusted: [AddressRange("127.0.0.1")!, AddressRange("10.0.0.0/8")!])

    @Test func aPeerThatIsNoTrustedProxyIsTheClientWhateverItForwards() {
        #expect(Self.nginx.client(peer: "203.0.113.9", forwardedFor: ["198.51.100.1"]) == "203.0.113.9")
        #expect(ClientAddressResolver(trusted: []).client(peer: "127.0.0.1", forwardedFor: ["198.51.100.1"]) == "127.0.0.1")
    }

    @Test func behindTrustedProxiesTheNearestUntrustedHopIsTheClient() {
        #expect(Self.nginx.client(peer: "127.0.0.1", forwardedFor: ["198.51.100.1"]) == "198.51.100.1")
        // The left-most entry is whatever the client wrote; the hop our proxies added is the right-most untrusted one.
        #expect(Self.nginx.client(peer: "127.0.0.1", forwardedFor: ["6.6.6.6, 198.51.100.1, 10.1.2.3"]) == "198.51.100.1")
        #expect(Self.nginx.client(peer: "127.0.0.1", forwardedFor: ["6.6.6.6", "198.51.100.1"]) == "198.51.100.1")
        #expect(Self.nginx.client(peer: "127.0.0.1", forwardedFor: []) == "127.0.0.1")
        #expect(Self.nginx.client(peer: "127.0.0.1", forwardedFor: ["10.0.0.5"]) == "10.0.0.5")
        #expect(Self.nginx.client(peer: "127.0.0.1", forwardedFor: ["<script>"]) == "127.0.0.1")
    }
}
