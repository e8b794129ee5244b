/// Tells apart rows of one file that read alike but have no external id (three respondents who each
/// wrote "More parking"): the n-th row with the same content is recognised by its content and n, so
/// such rows are never merged, while a file imported again still matches itself row for row. The
/// first keeps the content's own hash, as items stored before this rule have it.
struct ContentOccurrences {
    /// Rows seen per content, by the first 64 bits of its hash: a million distinct rows take megabytes, not their text.
    private var seen: [UInt64: Int32] = [:]

    mutating func numbered(_ hash: String, content: String) -> String {
        let short = UInt64(hash.prefix(16), radix: 16) ?? 0
        let n = (seen[short] ?? 0) + 1
        seen[short] = n
        return n == 1 ? hash : FeedbackImporter.hash(content + "\u{1F}#\(n)")
    }
}
