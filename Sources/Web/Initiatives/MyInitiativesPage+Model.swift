import Domain
import Foundation
import Plot

public struct MyInitiativesModel: Sendable {
    public let slug: String
    /// The person record the signed-in account matches, by email; nil when there is none.
    public let personName: String?
    public let teamNames: [String]
    public let initiatives: [[Cell]]
    public let needs: [[Cell]]

    public init(slug: String, personName: String?, teamNames: [String], initiatives: [[Cell]], needs: [[Cell]]) {
        self.slug = slug
        self.personName = personName
        self.teamNames = teamNames
        self.initiatives = initiatives
        self.needs = needs
    }
}
