/// Which header column a mapping means. A name matches only the column written exactly so (case,
/// spaces and all); `#3` means the third column, for files whose names are blank, repeated or
/// unusable. A name two columns share, even differing only in case or surrounding spaces, is refused
/// rather than guessed, naming both columns.
public enum ImportColumns {
    public enum Match: Equatable {
        case found(Int)
        case missing
        case unclear(String)
    }

    public static func find(_ mapping: String, in names: [String]) -> Match {
        if let number = columnNumber(mapping) {
            guard number >= 1 && number <= names.count else {
                return .unclear("Column #\(number) is past the last column of the header (#\(names.count)).")
            }
            return .found(number - 1)
        }
        let exact = names.indices.filter { names[$0] == mapping }
        let alike = names.indices.filter { key(names[$0]) == key(mapping) && !key(mapping).isEmpty }
        if exact.count > 1 {
            return .unclear("Columns \(list(exact)) are all named “\(mapping)”; map one of them by number (\(numbers(exact))).")
        }
        if let index = exact.first, alike.count > 1 {
            return .unclear("Columns \(list(alike)) are named " + alike.map { "“\(names[$0])”" }.joined(separator: ", ")
                            + ", alike but for case or spaces, so “\(mapping)” (#\(index + 1)) could be mistaken for another;"
                            + " rename one, or map by number (\(numbers(alike))).")
        }
        if let index = exact.first { return .found(index) }
        if !alike.isEmpty {
            return .unclear("No column is named “\(mapping)” exactly; " + alike.map { "#\($0 + 1) is “\(names[$0])”" }.joined(separator: ", ")
                            + ". Names are matched exactly: write it as the header does, or map by number (\(numbers(alike))).")
        }
        return .missing
    }

    /// How a form names column `index`: by its name when that name finds it alone, else by number.
    public static func mapping(of index: Int, in names: [String]) -> String {
        find(names[index], in: names) == .found(index) && !names[index].isEmpty ? names[index] : "#\(index + 1)"
    }

    /// `#N` with N a positive whole number.
    static func columnNumber(_ mapping: String) -> Int? {
        guard mapping.hasPrefix("#"), mapping.count > 1, mapping.dropFirst().allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(mapping.dropFirst())
    }

    private static func key(_ name: String) -> String { name.trimmedWhitespace.lowercased() }
    private static func list(_ indexes: [Int]) -> String {
        let numbers = indexes.map { "#\($0 + 1)" }
        return numbers.count == 2 ? numbers.joined(separator: " and ") : numbers.dropLast().joined(separator: ", ") + " and " + numbers.last!
    }
    private static func numbers(_ indexes: [Int]) -> String { indexes.map { "#\($0 + 1)" }.joined(separator: " or ") }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
