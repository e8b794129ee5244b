import Foundation
import Testing
import Domain

@Suite("Organization, team, person, goal, customer, contact parsing")
struct OrganizationParsingTests {
    @Test func organizationSlugIsDerivedFromName() throws {
        let org = try Organization.parse(FormInput(single: ["name": "Riverbend Water"]))
        #expect(org.slug == "riverbend-water")
        #expect(org.name == "Riverbend Water")
        #expect(org.purpose == "")
        #expect(org.brandPromise == "")
    }

    @Test func organizationKeepsAValidGivenSlug() throws {
        let org = try Organization.parse(FormInput(single: ["name": "Riverbend Water", "slug": "rbw"]))
        #expect(org.slug == "rbw")
    }

    @Test(arguments: ["Riverbend Water", "UPPER", "a--b", "-lead", "trail-", "under_score", String(repeating: "a", count: 61)])
    func organizationRejectsInvalidGivenSlug(slug: String) {
        let error = failure(Organization.self, ["name": "Riverbend", "slug": slug])
        #expect(error?.errors.map(\.field) == ["slug"])
        #expect(error?.message(for: "slug")
                == "Short name may hold only lowercase letters, digits and single hyphens, e.g. riverbend-water.")
    }

    @Test func organizationNeedsASlugWhenNameHasNoLetters() {
        let error = failure(Organization.self, ["name": "!!! ???"])
        #expect(error?.errors.map(\.field) == ["slug"])
        #expect(error?.message(for: "slug") == "Short name could not be made from the name; please give one, e.g. acme.")
    }

    @Test func organizationWithoutNameReportsOnlyTheName() {
        let error = failure(Organization.self, [:])
        #expect(error?.errors == [FieldError(field: "name", message: "Name is required.")])
    }

    @Test func organizationNameAndPurposeLengths() {
        let error = failure(Organization.self, ["name": String(repeating: "n", count: 121),
                                                "purpose": String(repeating: "p", count: 2001)])
        #expect(error?.errors.map(\.field) == ["name", "purpose"])
        #expect(error?.message(for: "name") == "Name must be at most 120 characters (it has 121).")
        #expect(error?.message(for: "purpose") == "Purpose must be at most 2000 characters (it has 2001).")
    }

    @Test func teamReportsEveryBadField() {
        let error = failure(Team.self, ["function": "wizards", "parent_team_id": "x"])
        #expect(error?.errors.map(\.field) == ["name", "function", "parent_team_id"])
        #expect(error?.message(for: "function") == "Function must be one of: leadership, sales, marketing, "
                + "customer-service, operations, billing-finance, product, it-architecture, hr, other.")
        #expect(error?.message(for: "parent_team_id") == "Parent team is not a known record.")
    }

    @Test func personRejectsImplausibleEmailAndBadTeam() {
        let error = failure(Person.self, ["name": "Dana", "email": "dana@localhost", "team_id": "team-1"])
        #expect(error?.errors.map(\.field) == ["email", "team_id"])
        #expect(error?.message(for: "email") == "Email must look like name@example.org.")
    }

    @Test func personTrimsAndKeepsOptionalFieldsEmpty() throws {
        let person = try Person.parse(FormInput(single: ["name": "  Dana  ", "email": "  "]))
        #expect(person == Person(name: "Dana"))
    }

    @Test func strategyGoalNeedsTitle() {
        let error = failure(StrategyGoal.self, ["description": "Something"])
        #expect(error?.errors == [FieldError(field: "title", message: "Title is required.")])
    }

    @Test func strategyGoalMeasureMaxLength() {
        let error = failure(StrategyGoal.self, ["title": "T", "measure": String(repeating: "m", count: 2001)])
        #expect(error?.message(for: "measure") == "Measures that show progress must be at most 2000 characters (it has 2001).")
    }

    @Test func strategyGoalOwnerAndHorizonAreCheckedByName() {
        let error = failure(StrategyGoal.self, ["title": "T", "owner_person_id": "someone", "horizon": "2027-13-01"])
        #expect(error?.message(for: "owner_person_id")?.contains("Owner") == true, "\(String(describing: error))")
        #expect(error?.message(for: "horizon")?.contains("Horizon") == true, "\(String(describing: error))")
        let goal = try? StrategyGoal.parse(FormInput(single: ["title": "T", "horizon": "2027-06-30"]))
        #expect(goal?.horizon == CalendarDate(year: 2027, month: 6, day: 30) && goal?.ownerPersonID == nil)
    }

    @Test func journeyNameIsRequiredAndLimited() {
        #expect(failure(Journey.self, ["segment": "Homes"])?.message(for: "name") == "Name is required.")
        #expect(failure(Journey.self, ["name": String(repeating: "j", count: 160)]) == nil)
        #expect(failure(Journey.self, ["name": String(repeating: "j", count: 161)])?.errors.map(\.field) == ["name"])
    }

    @Test func customerValueTierIsRequiredAndChecked() {
        #expect(failure(Customer.self, ["account_name": "Farm"])?.errors
                == [FieldError(field: "value_tier", message: "Value tier is required.")])
        #expect(failure(Customer.self, ["account_name": "Farm", "value_tier": "gold"])?.message(for: "value_tier")
                == "Value tier must be one of: strategic, high, medium, low.")
    }

    @Test func customerParsesTier() throws {
        let customer = try Customer.parse(FormInput(single: ["account_name": "Farm", "value_tier": "high"]))
        #expect(customer == Customer(accountName: "Farm", valueTier: .high))
    }

    @Test func contactNeedsCustomerAndPlausibleEmail() {
        let error = failure(Contact.self, ["name": "Lee", "email": "a@b"])
        #expect(error?.errors.map(\.field) == ["customer_id", "email"])
        #expect(error?.message(for: "customer_id") == "Customer is required.")
    }

    @Test func contactWithMalformedCustomerID() {
        let error = failure(Contact.self, ["customer_id": "123", "name": "Lee"])
        #expect(error?.errors == [FieldError(field: "customer_id", message: "Customer is not a known record.")])
    }
}
