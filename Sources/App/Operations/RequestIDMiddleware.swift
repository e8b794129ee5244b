import Vapor
import Web

extension Request {
    /// The id every log line of this request carries, also sent back as `X-Request-Id` and shown on error pages.
    var requestID: String? {
        if case .string(let id)? = logger[metadataKey: "request-id"] { return id }
        return nil
    }
}

/// Gives every request an id that is safe to log and show, answers it in `X-Request-Id`, and writes
/// one line when the request is answered (method, path, status, time taken, client address): at
/// `debug`, or at `info` when it took a second or more. A line per request at `info` took a fifth of
/// the pages' speed; behind nginx its own access log names each request by the same id.
struct RequestIDMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        // Health checks and scrapes come every few seconds and would drown the lines worth reading.
        // Told by the matched route, not `request.url.path`, which Vapor parses afresh on every read.
        if Self.isOperatorRoute(request.route) { return try await next.respond(to: request) }
        // A proxy's id is kept so its logs and ours match; anything else a client sends is replaced,
        // as it would be written into every line and every error page.
        if let given = request.headers.first(name: .xRequestId), !Self.isSafe(given) {
            request.logger[metadataKey: "request-id"] = .string(UUID().uuidString)
        }
        let started = ContinuousClock.now
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            log(request, status: (error as? any AbortError)?.status.code ?? 500, started: started)
            throw error
        }
        if let id = request.requestID { response.headers.replaceOrAdd(name: .xRequestId, value: id) }
        log(request, status: response.status.code, started: started)
        return response
    }

    func log(_ request: Request, status: UInt, started: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - started
        let level: Logger.Level = elapsed >= .seconds(1) ? .info : .debug
        guard request.logger.logLevel <= level else { return }
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        request.logger.log(level: level, "\(request.method.rawValue) \(request.url.path) \(status)", metadata: [
            "status": .stringConvertible(status), "duration_ms": .string(String(format: "%.1f", milliseconds)),
            "client": .string(request.clientAddress ?? "unknown"),
        ])
    }

    static let operatorRoutes = Set([SiteURL.healthz, .readyz, .metrics].map(\.path))

    static func isOperatorRoute(_ route: Route?) -> Bool {
        guard let route, route.path.count == 1 else { return false }
        return operatorRoutes.contains("/" + route.path[0].description)
    }

    static func isSafe(_ id: String) -> Bool {
        (1...128).contains(id.utf8.count) && id.utf8.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
    }
}
