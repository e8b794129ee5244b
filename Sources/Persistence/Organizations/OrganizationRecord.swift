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
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    public init() {}

    public init(content: Organization) {
        apply(content)
    }

    public func apply(_ content: Organization) {
        name = content.name
        slug = content.slug
        purpose = content.purpose
        brandPromise = content.brandPromise
    }

    public var content: Organization {
        Organization(name: name, slug: slug, purpose: purpose, brandPromise: brandPromise)
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
