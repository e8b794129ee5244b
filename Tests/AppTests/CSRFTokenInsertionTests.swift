@testable import App
import Testing

/// The session's token goes into every POST form of a page and nowhere else, leaving the rest byte for byte.
@Suite struct CSRFTokenInsertionTests {
    let hidden = #"<input type="hidden" name="_csrf" value="t0k">"#

    @Test func postFormsGetTheTokenRightAfterTheirOpeningTag() {
        let page = #"<p>Ünïcode – “quotes” 🙂</p><form action="/a" method="post"><button>Save</button></form>"#
            + #"<form action="/search"><input name="q"></form><form class="x" method="post" action="/b"></form>"#
        let expected = #"<p>Ünïcode – “quotes” 🙂</p><form action="/a" method="post">"# + hidden + #"<button>Save</button></form>"#
            + #"<form action="/search"><input name="q"></form><form class="x" method="post" action="/b">"# + hidden + "</form>"
        #expect(CSRFMiddleware.insertToken("t0k", into: page) == expected)
    }

    @Test func aPageWithoutFormsIsUnchanged() {
        for page in ["", "<", "<for", "<p>method=\"post\"</p>", "<formless>", "text <form without end"] {
            #expect(CSRFMiddleware.insertToken("t0k", into: page) == page)
        }
    }

    @Test func aGetFormFollowedByPostTextGetsNoToken() {
        let page = #"<form action="/s"></form><p>method="post"</p>"#
        #expect(CSRFMiddleware.insertToken("t0k", into: page) == page)
    }
}
