import NIOConcurrencyHelpers
import Persistence
import Vapor
import Web

/// Sessions that touch the database only when something must be stored: a session nobody put
/// anything in is never created, one read and left as it was is not written back, and the health
/// check and static files skip sessions altogether (`WhenNeeded` never hands them to it).
struct SessionsWhereNeeded: AsyncMiddleware {
    let sessions: any Middleware

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await sessions.respond(to: request, chainingTo: next).get()
    }
}

/// A session driver that writes through to `base` only when the data changed since it was read.
struct WriteOnChangeSessionDriver: SessionDriver {
    let base: any SessionDriver
    /// How many sessions were created or written back, for tests and metrics.
    let writes: NIOLockedValueBox<Int>

    private struct ReadKey: StorageKey { typealias Value = [String: SessionData] }

    func createSession(_ data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        // An empty session holds nothing worth a row (and its cookie leads nowhere, which is harmless).
        guard !data.snapshot.isEmpty else { return request.eventLoop.makeSucceededFuture(SessionID(string: Self.unstoredID())) }
        writes.withLockedValue { $0 += 1 }
        var dated = data
        // When it began, so it ends after `Housekeeping.sessionLifetime` whatever its cookie says, and housekeeping can find it.
        dated["since"] = String(Int(Date().timeIntervalSince1970))
        return base.createSession(dated, for: request)
    }

    /// Read as one plain row (`AlignStore.sessionValues`) rather than through the base driver's query
    /// builder: every signed-in request reads its session.
    func readSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<SessionData?> {
        request.eventLoop.makeFutureWithTask {
            try await request.store.sessionValues(key: sessionID.string).flatMap { values in
                Self.hasExpired(values, now: Date()) ? nil : SessionData(initialData: values)
            }
        }.map { data in
            if let data {
                var read = request.storage[ReadKey.self] ?? [:]
                read[sessionID.string] = data
                request.storage[ReadKey.self] = read
            }
            return data
        }
    }

    func updateSession(_ sessionID: SessionID, to data: SessionData, for request: Request) -> EventLoopFuture<SessionID> {
        if request.storage[ReadKey.self]?[sessionID.string] == data { return request.eventLoop.makeSucceededFuture(sessionID) }
        writes.withLockedValue { $0 += 1 }
        return base.updateSession(sessionID, to: data, for: request)
    }

    func deleteSession(_ sessionID: SessionID, for request: Request) -> EventLoopFuture<Void> {
        base.deleteSession(sessionID, for: request)
    }

    /// A session dated before `Housekeeping.sessionLifetime` is over, even while its row waits for housekeeping.
    static func hasExpired(_ values: [String: String], now: Date) -> Bool {
        guard let since = values["since"].flatMap(Double.init) else { return false }
        return now.timeIntervalSince1970 - since > Housekeeping.sessionLifetime
    }

    static func unstoredID() -> String { Data([UInt8].random(count: 32)).base64EncodedString() }
}

extension Application {
    private struct SessionWritesKey: StorageKey { typealias Value = NIOLockedValueBox<Int> }

    /// How many sessions were created or written back since start.
    var sessionWrites: Int { storage[SessionWritesKey.self]?.withLockedValue { $0 } ?? 0 }

    /// Stores sessions with `driver`, writing only what changed.
    func useSessionsWhereNeeded(_ driver: any SessionDriver) {
        let writes = NIOLockedValueBox(0)
        storage[SessionWritesKey.self] = writes
        sessions.use { _ in WriteOnChangeSessionDriver(base: driver, writes: writes) }
    }
}
