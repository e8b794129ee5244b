import Domain
import FluentKit
import Foundation

/// One question of a sent pulse, copied from the library when it was sent so later edits leave it alone.
final class PulseItemRecord: Model, @unchecked Sendable {
    static let schema = "pulse_items"

    @ID(key: .id) var id: UUID?
    @Field(key: "pulse_id") var pulseID: UUID
    @Field(key: "position") var position: Int
    @Field(key: "topic") var topic: String
    @Field(key: "kind") var kind: String
    @Field(key: "text") var text: String
    var properties: [any AnyProperty] { [$id, $pulseID, $position, $topic, $kind, $text] }

    init() {}

    init(pulseID: UUID, position: Int, question: PulseQuestion) {
        (self.pulseID, self.position, topic, kind, text) = (pulseID, position, question.topic.rawValue, question.kind.rawValue, question.text)
    }

    var item: PulseResults.Item {
        PulseResults.Item(id: id!, topic: PulseTopic(rawValue: topic) ?? .other, kind: PulseAnswerKind(rawValue: kind) ?? .text, text: text)
    }
}

/// One person's one-time link. It knows whose it is (for reminders and the CSV) and only whether it was
/// used: not when, and nothing of what was answered.
final class PulseLinkRecord: Model, @unchecked Sendable {
    static let schema = "pulse_links"

    @ID(key: .id) var id: UUID?
    @Field(key: "organization_id") var organizationID: UUID
    @Field(key: "pulse_id") var pulseID: UUID
    @OptionalField(key: "person_id") var personID: UUID?
    /// The team the person was in when the pulse was sent: their answers count for it.
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "token") var token: String
    @Field(key: "used") var used: Bool
    var properties: [any AnyProperty] { [$id, $organizationID, $pulseID, $personID, $teamID, $token, $used] }

    init() {}

    init(organizationID: UUID, pulseID: UUID, personID: UUID, teamID: UUID, token: String) {
        (self.organizationID, self.pulseID, self.personID, self.teamID, self.token, used) = (organizationID, pulseID, personID, teamID, token, false)
    }
}

/// One set of answers: the team and the day, no person, no link, no time.
final class PulseResponseRecord: Model, @unchecked Sendable {
    static let schema = "pulse_responses"

    @ID(key: .id) var id: UUID?
    @Field(key: "pulse_id") var pulseID: UUID
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "answered_on") var answeredOn: String
    var properties: [any AnyProperty] { [$id, $pulseID, $teamID, $answeredOn] }

    init() {}

    init(pulseID: UUID, teamID: UUID, answeredOn: CalendarDate) {
        (self.pulseID, self.teamID, self.answeredOn) = (pulseID, teamID, answeredOn.description)
    }
}

/// One answer to one question: a value, or (for free text) the words exactly as written.
final class PulseAnswerRecord: Model, @unchecked Sendable {
    static let schema = "pulse_answers"

    @ID(key: .id) var id: UUID?
    @Field(key: "response_id") var responseID: UUID
    @Field(key: "item_id") var itemID: UUID
    @OptionalField(key: "value") var value: Int?
    @OptionalField(key: "text") var text: String?
    var properties: [any AnyProperty] { [$id, $responseID, $itemID, $value, $text] }

    init() {}

    init(responseID: UUID, itemID: UUID, value: Int?, text: String?) {
        (self.responseID, self.itemID, self.value, self.text) = (responseID, itemID, value, text)
    }
}

/// A team's counts for one question of one pulse, kept as answers arrive: what results are read from.
final class PulseTallyRecord: Model, @unchecked Sendable {
    static let schema = "pulse_tallies"

    @ID(key: .id) var id: UUID?
    @Field(key: "pulse_id") var pulseID: UUID
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "answers") var answers: Int
    @Field(key: "favourable") var favourable: Int
    @Field(key: "neutral") var neutral: Int
    @Field(key: "unfavourable") var unfavourable: Int
    @Field(key: "total") var total: Int
    var properties: [any AnyProperty] { [$id, $pulseID, $teamID, $itemID, $answers, $favourable, $neutral, $unfavourable, $total] }

    init() {}

    var tally: PulseResults.Tally {
        PulseResults.Tally(answers: answers, favourable: favourable, neutral: neutral, unfavourable: unfavourable, total: total)
    }
}

/// A team's place in one pulse: how many were asked and how many answered.
final class PulseGroupRecord: Model, @unchecked Sendable {
    static let schema = "pulse_groups"

    @ID(key: .id) var id: UUID?
    @Field(key: "pulse_id") var pulseID: UUID
    @Field(key: "team_id") var teamID: UUID
    @Field(key: "invited") var invited: Int
    @Field(key: "responses") var responses: Int
    var properties: [any AnyProperty] { [$id, $pulseID, $teamID, $invited, $responses] }

    init() {}

    init(pulseID: UUID, teamID: UUID, invited: Int) {
        (self.pulseID, self.teamID, self.invited, responses) = (pulseID, teamID, invited, 0)
    }
}
