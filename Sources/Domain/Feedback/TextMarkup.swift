/// Markup in feedback text read as what it is: an HTML tag (`<br />`, `<p class="x">`, `</b>`) or an
/// entity (`&amp;`, `&#39;`, `&nbsp;`) is a break between words, never a word. Review exports keep
/// `<br />` for line breaks; counted as words, "br" became the most common theme.
enum TextMarkup {
    /// The length of the tag or entity starting at `index` (a `<` or `&`), or 0 when none starts there.
    static func length<Bytes: RandomAccessCollection<UInt8>>(at index: Bytes.Index, in bytes: Bytes) -> Int where Bytes.Index == Int {
        switch bytes[index] {
        case UInt8(ascii: "<"): tagLength(at: index, in: bytes)
        case UInt8(ascii: "&"): entityLength(at: index, in: bytes)
        default: 0
        }
    }

    /// `<` then a letter, `/` or `!`, then anything but `<` up to `>` within 200 bytes.
    private static func tagLength<Bytes: RandomAccessCollection<UInt8>>(at index: Int, in bytes: Bytes) -> Int where Bytes.Index == Int {
        guard index + 2 < bytes.endIndex else { return 0 }
        let first = bytes[index + 1]
        guard isLetter(first) || first == UInt8(ascii: "/") || first == UInt8(ascii: "!") else { return 0 }
        var end = index + 2
        while end < min(bytes.endIndex, index + 200) {
            switch bytes[end] {
            case UInt8(ascii: ">"): return end - index + 1
            case UInt8(ascii: "<"): return 0
            default: end += 1
            }
        }
        return 0
    }

    /// `&name;` (2–10 letters or digits), `&#123;` or `&#x1F;`.
    private static func entityLength<Bytes: RandomAccessCollection<UInt8>>(at index: Int, in bytes: Bytes) -> Int where Bytes.Index == Int {
        var end = index + 1
        let numeric = end < bytes.endIndex && bytes[end] == UInt8(ascii: "#")
        if numeric { end += 1 }
        if numeric, end < bytes.endIndex, bytes[end] | 0x20 == UInt8(ascii: "x") { end += 1 }
        let start = end
        while end < bytes.endIndex, end - start <= 10, isLetter(bytes[end]) || (48...57).contains(bytes[end]) { end += 1 }
        guard end < bytes.endIndex, bytes[end] == UInt8(ascii: ";"), end - start >= (numeric ? 1 : 2) else { return 0 }
        return end - index + 1
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (65...90).contains(byte) || (97...122).contains(byte) }
}
