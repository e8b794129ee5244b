import Foundation
import Testing
import Domain

@Suite("Stored encodes flat JSON")
struct StoredEncodingTests {
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private func object<T: Encodable>(_ value: T, snakeCase: Bool = false) throws -> [String: Any] {
        let encoder = JSONEncoder()
        if snakeCase {
            encoder.keyEncodingStrategy = .custom { path in Key(stringValue: SnakeCase.convert(path.last!.stringValue)) }
        }
        let data = try encoder.encode(value)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func storedTeamHasIdentityAndContentKeysAtTopLevel() throws {
        let team = Stored(id: IDs.a, organizationID: IDs.b, content: Team(name: "Billing", function: .billingFinance))
        let json = try object(team)
        #expect(Set(json.keys) == ["id", "organizationID", "name", "function"])
        #expect(json["id"] as? String == IDs.a.uuidString)
        #expect(json["organizationID"] as? String == IDs.b.uuidString)
        #expect(json["name"] as? String == "Billing")
        #expect(json["function"] as? String == "billing-finance")
        #expect(json["content"] == nil)
    }

    @Test func storedWithoutOrganizationOmitsIt() throws {
        let org = Stored(id: IDs.c, organizationID: nil, content: Organization(name: "Acme"))
        let json = try object(org)
        #expect(json["organizationID"] == nil)
        #expect(json["slug"] as? String == "acme")
        #expect(json["brandPromise"] as? String == "")
    }

    @Test func snakeCaseStrategyGivesAPIKeys() throws {
        let team = Stored(id: IDs.a, organizationID: IDs.b,
                          content: Team(name: "Ops", function: .operations, parentTeamID: IDs.c))
        let json = try object(team, snakeCase: true)
        #expect(Set(json.keys) == ["id", "organization_id", "name", "function", "parent_team_id"])
        #expect(json["parent_team_id"] as? String == IDs.c.uuidString)
    }

    @Test func frictionPointEncodesOneTargetIDAndNullsTheOthers() throws {
        let point = Stored(id: IDs.d, organizationID: IDs.a,
                           content: FrictionPoint(target: .handoff(IDs.b), kind: .systemSync, description: "Out of sync",
                                                  severity: 2, source: .internalWalk))
        let json = try object(point)
        #expect(Set(json.keys) == ["id", "organizationID", "touchpointID", "handoffID", "processID",
                                   "kind", "description", "severity", "source", "status"])
        #expect(json["handoffID"] as? String == IDs.b.uuidString)
        #expect(json["touchpointID"] is NSNull)
        #expect(json["processID"] is NSNull)
        #expect(json["target"] == nil)
        #expect(json["kind"] as? String == "system-sync")
        #expect(json["severity"] as? Int == 2)
        #expect(json["source"] as? String == "internal-walk")
        #expect(json["status"] as? String == "open")
    }

    @Test func processPolicyEncodesDateAsText() throws {
        let process = ProcessPolicy(kind: .policy, name: "Refunds",
                                    lastReviewed: CalendarDate(year: 2024, month: 3, day: 1), touchpointIDs: [IDs.a])
        let json = try object(Stored(id: IDs.b, organizationID: IDs.c, content: process))
        #expect(json["lastReviewed"] as? String == "2024-03-01")
        #expect(json["touchpointIDs"] as? [String] == [IDs.a.uuidString])
    }

    @Test func dynamicMemberLookupReadsContent() {
        let stored = Stored(id: IDs.a, organizationID: nil, content: Person(name: "Dana", jobTitle: "Lead"))
        #expect(stored.name == "Dana")
        #expect(stored.jobTitle == "Lead")
        #expect(stored.id == IDs.a)
    }

    @Test func pagedEncodesItemsAndPaging() throws {
        let paged = Paged(items: ["a", "b"], request: Pagination(page: 2, per: 2), total: 5)
        let json = try object(paged)
        #expect(json["items"] as? [String] == ["a", "b"])
        #expect(json["page"] as? Int == 2)
        #expect(json["per"] as? Int == 2)
        #expect(json["total"] as? Int == 5)
    }
}
