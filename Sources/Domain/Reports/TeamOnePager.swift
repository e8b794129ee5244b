import Foundation

/// One team's month on one page, as it was on the day it was made and kept: what the team changed last month, what is
/// coming and whom it touches, what customers said on its touchpoints, its charter commitments and KPIs, and the
/// acknowledgements it owes. Stored as made, so next month's figures never rewrite this month's page.
public struct TeamOnePager: Sendable, Codable, Equatable {
    public struct Changed: Sendable, Codable, Equatable {
        /// "changes" or "initiatives": which record it is.
        public let kind: String
        public let id: UUID
        public let title: String
        public let on: String

        public init(kind: String, id: UUID, title: String, on: String) { (self.kind, self.id, self.title, self.on) = (kind, id, title, on) }
    }

    public struct Coming: Sendable, Codable, Equatable {
        public let id: UUID
        public let title: String
        public let starts: String
        /// How hard it lands on this team (high, medium, low).
        public let level: String
        public let ownedByTeam: Bool
        /// The other teams and people it touches, by name.
        public let touches: [String]

        public init(id: UUID, title: String, starts: String, level: String, ownedByTeam: Bool, touches: [String]) {
            (self.id, self.title, self.starts, self.level, self.ownedByTeam, self.touches) = (id, title, starts, level, ownedByTeam, touches)
        }
    }

    public struct Customers: Sendable, Codable, Equatable {
        public let feedbackItems: Int, negativeItems: Int
        public let nps: Int?, npsAnswers: Int
        public let openFrictions: Int

        public init(feedbackItems: Int, negativeItems: Int, nps: Int?, npsAnswers: Int, openFrictions: Int) {
            (self.feedbackItems, self.negativeItems, self.nps, self.npsAnswers, self.openFrictions) = (feedbackItems, negativeItems, nps, npsAnswers, openFrictions)
        }
    }

    public struct Commitment: Sendable, Codable, Equatable {
        public let id: UUID, text: String, status: String
        public init(id: UUID, text: String, status: String) { (self.id, self.text, self.status) = (id, text, status) }
    }

    public struct Measure: Sendable, Codable, Equatable {
        public let id: UUID, name: String, unit: String, rewarded: String
        public let target: Double?, latest: Double?, latestPeriod: String?

        public init(id: UUID, name: String, unit: String, rewarded: String, target: Double?, latest: Double?, latestPeriod: String?) {
            (self.id, self.name, self.unit, self.rewarded) = (id, name, unit, rewarded)
            (self.target, self.latest, self.latestPeriod) = (target, latest, latestPeriod)
        }
    }

    public struct Owed: Sendable, Codable, Equatable {
        public let changeID: UUID, title: String, starts: String
        public init(changeID: UUID, title: String, starts: String) { (self.changeID, self.title, self.starts) = (changeID, title, starts) }
    }

    public let teamID: UUID
    public let teamName: String
    /// The month it was made for (YYYY-MM); it looks back at the month before it and forward three months.
    public let month: String
    public let lookedBackAt: String
    public let generatedAt: Date
    public var changed: [Changed] = []
    public var coming: [Coming] = []
    public var customers = Customers(feedbackItems: 0, negativeItems: 0, nps: nil, npsAnswers: 0, openFrictions: 0)
    public var commitments: [Commitment] = []
    public var kpis: [Measure] = []
    public var owed: [Owed] = []

    public init(teamID: UUID, teamName: String, month: String, lookedBackAt: String, generatedAt: Date) {
        (self.teamID, self.teamName, self.month, self.lookedBackAt, self.generatedAt) = (teamID, teamName, month, lookedBackAt, generatedAt)
    }

    /// How far ahead "what is coming" looks.
    public static let monthsAhead = 3
}
