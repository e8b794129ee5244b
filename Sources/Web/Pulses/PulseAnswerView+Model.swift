import Domain
import Foundation

/// The page a one-time link opens: the pulse's questions, with what happens to the answers said first.
public struct PulseAnswerModel: Sendable {
    public let token: String
    public let organization: String
    public let title: String
    public let closesOn: CalendarDate
    public let questions: [PulseResults.Item]
    public let threshold: Int
    /// What was sent, when the form comes back with errors.
    public let values: FormInput
    public let errors: [FieldError]

    public init(token: String, organization: String, title: String, closesOn: CalendarDate, questions: [PulseResults.Item], threshold: Int,
                values: FormInput = FormInput(), errors: [FieldError] = []) {
        (self.token, self.organization, self.title, self.closesOn, self.questions) = (token, organization, title, closesOn, questions)
        (self.threshold, self.values, self.errors) = (threshold, values, errors)
    }

    var action: String { SiteURL.pulseAnswer(.value(token)).path }

    func error(_ field: String) -> String? { errors.first { $0.field == field }?.message }

    /// The words beside each value of a scale.
    static func label(_ value: Int, kind: PulseAnswerKind) -> String {
        switch (kind, value) {
        case (.agreement, 1): "Strongly disagree"
        case (.agreement, 2): "Disagree"
        case (.agreement, 3): "Neither agree nor disagree"
        case (.agreement, 4): "Agree"
        case (.agreement, 5): "Strongly agree"
        case (.scale, 0): "Not at all likely"
        case (.scale, 10): "Extremely likely"
        default: ""
        }
    }
}
