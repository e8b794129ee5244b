extension String {
    /// Without leading and trailing whitespace and line breaks. Checks the two ends' bytes first, so the
    /// usual case (nothing to trim) costs no Foundation call: imports trim every field of every row.
    public var trimmedWhitespace: String {
        guard let first = utf8.first, let last = utf8.last else { return self }
        if Self.isPlainVisible(first) && Self.isPlainVisible(last) { return self }
        guard let start = firstIndex(where: { !$0.isWhitespace }), let end = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[start...end])
    }

    /// A visible ASCII byte: neither whitespace nor the start of a multi-byte character that might be.
    private static func isPlainVisible(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }
}
