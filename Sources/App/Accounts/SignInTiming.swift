import NIOConcurrencyHelpers
import Vapor

extension Request {
    /// Whether `password` opens the account with `passwordHash`. With no account to check, a hash of a
    /// secret nobody holds is checked instead, made with the same hasher and cost: an unknown email then
    /// takes the same work as a wrong password, so the time of an answer says nothing about which
    /// emails have accounts.
    func verifySignIn(_ password: String, against passwordHash: String?) async throws -> Bool {
        guard let passwordHash else {
            _ = try await self.password.async.verify(password, created: try await application.decoyPasswordHash(self))
            return false
        }
        return try await self.password.async.verify(password, created: passwordHash)
    }
}

extension Application {
    private struct DecoyHashKey: StorageKey { typealias Value = NIOLockedValueBox<String?> }

    /// Where the decoy is kept; set up with the application, as requests must not write its storage.
    func keepDecoyPasswordHash() {
        storage[DecoyHashKey.self] = NIOLockedValueBox(nil)
    }

    /// Made once per process, on the first sign-in with an unknown email.
    func decoyPasswordHash(_ req: Request) async throws -> String {
        let make = { try await req.password.async.hash([UInt8].random(count: 32).base64) }
        guard let box = storage[DecoyHashKey.self] else { return try await make() }
        if let kept = box.withLockedValue({ $0 }) { return kept }
        let hash = try await make()
        return box.withLockedValue { kept in
            if kept == nil { kept = hash }
            return kept!
        }
    }
}
