import Domain
import FluentKit
import Foundation

/// The inside view at scale: strategy goals and a charter per team, two pulse rounds answered by four in
/// five of the 50,000 people, leavers, escalations and journey walks, so the pages of strategy, pulses and
/// 4C health are measured at the size they are built for.
extension LargeOrganization {
    static let pulseRounds = [(title: "Spring pulse", sentOn: CalendarDate(year: 2026, month: 6, day: 1)!),
                              (title: "Summer pulse", sentOn: CalendarDate(year: 2026, month: 9, day: 1)!)]

    func writeInside(_ structure: Structure, today: CalendarDate) async throws {
        let goals = (0..<20).map { index in
            let record = StrategyGoalRecord(organizationID: organizationID, content: StrategyGoal(title: "Goal \(index + 1)", measure: "Measure \(index + 1)"))
            record.id = id("goal", index)
            return record
        }
        try await insert(goals)
        for (index, team) in structure.teams.enumerated() {
            let record = CommitmentRecord(organizationID: organizationID, content: CharterCommitment(
                teamID: team, text: "Commitment of team \(index + 1)", goalIDs: [id("goal", index % 20)],
                touchpointIDs: [structure.touchpoints[index % structure.touchpoints.count].id], status: [.kept, .kept, .partly, .missed][index % 4]))
            record.id = id("commitment", index)
            try await record.create(on: db)
            try await record.saveRelations(of: record.content, on: db)
        }
        try await insert((0..<min(2_000, counts.teams * 2)).map { index in
            let record = EscalationRecord(organizationID: organizationID, content: Escalation(
                fromTeamID: structure.teams[index % structure.teams.count], toTeamID: structure.teams[(index * 7 + 1) % structure.teams.count],
                date: today.adding(days: -(index % 80)), reason: "Escalation \(index + 1)"))
            record.id = id("escalation", index)
            return record
        })
        try await writeWalks(structure)
        try await writeMetrics(structure, today: today)
        try await writeCentricity(today: today)
        for (number, round) in Self.pulseRounds.enumerated() { try await writePulse(round.title, sentOn: round.sentOn, number: number, structure) }
    }

    /// A walk of each of the first ten journeys and a secret shopper's second walk of the first, so two can be compared;
    /// each steps through every touchpoint of its journey.
    private func writeWalks(_ structure: Structure) async throws {
        let walked = Array(0..<min(10, counts.journeys)) + (counts.journeys > 0 ? [0] : [])
        let perJourney = counts.stagesPerJourney * counts.touchpointsPerStage
        for (index, journey) in walked.enumerated() {
            let walk = JourneyWalkRecord(organizationID: organizationID, content: JourneyWalk(
                journeyID: id("journey", journey), date: CalendarDate(year: 2026, month: 10, day: 1 + index)!, mode: index % 2 == 0 ? .internalWalk : .secretShopper,
                channel: index % 2 == 0 ? nil : .phone, participants: "Walkers \(index + 1)"))
            walk.id = id("walk", index)
            try await walk.create(on: db)
            try await insert((0..<perJourney).map { position in
                let step = WalkStepRecord()
                (step.id, step.walkID, step.touchpointID) = (id("walk-step-\(index)", position), walk.id!, id("touchpoint", journey * perJourney + position))
                (step.minutes, step.worked) = (2 + (position * 7 + index * 5) % 90, position % 6 == 0 ? "Quick, and what came next was said." : "")
                return step
            })
        }
    }
}

extension LargeOrganization {
    /// One round to every team: each person's link, four in five answered, the answers and the tallies they make.
    func writePulse(_ title: String, sentOn: CalendarDate, number: Int, _ structure: Structure) async throws {
        let pulseID = id("pulse", number)
        let content = Pulse(title: title, teamIDs: structure.teams, sets: [.strategy, .fourC], closesOn: sentOn.adding(days: 18))
        let pulse = PulseRecord(organizationID: organizationID, content: content)
        (pulse.id, pulse.sentOn) = (pulseID, sentOn.description)
        try await pulse.create(on: db)
        try await insert(content.teamIDs.enumerated().map { PulseTeamRecord(pulseID: pulseID, teamID: $1, position: $0) })
        let items = PulseQuestion.builtIn.enumerated().map { index, question in
            let item = PulseItemRecord(pulseID: pulseID, position: index + 1, question: question)
            item.id = id("pulse-item-\(number)", index)
            return item
        }
        try await insert(items)
        var random = SplitMix64(seed: seed ^ UInt64(0x9A15E + number))
        let perTeam = counts.people / structure.teams.count
        for (teamIndex, team) in structure.teams.enumerated() {
            let start = random, (counts, seed, organizationID) = (self.counts, self.seed, self.organizationID)
            random = try await WriteGate.transaction(db) { tx in
                var local = start
                try await LargeOrganization(db: tx, counts: counts, seed: seed, organizationID: organizationID)
                    .answerTeam(pulseID, team: team, invited: perTeam, teamIndex: teamIndex, items: items, random: &local)
                return local
            }
        }
    }

    /// A team's links and answers; a few teams are small enough in answers to stay below the threshold.
    func answerTeam(_ pulseID: UUID, team: UUID, invited: Int, teamIndex: Int, items: [PulseItemRecord], random: inout SplitMix64) async throws {
        let answered = teamIndex % 50 == 0 ? 3 : invited * 4 / 5
        let group = PulseGroupRecord(pulseID: pulseID, teamID: team, invited: invited)
        group.responses = answered
        try await group.create(on: db)
        try await insert((0..<invited).map { index in
            let link = PulseLinkRecord(organizationID: organizationID, pulseID: pulseID, personID: id("person", teamIndex + index * counts.teams), teamID: team,
                                       token: Pulses.newToken())
            link.used = index < answered
            return link
        })
        var tallies: [UUID: PulseResults.Tally] = [:], responses: [PulseResponseRecord] = [], answers: [PulseAnswerRecord] = []
        let favourable = 0.45 + Double(teamIndex % 7) * 0.07
        for _ in 0..<answered {
            let response = PulseResponseRecord(pulseID: pulseID, teamID: team, answeredOn: CalendarDate(year: 2026, month: 6, day: 2)!)
            response.id = UUID()
            responses.append(response)
            for item in items {
                let kind = PulseAnswerKind(rawValue: item.kind) ?? .agreement
                let value = RiverbendEmployeePulses.value(kind, favourable: favourable, &random)
                answers.append(PulseAnswerRecord(responseID: response.id!, itemID: item.id!, value: value, text: nil))
                tallies[item.id!, default: PulseResults.Tally()] = tallies[item.id!, default: PulseResults.Tally()] + .of(value, kind: kind)
            }
        }
        try await insert(responses)
        try await insert(answers)
        for (item, tally) in tallies { try await PulseTallies.add(tally, pulseID: pulseID, teamID: team, itemID: item, on: db) }
    }
}
