import Domain
import Foundation
import Vapor
import Web

extension Request {
    /// The session's CSRF token, created on first use.
    var csrfToken: String {
        if let token = session.data[CSRFMiddleware.field] { return token }
        let token = [UInt8].random(count: 24).map { String(format: "%02x", $0) }.joined()
        session.data[CSRFMiddleware.field] = token
        return token
    }

    /// An HTML response whose POST forms all carry the CSRF token.
    func page(_ body: String, status: HTTPResponseStatus = .ok) -> Response {
        html(CSRFMiddleware.insertToken(csrfToken, into: body), status: status)
    }
}

/// A bare HTML response; pages with forms go through `Request.page`, which adds the CSRF token.
func html(_ body: String, status: HTTPResponseStatus = .ok) -> Response {
    let response = Response(status: status, body: .init(string: body))
    response.headers.contentType = .html
    return response
}

/// A redirect that shows a fixed confirmation on the page it leads to.
func redirect(_ location: String, notice: Notice) -> Response {
    redirect(notice.added(to: location))
}

func redirect(_ location: String) -> Response {
    let response = Response(status: .seeOther)
    response.headers.replaceOrAdd(name: .location, value: location)
    return response
}

/// JSON for the API, with snake_case keys matching the input field names.
func json<T: Encodable>(_ value: T, status: HTTPResponseStatus = .ok) throws -> Response {
    let response = Response(status: status, body: .init(data: try apiEncoder().encode(value)))
    response.headers.contentType = .json
    return response
}

/// The API's encoder, also used where the command line prints what the API would answer.
func apiEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .custom { keys in
        SnakeKey(stringValue: SnakeCase.convert(keys.last!.stringValue))
    }
    encoder.outputFormatting = [.sortedKeys]
    // Moments as ISO 8601 text, as the OpenAPI document's date-time promises.
    encoder.dateEncodingStrategy = .iso8601
    return encoder
}

private struct SnakeKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
