import Domain
import Persistence
import Vapor
import Web

/// The one place errors become responses: JSON problem details under `/api`, HTML pages elsewhere.
struct AlignErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return Self.response(for: error, request: request)
        }
    }

    static func response(for error: any Error, request: Request) -> Response {
        if error is SignInRequired {
            if request.isAPI {
                let response = problem(status: .unauthorized, detail: "Send an API token: Authorization: Bearer <token>.")
                response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer")
                return response
            }
            let next = request.method == .GET ? request.url.string : "/"
            return redirect(SiteURL.signIn.path(query: ["next": next]))
        }
        let (status, detail, fieldErrors) = classify(error, request: request)
        let requestID = request.requestID
        if request.isAPI {
            return outage(problem(status: status, detail: detail, errors: fieldErrors, requestID: requestID))
        }
        let title = status == .notFound ? "Page not found" : (status.code >= 500 ? "Something went wrong" : status.reasonPhrase)
        // A page has no form to show field errors beside (forms catch their own): say each one here.
        let message = fieldErrors.isEmpty ? detail : fieldErrors.map(\.message).joined(separator: " ")
        let page = ErrorPageView.render(status: Int(status.code), title: title, message: message, requestID: requestID)
        let response = Response(status: status, body: .init(string: page))
        response.headers.contentType = .html
        return outage(response)
    }

    /// A 503 says when to try again, and no cache may keep it.
    static func outage(_ response: Response) -> Response {
        guard response.status == .serviceUnavailable else { return response }
        response.headers.replaceOrAdd(name: .retryAfter, value: "10")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    static func classify(_ error: any Error, request: Request) -> (HTTPResponseStatus, String, [FieldError]) {
        switch error {
        case let failure as ValidationFailure:
            return (.unprocessableEntity, "The input has \(failure.errors.count) problem(s); see errors.", failure.errors)
        case let notFound as NotFound:
            return (.notFound, notFound.reason ?? "There is nothing at this address. It may have been deleted, or the link is wrong.", [])
        case let conflict as Conflict:
            return (.conflict, conflict.reason, [])
        case let forbidden as Forbidden:
            return (.forbidden, forbidden.reason, [])
        case let abort as any AbortError:
            if abort.status == .notFound {
                return (.notFound, abort.reason == "Not Found" ? "There is nothing at this address. It may have been deleted, or the link is wrong." : abort.reason, [])
            }
            return (abort.status, abort.reason, [])
        case is DecodingError:
            return (.badRequest, "The request body could not be read.", [])
        case _ where DatabaseOutage.matches(error):
            request.logger.warning("The database cannot be reached: \(String(reflecting: error))")
            return (.serviceUnavailable, "Align cannot reach its database just now, so nothing was read or saved. Try again in a minute.", [])
        default:
            request.logger.report(error: error)
            return (.internalServerError, "Align could not complete this request. The error has been logged.", [])
        }
    }

    static func problem(status: HTTPResponseStatus, detail: String, errors: [FieldError] = [], requestID: String? = nil) -> Response {
        struct Problem: Encodable {
            let type: String, title: String, status: UInt, detail: String
            let errors: [FieldError]?
            let requestId: String?

            enum CodingKeys: String, CodingKey {
                case type, title, status, detail, errors, requestId = "request_id"
            }
        }
        let body = Problem(type: "about:blank", title: status.reasonPhrase, status: status.code, detail: detail,
                           errors: errors.isEmpty ? nil : errors, requestId: requestID)
        let response = Response(status: status)
        response.body = .init(data: (try? JSONEncoder().encode(body)) ?? Data())
        response.headers.contentType = HTTPMediaType(type: "application", subType: "problem+json")
        return response
    }
}
