import Domain
import FluentKit
import Foundation

public final class OrganizationRecord: Model, @unchecked Sendable {
    public static let schema = "organizations"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "slug") public var slug: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "brand_promise") var brandPromise: String
    @OptionalField(key: "anonymity_threshold") var anonymityThreshold: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Listed, not found by reflection: Fluent otherwise mirrors every record it decodes (`RecordPropertiesTests` checks the list).
    public var properties: [any AnyProperty] { [$id, $name, $slug, $purpose, $brandPromise, $anonymityThreshold, $createdAt, $updatedAt] }

    public init() {}

    public init(content: Organization) {
        apply(content)
    }

    public func apply(_ content: Organization) {
        name = content.name
        slug = content.slug
        purpose = content.purpose
        brandPromise = content.brandPromise
        anonymityThreshold = content.anonymityThreshold
    }

    public var content: Organization {
        Organization(name: name, slug: slug, purpose: purpose, brandPromise: brandPromise,
                     anonymityThreshold: anonymityThreshold ?? Anonymity.defaultThreshold)
    }

    public var stored: Stored<Organization> { Stored(id: id!, organizationID: nil, content: content) }
}

/// Organization look-ups; slugs are unique.
public enum Organizations {
    public static func all(on db: any Database) async throws -> [Stored<Organization>] {
        try await OrganizationRecord.query(on: db).sort(\.$name).all().map(\.stored)
    }

    public static func find(slug: String, on db: any Database) async throws -> OrganizationRecord? {
        try await OrganizationRecord.query(on: db).filter(\.$slug == slug).first()
    }

    /// Fails with a message on `slug` when another organization already uses it.
    public static func checkSlugFree(_ slug: String, except id: UUID? = nil, on db: any Database) async throws {
        if let existing = try await find(slug: slug, on: db), existing.id != id {
            throw ValidationFailure(field: "slug", message: "Short name \"\(slug)\" is already used by another organization.")
        }
    }
}

extension AlignStore {
    /// Every organization, by short name.
    public func allOrganizations() async throws -> [Stored<Organization>] {
        try await OrganizationRecord.query(on: db).sort(\.$slug).all().map(\.stored)
    }

    /// A new organization with `creator` as its first administrator, in the audit log from the start.
    public func createOrganization(_ input: FormInput, creator: Actor) async throws -> Stored<Organization> {
        guard let userID = creator.userID else { throw Forbidden("Only a signed-in person can create an organization.") }
        let content = try Organization.parse(input)
        return try await WriteGate.transaction(db) { db in
            try await Organizations.checkSlugFree(content.slug, on: db)
            let record = OrganizationRecord(content: content)
            try await record.create(on: db)
            let org = record.stored
            try await Accounts.setMembership(userID: userID, organizationID: org.id, access: Access(role: .admin), on: db)
            try await AuditLog.record(AuditRecord(organizationID: org.id, userID: userID, actorName: creator.name, action: .create,
                                                  kind: "organization", recordID: org.id, recordTitle: org.name,
                                                  changes: FieldChange.between(nil, org.content.formInput), at: Date()), on: db)
            return org
        }
    }
}

extension OrgScope {
    /// Saves the organization's settings (administrators only) and logs which fields changed.
    public func updateOrganization(_ input: FormInput) async throws -> Stored<Organization> {
        try authorize(.editOrganization)
        var content = try Organization.parse(input)
        // Left out, the threshold stays as it is: an edit of the name never lowers it by omission.
        if input.value("anonymity_threshold") == nil { content.anonymityThreshold = organization.content.anonymityThreshold }
        try await Organizations.checkSlugFree(content.slug, except: id, on: db)
        guard let record = try await OrganizationRecord.find(id, on: db) else { throw NotFound() }
        record.apply(content)
        try await record.save(on: db)
        try await audit(.update, "organization", id: id, before: organization.content.formInput, after: record.stored.content.formInput)
        return record.stored
    }

    /// Deletes the organization and everything in it (administrators only).
    public func deleteOrganization() async throws {
        try authorize(.editOrganization)
        try await OrganizationRecord.find(id, on: db)?.delete(on: db)
    }

    /// The overview's figures: teams, journeys, handoffs and open frictions.
    public func figures() async throws -> OrganizationFigures {
        try await OrganizationFigures.load(organizationID: id, on: db)
    }
}
