import Domain
import FluentKit
import Foundation

extension DemoLoader {
    /// The question library and both pulse rounds; a later load finds each round by its id and leaves it.
    static func loadRiverbendEmployeePulses(_ orgID: UUID, on db: any Database) async throws -> (added: Int, present: Int) {
        var run = DemoRun(db: db, slug: RiverbendWater.organization.slug)
        for question in PulseQuestion.builtIn + [RiverbendEmployeePulses.commentQuestion] {
            try await run.insert(PulseQuestionRecord.self, run.id("pulse-question", "\(question.set.rawValue)/\(question.text)"), question, in: orgID)
        }
        let people = try await RecordStore<PersonRecord>(db: db, organizationID: orgID).all()
        let teams = try await RecordStore<TeamRecord>(db: db, organizationID: orgID).all()
        for (number, round) in RiverbendEmployeePulses.rounds.enumerated() {
            let pulseID = run.id("pulse", round.title)
            if try await PulseRecord.find(pulseID, on: db) != nil {
                run.present += 1
                continue
            }
            try await WriteGate.transaction(db) { tx in
                try await sendRound(round, id: pulseID, seed: UInt64(number + 1), orgID: orgID, teams: teams, people: people, on: tx)
            }
            run.added += 1
        }
        return (run.added, run.present)
    }

    private static func sendRound(_ round: RiverbendEmployeePulses.Round, id pulseID: UUID, seed: UInt64, orgID: UUID,
                                  teams: [Stored<Team>], people: [Stored<Person>], on db: any Database) async throws {
        let content = Pulse(title: round.title, teamIDs: teams.map(\.id), sets: [.strategy, .fourC, .custom], closesOn: round.closesOn)
        let pulse = PulseRecord(organizationID: orgID, content: content)
        pulse.id = pulseID
        pulse.sentOn = round.sentOn.description
        try await pulse.create(on: db)
        try await pulse.saveRelations(of: content, on: db)
        let questions = PulseQuestion.builtIn + [RiverbendEmployeePulses.commentQuestion]
        let items = questions.enumerated().map { PulseItemRecord(pulseID: pulseID, position: $0 + 1, question: $1) }
        for item in items { item.id = UUID() }
        try await items.create(on: db)
        var random = SplitMix64(seed: 0x9A15E ^ seed)
        for team in teams {
            let asked = people.filter { $0.content.teamID == team.id && $0.content.isHere(on: round.sentOn) && ($0.content.startedOn ?? round.sentOn) <= round.sentOn }
            guard !asked.isEmpty else { continue }
            let key = RiverbendWorkforce.teamKey(team.id, organization: RiverbendWater.organization.slug)
            let answered = asked.count < 8 ? asked.count - 1 : Int((Double(asked.count) * 0.8).rounded())
            try await answerRound(round, pulseID: pulseID, team: team.id, key: key, asked: asked, answered: answered, items: items, orgID: orgID,
                                  random: &random, on: db)
        }
    }
}

extension DemoLoader {
    /// One team's part of a round: its links (the first `answered` used), its answers and the tallies they make.
    fileprivate static func answerRound(_ round: RiverbendEmployeePulses.Round, pulseID: UUID, team: UUID, key: String, asked: [Stored<Person>],
                                        answered: Int, items: [PulseItemRecord], orgID: UUID, random: inout SplitMix64, on db: any Database) async throws {
        let group = PulseGroupRecord(pulseID: pulseID, teamID: team, invited: asked.count)
        group.responses = answered
        try await group.create(on: db)
        let links = asked.enumerated().map { index, person in
            let link = PulseLinkRecord(organizationID: orgID, pulseID: pulseID, personID: person.id, teamID: team, token: Pulses.newToken())
            link.used = index < answered
            return link
        }
        try await links.create(on: db)
        var tallies: [UUID: PulseResults.Tally] = [:]
        var responses: [PulseResponseRecord] = [], answers: [PulseAnswerRecord] = []
        let comments = RiverbendEmployeePulses.comments[key] ?? []
        for index in 0..<answered {
            let response = PulseResponseRecord(pulseID: pulseID, teamID: team, answeredOn: round.sentOn.adding(days: random.below(14)))
            response.id = UUID()
            responses.append(response)
            for item in items {
                let question = item.item
                if question.kind == .text {
                    if index < comments.count { answers.append(PulseAnswerRecord(responseID: response.id!, itemID: item.id!, value: nil, text: comments[index])) }
                    continue
                }
                let favourable = RiverbendEmployeePulses.favourable(key, question.topic, slide: round.slide)
                let value = RiverbendEmployeePulses.value(question.kind, favourable: favourable, &random)
                answers.append(PulseAnswerRecord(responseID: response.id!, itemID: item.id!, value: value, text: nil))
                tallies[item.id!, default: PulseResults.Tally()] = tallies[item.id!, default: PulseResults.Tally()] + .of(value, kind: question.kind)
            }
        }
        try await responses.create(on: db)
        for start in stride(from: 0, to: answers.count, by: 500) { try await Array(answers[start..<min(start + 500, answers.count)]).create(on: db) }
        for (item, tally) in tallies { try await PulseTallies.add(tally, pulseID: pulseID, teamID: team, itemID: item, on: db) }
    }
}
