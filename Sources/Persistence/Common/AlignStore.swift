import Domain
import FluentKit
import Foundation

/// Align's database as the web application and the command line hand it to the services, so
/// neither needs to know how records are queried. Scoped work goes through `scope(…)`.
public struct AlignStore: Sendable {
    public let db: any Database

    public init(_ db: any Database) {
        self.db = db
    }

    /// One organization's data as `actor` acts in it.
    public func scope(_ organization: Stored<Organization>, actor: Actor, access: Access = Access(role: .admin)) -> OrgScope {
        OrgScope(db: db, organization: organization, actor: actor, access: access)
    }
}
