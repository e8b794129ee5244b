/// One row of a CSV file, with the line it starts on so imports can point people at it.
public struct CSVRecord: Sendable, Equatable {
    public let fields: [String]
    /// The 1-based physical line the record starts on. A quoted field holding line breaks
    /// makes its record span several lines, so the next record's line jumps accordingly.
    public let line: Int

    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// Why CSV input could not be read: the physical line, the 1-based field within the record,
/// and what was wrong.
public struct CSVError: Error, Sendable, Equatable {
    public let line: Int
    public let column: Int
    public let message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
