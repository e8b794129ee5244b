import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Whether pages and API reads are answered from `PageCache`: `verify` answers from it too, but also
/// computes each page again and refuses (500) when the two differ, so tests find a page kept too long.
public enum PageCacheMode: String, Sendable, Equatable, CaseIterable {
    case on, off, verify
}

/// Answers to GET requests as they were sent, by who asked (session cookie or API token), what they asked
/// for (path and query) and the database's version (`DataVersion`) read before the answer was computed.
/// An answer is given again only while the version is the same, so it is what the page would show now;
/// entries also lapse after `lifetime`, for what a page says relative to the clock ("today", "overdue").
/// The least recently used go first once the kept bodies pass `budget` bytes.
final class PageCache: Sendable {
    struct Key: Hashable, Sendable {
        let credential: String
        let uri: String
    }

    private struct Entry {
        let version: String
        let stored: Date
        let status: HTTPResponseStatus
        let headers: HTTPHeaders
        let body: ByteBuffer
        var lastUsed: UInt64
    }

    private struct State {
        var entries: [Key: Entry] = [:]
        var bytes = 0
        var clock: UInt64 = 0
        var hits = 0
        /// Answers being computed, by key, with the version and the requests waiting for them.
        var computing: [Key: (version: String, waiting: [CheckedContinuation<Void, Never>])] = [:]
    }

    let budget: Int
    let lifetime: TimeInterval
    private let state = NIOLockedValueBox(State())

    init(budget: Int, lifetime: TimeInterval = 30) {
        self.budget = budget
        self.lifetime = lifetime
    }

    /// The key of a request whose answer may be kept: a GET from someone signed in, without a Range.
    static func key(for request: Request, cookieName: String) -> Key? {
        guard request.method == .GET, request.headers.first(name: .range) == nil else { return nil }
        let cookie = request.cookies[cookieName]?.string
        let authorization = request.headers.first(name: .authorization)
        guard cookie != nil || authorization != nil else { return nil }
        return Key(credential: "\(cookie ?? "")\u{0}\(authorization ?? "")", uri: request.url.string)
    }

    /// The kept answer for `key` if it was computed at `version` and has not lapsed.
    func response(for key: Key, version: String, now: Date = Date()) -> Response? {
        state.withLockedValue { state -> Response? in
            guard let entry = state.entries[key] else { return nil }
            guard entry.version == version, now.timeIntervalSince(entry.stored) < lifetime else {
                state.bytes -= entry.body.readableBytes
                state.entries[key] = nil
                return nil
            }
            state.clock += 1
            state.hits += 1
            state.entries[key]?.lastUsed = state.clock
            return Response(status: entry.status, headers: entry.headers, body: .init(buffer: entry.body))
        }
    }

    /// Keeps a successful, complete answer; streamed bodies and bodies over an eighth of the budget are not kept.
    func keep(_ response: Response, for key: Key, version: String, now: Date = Date()) {
        guard response.status == .ok, let body = response.body.buffer, body.readableBytes <= budget / 8 else { return }
        state.withLockedValue { state in
            state.clock += 1
            if let old = state.entries[key] { state.bytes -= old.body.readableBytes }
            state.entries[key] = Entry(version: version, stored: now, status: response.status, headers: response.headers,
                                       body: body, lastUsed: state.clock)
            state.bytes += body.readableBytes
            while state.bytes > budget, let oldest = state.entries.min(by: { $0.value.lastUsed < $1.value.lastUsed }) {
                state.bytes -= oldest.value.body.readableBytes
                state.entries[oldest.key] = nil
            }
        }
    }

    /// Claims the computation of `key` at `version`; false when another request is computing it already.
    func beginComputing(_ key: Key, version: String) -> Bool {
        state.withLockedValue { state in
            if let current = state.computing[key], current.version == version { return false }
            state.computing[key] = (version, state.computing[key]?.waiting ?? [])
            return true
        }
    }

    /// Returns once the computation of `key` at `version` has ended (at once if it already has).
    func awaitComputing(_ key: Key, version: String) async {
        await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
            state.withLockedValue { state in
                if let current = state.computing[key], current.version == version {
                    state.computing[key]!.waiting.append(waiter)
                } else {
                    waiter.resume()
                }
            }
        }
    }

    func endComputing(_ key: Key, version: String) {
        let waiting = state.withLockedValue { state -> [CheckedContinuation<Void, Never>] in
            guard let current = state.computing[key], current.version == version else { return [] }
            state.computing[key] = nil
            return current.waiting
        }
        for waiter in waiting { waiter.resume() }
    }

    /// How many answers and body bytes are kept, and how many requests were answered from them.
    var size: (entries: Int, bytes: Int, hits: Int) { state.withLockedValue { ($0.entries.count, $0.bytes, $0.hits) } }
}

extension Application {
    private struct PageCacheKey: StorageKey { typealias Value = PageCache }

    /// The kept answers of this process, unless ALIGN_PAGE_CACHE is off.
    var pageCache: PageCache? {
        get { storage[PageCacheKey.self] }
        set { storage[PageCacheKey.self] = newValue }
    }
}
