import Domain
import FluentKit
import Foundation

extension LargeOrganization {
    static let segments = ["Household", "Small business", "Large business", "Public sector"]

    func writeCustomersAndPeople(_ structure: Structure) async throws {
        for start in stride(from: 0, to: counts.customers, by: 10_000) {
            try await insert((start..<min(start + 10_000, counts.customers)).map { index in
                let record = CustomerRecord(organizationID: organizationID, content: Customer(
                    accountName: "Account \(index + 1)", segment: Self.segments[index % Self.segments.count],
                    valueTier: ValueTier.allCases[(index * 7) % ValueTier.allCases.count]))
                record.id = id("customer", index)
                return record
            })
        }
        for start in stride(from: 0, to: counts.people, by: 10_000) {
            try await insert((start..<min(start + 10_000, counts.people)).map { index in
                let record = PersonRecord(organizationID: organizationID, content: Person(
                    name: "Person \(index + 1)", email: "person\(index + 1)@northwind.example", teamID: structure.teams[index % structure.teams.count],
                    jobTitle: index % 10 == 0 ? "Team lead" : "Adviser", startedOn: CalendarDate(year: 2012 + index % 14, month: 1 + index % 12, day: 1 + index % 28),
                    leftOn: index % 25 == 0 ? CalendarDate.today.adding(days: -(10 + index % 50)) : nil))
                record.id = id("person", index)
                return record
            })
        }
    }

    /// A year of survey answers spread over every touchpoint, in batches of 5,000 written in one
    /// transaction each, with links of some negative ones to the frictions on their touchpoint.
    func writeFeedback(_ structure: Structure, _ progress: @Sendable (String) -> Void) async throws {
        let synthetic = SyntheticFeedback(seed: seed, touchpoints: structure.touchpoints.map(\.name), endDate: endDate)
        let indexByName = Dictionary(uniqueKeysWithValues: structure.touchpoints.enumerated().map { ($1.name, $0) })
        for start in stride(from: 0, to: counts.feedback, by: 5_000) {
            let range = start..<min(start + 5_000, counts.feedback)
            let rows = await Self.scored(range.map { synthetic.response($0) })
            var stored: [FeedbackBulkInsert.Row] = [], links: [FrictionLinkRecord] = []
            for (offset, (response, sentiment)) in zip(range, rows) {
                let touchpoint = indexByName[response.touchpoint] ?? 0
                let item = feedbackItem(response, sentiment, touchpoint: structure.touchpoints[touchpoint].id, number: offset)
                let itemID = id("feedback", offset)
                stored.append(FeedbackBulkInsert.Row(id: itemID, item: item, contentHash: nil, theme: nil))
                if sentiment.label == .negative, let frictions = structure.frictionsOnTouchpoint[touchpoint] {
                    links += frictionLinks(itemID, frictions, number: offset)
                }
            }
            let batch = stored, found = links, org = organizationID
            try await WriteGate.transaction(db) { tx in
                try await FeedbackBulkInsert.insert(batch, organizationID: org, importID: nil, on: tx)
                try await found.create(on: tx)
            }
            if range.upperBound % 100_000 == 0 { progress("feedback: \(range.upperBound) of \(counts.feedback)") }
        }
    }

    func feedbackItem(_ response: SyntheticFeedback.Response, _ sentiment: SentimentScore, touchpoint: UUID, number: Int) -> FeedbackItem {
        let kind: FeedbackKind = switch sentiment.label {
        case .negative: .friction
        case .positive: .worksWell
        default: .suggestion
        }
        return FeedbackItem(text: response.comment, kind: kind, source: .survey,
                            customerID: number % 5 < 2 ? id("customer", (number * 31) % counts.customers) : nil, date: response.date,
                            touchpointIDs: [touchpoint], priority: number % 7 == 0 ? 1 + number % 5 : nil,
                            sentimentScore: sentiment.value, sentimentLabel: sentiment.label, nps: response.nps, csat: response.csat,
                            ces: response.ces, channel: response.channel, segment: response.segment, externalID: response.externalID)
    }

    /// One item in 25 confirms the first friction on its touchpoint; one in 15 more waits as a proposal.
    func frictionLinks(_ itemID: UUID, _ frictions: [UUID], number: Int) -> [FrictionLinkRecord] {
        let status: LinkStatus
        switch number % 100 {
        case 0..<4: status = .confirmed
        case 4..<11: status = .proposed
        default: return []
        }
        let proposal = LinkProposal(frictionID: frictions[number % frictions.count], subject: .feedback(itemID), similarity: 0.35,
                                    sharedWords: ["callback", "wait"])
        let record = FrictionLinkRecord(organizationID: organizationID, proposal: proposal, status: status)
        record.id = id("link", number)
        return [record]
    }

    /// Scores the comments on both halves of the batch at once.
    static func scored(_ responses: [SyntheticFeedback.Response]) async -> [(SyntheticFeedback.Response, SentimentScore)] {
        let half = responses.count / 2
        async let first = responses[..<half].map { ($0, SentimentAnalyzer().score($0.comment)) }
        async let second = responses[half...].map { ($0, SentimentAnalyzer().score($0.comment)) }
        return await first + second
    }
}

extension LargeOrganization {
    /// Initiatives in every status, each answering a few frictions, due over the year around the end date.
    func writeInitiatives(_ structure: Structure) async throws {
        var initiatives: [InitiativeRecord] = [], links: [InitiativeFrictionRecord] = []
        let statuses = InitiativeStatus.allCases
        for index in 0..<counts.initiatives {
            let status = statuses[index % statuses.count]
            let due = CalendarDate(year: 2026, month: 1 + index % 12, day: 1 + index % 28)!
            let finished = status == .done || status == .verified
            let frictions = (0..<(1 + index % 3)).map { structure.frictions[(index * 3 + $0) % structure.frictions.count] }
            let record = InitiativeRecord(organizationID: organizationID, content: Initiative(
                title: "Initiative \(index + 1): call back within the promised slot", ownerTeamID: structure.teams[index % structure.teams.count],
                dueDate: due, frictionIDs: frictions, status: status, doneOn: finished ? due : nil, verifiedOn: status == .verified ? due : nil))
            record.id = id("initiative", index)
            initiatives.append(record)
            links += frictions.enumerated().map { InitiativeFrictionRecord(initiativeID: record.id!, frictionID: $1, position: $0) }
        }
        try await insert(initiatives)
        try await insert(links)
    }
}
