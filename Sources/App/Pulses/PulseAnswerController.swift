import Domain
import Foundation
import Persistence
import Vapor
import Web

/// Answering a pulse through a one-time link, without signing in.
struct PulseAnswerController: Sendable {
    func register(_ router: Router) {
        router.site(.GET, .pulseAnswer(.key), use: show)
        router.site(.POST, .pulseAnswer(.key), use: answer)
    }

    func show(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        do {
            let form = try await PulseAnswering(db: req.db).form(token: token)
            return req.page(PulseAnswerView.render(Self.model(token, form), shell: req.shell(form.title)))
        } catch let refusal as PulseAnswering.Refusal {
            return refused(refusal, req)
        }
    }

    func answer(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let input = try req.formInput()
        do {
            try await PulseAnswering(db: req.db).answer(token: token, input: input)
            return req.page(PulseAnswerView.message("Thank you", "Your answers are in, with your team and today's date only. You can close this page.",
                                                    shell: req.shell("Thank you")))
        } catch let refusal as PulseAnswering.Refusal {
            return refused(refusal, req)
        } catch let failure as ValidationFailure {
            let form = try await PulseAnswering(db: req.db).form(token: token)
            return req.page(PulseAnswerView.render(Self.model(token, form, input, failure.errors), shell: req.shell(form.title)), status: .unprocessableEntity)
        }
    }

    static func model(_ token: String, _ form: PulseAnswering.Form, _ values: FormInput = FormInput(), _ errors: [FieldError] = []) -> PulseAnswerModel {
        PulseAnswerModel(token: token, organization: form.organization, title: form.title, closesOn: form.closesOn, questions: form.items,
                         threshold: form.threshold, values: values, errors: errors)
    }

    func refused(_ refusal: PulseAnswering.Refusal, _ req: Request) -> Response {
        let status: HTTPResponseStatus = refusal == .unknown ? .notFound : .gone
        return req.page(PulseAnswerView.message(refusal == .unknown ? "Link not found" : "This link no longer takes answers", refusal.message,
                                                shell: req.shell("Pulse")), status: status)
    }
}
