import Domain
import Testing

@Suite struct StrictJSONTests {
    func problem(_ text: String) -> StrictJSON.Problem? { StrictJSON.problem(in: Array(text.utf8)) }

    @Test(arguments: [
        #"{}"#, #"{"name": "Billing", "severity": 3}"#, #"[1, -2.5, 3e10, 0.25E-3, true, false, null]"#,
        #"  {"a": {"b": ["c", "d"]}}  "#, #"{"text": "tab\tquote\" slash\/ \u00e9 \ud83d\ude00"}"#, #""just a string""#, "0", "-0",
        "{\"name\": \"Zoë naïve 日本\"}",
    ])
    func acceptsJSON(_ text: String) {
        #expect(problem(text) == nil)
    }

    @Test func trailingCommaInAnObjectIsNamedWhereItIs() {
        #expect(problem("{\"name\": \"Billing\",}") == .init(line: 1, column: 20, message: "a comma must not come before }"))
    }

    @Test func trailingCommaInAListIsNamedOnItsLine() {
        #expect(problem("{\n  \"ids\": [\"a\",\n  ]\n}") == .init(line: 3, column: 3, message: "a comma must not come before ]"))
    }

    @Test func invalidUTF8IsRefusedAtItsByte() {
        let bytes: [UInt8] = Array("{\"name\": \"caf".utf8) + [0xE9] + Array("\"}".utf8)
        #expect(StrictJSON.problem(in: bytes) == .init(line: 1, column: 14, message: "byte 0xE9 is not UTF-8; send the body in UTF-8"))
        #expect(StrictJSON.firstInvalidUTF8(bytes) == 13)
    }

    @Test func overlongAndSurrogateEncodingsAreNotUTF8() {
        #expect(StrictJSON.firstInvalidUTF8([0x22, 0xC0, 0xAF, 0x22]) == 1)
        #expect(StrictJSON.firstInvalidUTF8([0xED, 0xA0, 0x80]) == 0)
        #expect(StrictJSON.firstInvalidUTF8(Array("é日😀".utf8)) == nil)
    }

    @Test func aMemberGivenTwiceIsRefused() {
        #expect(problem(#"{"title": "a", "title": "b"}"#)?.message == "member title is given twice")
        #expect(problem(#"{"a": {"title": 1}, "b": {"title": 2}}"#) == nil)
    }

    @Test(arguments: [
        (#"{"a": 1} {"b": 2}"#, "more follows the JSON value"),
        (#"{'a': 1}"#, "a member's name must be a string in double quotes"),
        (#"{"a": 01}"#, "a number must not start with 0"),
        (#"{"a": NaN}"#, "a value must be an object, list, string, number, true, false or null"),
        (#"{"a": tru}"#, "a value must be an object, list, string, number, true, false or null"),
        (#"{"a": 1. }"#, "a digit must follow a decimal point"),
        (#"{"a": 1e}"#, "a digit must follow an exponent"),
        (#"{"a": -}"#, "a number must have a digit after its sign"),
        (#"{"a": "x\q"}"#, "\\q is not an escape JSON knows"),
        (#"{"a": "\u12"}"#, "\\u must be followed by four hexadecimal digits"),
        (#"{"a": "open"#, "a string is not closed"),
        (#"{"a" 1}"#, "a colon must follow a member's name"),
        (#"{"a": 1 "b": 2}"#, "a comma or } must follow a member"),
        (#"[1 2]"#, "a comma or ] must follow an item"),
        (#"{"a": 1, // note"#, "a member's name must be a string in double quotes"),
        ("", "the body ends where a value should be"),
    ])
    func refusesWhatJSONDoesNotAllow(_ text: String, _ message: String) {
        #expect(problem(text)?.message == message)
    }

    @Test func aControlCharacterInsideAStringMustBeEscaped() {
        #expect(problem("{\"a\": \"line\nbreak\"}") == .init(line: 1, column: 12, message: "a control character must be escaped inside a string"))
    }

    @Test func nestingIsBounded() {
        #expect(problem(String(repeating: "[", count: 65) + String(repeating: "]", count: 65))?.message == "nested more than 64 deep")
        #expect(problem(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)) == nil)
    }
}
