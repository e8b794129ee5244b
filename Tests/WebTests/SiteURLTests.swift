import Domain
import Foundation
import Testing
import Web

/// The route table: one value gives the pattern a route is registered under and the link to it.
@Suite struct SiteURLTests {
    static let id = UUID(uuidString: "00000000-0000-0000-0000-0000000000AB")!

    @Test(arguments: [
        (SiteURL.home, "/"), (.signIn, "/sign-in"), (.stylesheet, "/static/align.css"), (.openAPI, "/api/v1/openapi.json"),
        (.page(.key, .root), "/orgs/:org"), (.page(.value("acme"), .root), "/orgs/acme"),
        (.page(.key, .record(.checkIns, .key)), "/orgs/:org/check-ins/:id"),
        (.page(.value("acme"), .recordStep(.followUpNotes, .value(id), .sent)), "/orgs/acme/follow-up-notes/00000000-0000-0000-0000-0000000000AB/sent"),
        (.page(.key, .feedbackImport(.key, .show)), "/orgs/:org/imports/:id"),
        (.page(.value("acme"), .feedbackImport(.value(id), .rejectionsCSV)), "/orgs/acme/imports/00000000-0000-0000-0000-0000000000AB/rejections.csv"),
        (.page(.value("acme"), .exportRecords(.capabilityNeeds)), "/orgs/acme/capability-needs/export.csv"),
        (.api(.key, .root), "/api/v1/organizations/:org"), (.apiOrganizations, "/api/v1/organizations"),
        (.api(.value("acme"), .recordStep(.journeys, .value(id), .heat)), "/api/v1/organizations/acme/journeys/00000000-0000-0000-0000-0000000000AB/heat"),
        (.invitation(.key), "/invitations/:token"), (.calendarFeed(.value("cal_x.ics")), "/calendar/cal_x.ics"),
    ])
    func pathsAreBuiltFromTheTable(url: SiteURL, path: String) {
        #expect(url.path == path)
    }

    @Test func linksCarryTheirQueryWithKeysSortedAndValuesEncoded() {
        #expect(Paths.list("acme", .frictions, query: ["status": "open", "kind": "wait & see", "empty": ""])
                == "/orgs/acme/frictions?kind=wait%20%26%20see&status=open")
        #expect(Paths.journeyMap("acme", Self.id, touchpoint: Self.id, heat: true)
                == "/orgs/acme/journeys/\(Self.id.uuidString)?view=heat&touchpoint=\(Self.id.uuidString)#backstage")
    }

    @Test func noticesJoinAnyQueryAndKeepTheFragment() {
        #expect(Notice.created.added(to: "/orgs/acme") == "/orgs/acme?notice=created")
        #expect(Notice.moved.added(to: "/orgs/acme/journeys/1?touchpoint=2#backstage") == "/orgs/acme/journeys/1?touchpoint=2&notice=moved#backstage")
        #expect(Notice.movedStatus.added(to: "/x") == "/x?notice=moved-status")
    }

    @Test(arguments: [
        ("/api/v1/organizations/acme/teams", true, false, false), ("/api/v1/openapi.json", true, true, false),
        ("/", false, true, false), ("/healthz", false, true, false), ("/sign-in", false, true, false), ("/setup", false, true, false),
        ("/static/align.css", false, true, false), ("/invitations/abc", false, true, false), ("/calendar/cal_x.ics", false, true, false),
        ("/orgs/acme/imports", false, false, true), ("/orgs/acme/imports/new", false, false, false), ("/orgs/acme/teams", false, false, false),
        ("/apiary", false, false, false), ("/static", false, false, false),
    ])
    func requestsAreToldApartByTheirPath(path: String, api: Bool, isPublic: Bool, upload: Bool) {
        #expect(SiteURL.isAPI(path) == api)
        #expect(SiteURL.isPublic(path) == isPublic)
        #expect(SiteURL.isUpload(path) == upload)
    }
}
