import Domain
import FluentKit
import Foundation

/// A generated organization of the size Align is built for, to measure pages against
/// (`align generate organization --size large`). Deterministic by seed: the same seed gives the
/// same records with the same ids. Written in multi-row INSERTs, not one record at a time.
public struct LargeOrganization: Sendable {
    public enum Size: String, CaseIterable, Sendable {
        case small, medium, large
    }

    /// How many of each record a size holds.
    public struct Counts: Sendable, Equatable {
        public let teams, journeys, stagesPerJourney, touchpointsPerStage, processes, customers, people, feedback, frictions, initiatives: Int

        public var touchpoints: Int { journeys * stagesPerJourney * touchpointsPerStage }
    }

    public static let slug = "northwind-large"

    public static func counts(_ size: Size) -> Counts {
        switch size {
        case .small: Counts(teams: 6, journeys: 2, stagesPerJourney: 2, touchpointsPerStage: 3, processes: 4, customers: 60, people: 20,
                            feedback: 600, frictions: 12, initiatives: 5)
        case .medium: Counts(teams: 100, journeys: 20, stagesPerJourney: 5, touchpointsPerStage: 10, processes: 200, customers: 10_000,
                             people: 5_000, feedback: 100_000, frictions: 500, initiatives: 30)
        case .large: Counts(teams: 1_000, journeys: 200, stagesPerJourney: 5, touchpointsPerStage: 10, processes: 2_000, customers: 100_000,
                            people: 50_000, feedback: 1_000_000, frictions: 5_000, initiatives: 300)
        }
    }

    let db: any Database
    let counts: Counts
    let seed: UInt64
    let organizationID: UUID
    /// The day the generated year of feedback ends on.
    let endDate = CalendarDate(year: 2026, month: 11, day: 20)!

    /// Writes the organization; refuses when one with the slug exists already.
    public static func generate(_ size: Size, seed: UInt64, on db: any Database, progress: @Sendable (String) -> Void = { _ in }) async throws
        -> Counts {
        if try await OrganizationRecord.query(on: db).filter(\.$slug == slug).first() != nil {
            throw Conflict("An organization with the short name “\(slug)” exists already; generate into a fresh database.")
        }
        let generator = LargeOrganization(db: db, counts: counts(size), seed: seed, organizationID: Self.id(seed, "organization", 0))
        try await generator.write(progress)
        try await DatabaseStatistics.refresh(db)
        return generator.counts
    }

    func write(_ progress: @Sendable (String) -> Void) async throws {
        let org = OrganizationRecord(content: Organization(name: "Northwind Utilities", slug: Self.slug,
                                                           purpose: "Keep water, power and broadband flowing to every home and business we serve.",
                                                           brandPromise: "One call, one answer, on the day we promised."))
        org.id = organizationID
        try await org.create(on: db)
        let structure = try await writeStructure(progress)
        progress("customers and people")
        try await writeCustomersAndPeople(structure)
        progress("feedback")
        try await writeFeedback(structure, progress)
        progress("themes and kept figures")
        try await FeedbackThemes.recompute(organizationID, on: db)
        progress("initiatives")
        try await writeInitiatives(structure)
        progress("systems and planned changes")
        try await writeChanges(structure)
        progress("strategy, charters, escalations, walks and pulses")
        try await writeInside(structure, today: .today)
    }

    /// A stable id for the `index`-th record of a kind.
    public static func id(_ seed: UInt64, _ kind: String, _ index: Int) -> UUID {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in kind.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let high = SplitMix64.mix(seed ^ hash), low = SplitMix64.mix(high ^ UInt64(index) &+ 0x9E37_79B9)
        var bytes = withUnsafeBytes(of: high.bigEndian) { Array($0) } + withUnsafeBytes(of: low.bigEndian) { Array($0) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4 layout, so every tool reads it as a UUID
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    func id(_ kind: String, _ index: Int) -> UUID { Self.id(seed, kind, index) }

    /// Creates records in multi-row INSERTs of a size both databases accept.
    func insert<M: Model>(_ records: [M]) async throws {
        for start in stride(from: 0, to: records.count, by: 500) {
            try await Array(records[start..<min(start + 500, records.count)]).create(on: db)
        }
    }
}
