import Vapor

extension Application {
    private struct ClientAddressKey: StorageKey { typealias Value = ClientAddressResolver }

    /// Set from `ALIGN_TRUSTED_PROXIES` at start; with none, every request's client is its peer.
    var clientAddresses: ClientAddressResolver {
        get { storage[ClientAddressKey.self] ?? ClientAddressResolver(trusted: []) }
        set { storage[ClientAddressKey.self] = newValue }
    }
}

extension Request {
    /// The address the request came from: the peer's, or the client's behind a trusted proxy.
    var clientAddress: String? {
        application.clientAddresses.client(peer: remoteAddress?.ipAddress, forwardedFor: headers[.xForwardedFor])
    }
}
