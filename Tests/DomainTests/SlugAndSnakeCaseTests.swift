import Testing
import Domain

@Suite("Slug and SnakeCase")
struct SlugAndSnakeCaseTests {
    @Test(arguments: [
        ("Riverbend Water", "riverbend-water"),
        ("Café Crème", "cafe-creme"),
        ("Ñandú São Paulo", "nandu-sao-paulo"),
        ("Straße Grün Ørsted", "strasse-grun-orsted"),
        ("Façade Ltd.", "facade-ltd"),
        ("  --Hello,   World!!-- ", "hello-world"),
        ("A & B / C", "a-b-c"),
        ("Acme 2024 Inc", "acme-2024-inc"),
        ("already-a-slug", "already-a-slug"),
        ("under_score", "under-score"),
        ("!!!", ""),
        ("", ""),
        ("日本 Water", "water"),
    ])
    func makeFoldsAndCollapses(name: String, slug: String) {
        #expect(Slug.make(from: name) == slug)
    }

    @Test func makeTruncatesToSixtyCharacters() {
        let long = String(repeating: "a", count: 70)
        #expect(Slug.make(from: long) == String(repeating: "a", count: 60))
        #expect(Slug.make(from: long).count == 60)
    }

    @Test func makeTrimsAHyphenLeftAtTheCut() {
        // 59 letters, then a space: the hyphen lands at position 60 and must not remain.
        let name = String(repeating: "b", count: 59) + " tail"
        #expect(Slug.make(from: name) == String(repeating: "b", count: 59))
    }

    @Test func makeKeepsSixtyWhenTheCutFallsInsideAWord() {
        let name = String(repeating: "c", count: 58) + " dddd"
        #expect(Slug.make(from: name) == String(repeating: "c", count: 58) + "-d")
    }

    @Test(arguments: ["riverbend-water", "a", "acme-2024", "x1-y2-z3", String(repeating: "z", count: 60)])
    func validSlugs(slug: String) {
        #expect(Slug.isValid(slug))
    }

    @Test(arguments: ["", "Riverbend", "a--b", "-a", "a-", "a b", "a_b", "café", "a.b", String(repeating: "z", count: 61)])
    func invalidSlugs(slug: String) {
        #expect(!Slug.isValid(slug))
    }

    @Test(arguments: [
        ("organizationID", "organization_id"),
        ("touchpointIDs", "touchpoint_ids"),
        ("brandPromise", "brand_promise"),
        ("name", "name"),
        ("id", "id"),
        ("parentTeamID", "parent_team_id"),
        ("expectedWaitMinutes", "expected_wait_minutes"),
        ("accountablePersonID", "accountable_person_id"),
        ("lastReviewed", "last_reviewed"),
        ("hasNext", "has_next"),
    ])
    func snakeCaseConverts(key: String, expected: String) {
        #expect(SnakeCase.convert(key) == expected)
    }
}
