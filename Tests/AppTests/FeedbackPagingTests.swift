@testable import App
import Foundation
import Testing

/// The feedback list pages from the last item shown ("Next") or the first ("Previous") rather than by
/// counting past earlier items: walked either way, it shows every item once, in the order an offset
/// gives, also where many items share a time (an import stores a batch at once).
@Suite struct FeedbackPagingTests {
    static let per = 7

    @Test func anchoredPagesWalkTheListInOffsetOrderBothWays() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            var body = "nps,comment,channel\n"
            for n in 0..<40 { body += "\(n % 11),Comment number \(n),\(n % 3 == 0 ? "phone" : "web")\n" }
            _ = try await t.startImport("acme", query: "map=nps%3Dnps&map=text%3Dcomment&map=channel%3Dchannel", body: body)
            for n in 0..<5 { _ = try await t.create("acme", "feedback", #"{"text":"Single \#(n)","kind":"question","channel":"web"}"#) }

            for filter in ["", "&channel=web"] {
                let byOffset = try await ids(t, "per=100\(filter)")
                #expect(byOffset.count == (filter.isEmpty ? 45 : 31))
                var forward: [[String]] = [try await ids(t, "per=\(Self.per)\(filter)")]
                while forward.count < 100, let last = forward.last?.last, forward.last?.count == Self.per {
                    forward.append(try await ids(t, "per=\(Self.per)&page=\(forward.count + 1)&after=\(last)\(filter)"))
                }
                #expect(forward.flatMap { $0 } == byOffset, "Next, Next, … shows each item once, in list order")
                #expect(try await ids(t, "per=\(Self.per)&after=\(forward[0].last!)\(filter)") == forward[1], "the anchor, not the page number, says where")
                var backward = [forward.last!]
                while backward.count < forward.count, let first = backward.last?.first {
                    backward.append(try await ids(t, "per=\(Self.per)&before=\(first)\(filter)"))
                }
                #expect(Array(backward.reversed()) == forward, "Previous, Previous, … retraces the same pages")
            }
        }
    }

    @Test func theListPagesNextLinkCarriesTheLastItemShown() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            var body = "comment\n"
            for n in 0..<30 { body += "Comment \(n)\n" }
            _ = try await t.startImport("acme", query: "map=text%3Dcomment", body: body)
            let first = try await ids(t, "per=25")
            let page = try await t.send(.GET, "/orgs/acme/feedback").body.string
            #expect(page.contains("page=2&amp;after=\(first[24])") || page.contains("after=\(first[24])&amp;page=2"), "\(page)")
            let second = try await t.send(.GET, "/orgs/acme/feedback?page=2&after=\(first[24])").body.string
            #expect(second.contains("Page 2 of 2"))
            #expect(second.contains("before=\(first[24])") == false, "the first page is linked without an anchor")
            let rest = try await ids(t, "per=25&page=2&after=\(first[24])")
            #expect(rest.count == 5)
            for id in rest { #expect(second.contains(id)) }
        }
    }

    /// The ids of one page of the API's feedback list.
    func ids(_ t: TestApp, _ query: String) async throws -> [String] {
        let list = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback?\(query)"))
        return try #require(list["items"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    }

    @Test func anImportsItemsAreAFilterThatPagingKeeps() async throws {
        try await TestApp.run { t in
            _ = try await t.seed()
            var body = "comment\n"
            for n in 0..<30 { body += "First file \(n)\n" }
            let first = try await t.startImport("acme", query: "map=text%3Dcomment", body: body)
            _ = try await t.startImport("acme", query: "map=text%3Dcomment", body: "comment\nSecond file\n")
            let id = try #require(first["id"] as? String)
            let list = try t.object(try await t.send(.GET, "/api/v1/organizations/acme/feedback?import_id=\(id)&per=100"))
            #expect(list["total"] as? Int == 30)
            let page = try await t.send(.GET, "/orgs/acme/feedback?import_id=\(id)").body.string
            #expect(page.contains("30 in all"))
            let next = try Regex("after=[0-9A-Fa-f-]{36}&amp;import_id=\(id)&amp;page=2")
            #expect(page.contains(next), "Next keeps the import")
            #expect(!page.contains("Second file"))
        }
    }
}
