import Foundation

/// Drafts the note that goes back to a customer after a conversation: thanks, what was heard in their own
/// words, what is planned. It never defends or explains: no "but", no "because", no "unfortunately".
public enum FollowUpDrafter {
    public struct Heard: Sendable, Equatable {
        public let text: String
        public let kind: FeedbackKind
        public init(text: String, kind: FeedbackKind) {
            self.text = text
            self.kind = kind
        }
    }

    public struct Planned: Sendable, Equatable {
        public let title: String
        public let status: InitiativeStatus
        public let dueDate: CalendarDate
        public init(title: String, status: InitiativeStatus, dueDate: CalendarDate) {
            self.title = title
            self.status = status
            self.dueDate = dueDate
        }
    }

    public struct Input: Sendable {
        public var greetingNames: [String]
        public var accountName: String
        public var date: CalendarDate
        public var format: ConversationFormat
        public var heard: [Heard]
        public var planned: [Planned]
        public var nextCheckIn: CalendarDate?
        public var signature: String

        public init(greetingNames: [String], accountName: String, date: CalendarDate, format: ConversationFormat, heard: [Heard],
                    planned: [Planned], nextCheckIn: CalendarDate?, signature: String) {
            self.greetingNames = greetingNames
            self.accountName = accountName
            self.date = date
            self.format = format
            self.heard = heard
            self.planned = planned
            self.nextCheckIn = nextCheckIn
            self.signature = signature
        }
    }

    public static func draft(_ input: Input) -> String {
        var lines: [String] = []
        lines.append("Dear \(greeting(input.greetingNames, account: input.accountName)),")
        lines.append("")
        lines.append("Thank you for \(occasion(input.format)) on \(longDate(input.date)). We valued hearing, in your own words, "
            + "what works for \(input.accountName) and what gets in the way.")
        let works = input.heard.filter { $0.kind == .worksWell }
        let raised = input.heard.filter { $0.kind != .worksWell }
        if !works.isEmpty {
            lines.append("")
            lines.append("What you told us works well:")
            lines += works.prefix(6).map { "- " + quoted($0.text) }
        }
        if !raised.isEmpty {
            lines.append("")
            lines.append("What you asked us to look at:")
            lines += raised.prefix(8).map { "- " + quoted($0.text) }
        }
        lines.append("")
        if input.planned.isEmpty {
            lines.append("We are taking what you said to the teams involved, and we will write to you again with what we plan to change.")
        } else {
            lines.append("What we are doing about it:")
            lines += input.planned.prefix(6).map { "- \($0.title) (\(stage($0.status)), planned by \(longDate($0.dueDate)))" }
        }
        if let next = input.nextCheckIn {
            lines.append("")
            lines.append("We will get in touch around \(longDate(next)) to ask how things feel then.")
        }
        lines.append("")
        lines.append("With thanks,")
        lines.append(input.signature.isEmpty ? "The team" : input.signature)
        return lines.joined(separator: "\n")
    }

    static func greeting(_ names: [String], account: String) -> String {
        let first = names.compactMap { $0.split(whereSeparator: \.isWhitespace).first.map(String.init) }
        switch first.count {
        case 0: return "colleagues at \(account)"
        case 1: return first[0]
        default: return first.dropLast().joined(separator: ", ") + " and " + first.last!
        }
    }

    static func occasion(_ format: ConversationFormat) -> String {
        switch format {
        case .lunch: "having lunch with us"
        case .coffee: "meeting us for coffee"
        case .siteVisit: "welcoming us on site"
        case .call: "taking our call"
        case .video: "joining our video call"
        case .other: "talking with us"
        }
    }

    static func stage(_ status: InitiativeStatus) -> String {
        switch status {
        case .proposed: "proposed"
        case .approved: "approved"
        case .inProgress: "under way"
        case .done, .verified: "done"
        }
    }

    /// The customer's words as said, on one line.
    static func quoted(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return "“" + (oneLine.count > 300 ? String(oneLine.prefix(297)) + "…" : oneLine) + "”"
    }

    public static func longDate(_ date: CalendarDate) -> String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
