import Foundation

/// Reads typed values out of `FormInput`, collecting one clear message per bad field
/// instead of stopping at the first.
public struct FieldReader {
    public let input: FormInput
    public private(set) var errors: [FieldError] = []

    public init(_ input: FormInput) {
        self.input = input
    }

    public mutating func fail(_ field: String, _ message: String) {
        guard !errors.contains(where: { $0.field == field }) else { return }
        errors.append(FieldError(field: field, message: message))
    }

    /// Throws every collected error at once, or returns when the input was clean.
    public func finish() throws(ValidationFailure) {
        if !errors.isEmpty { throw ValidationFailure(errors) }
    }

    public mutating func text(_ field: String, _ label: String, maxLength: Int = 200) -> String {
        guard let value = input.value(field) else {
            fail(field, "\(label) is required.")
            return ""
        }
        return checkLength(value, field, label, maxLength)
    }

    public mutating func optionalText(_ field: String, _ label: String, maxLength: Int = 4000) -> String {
        guard let value = input.value(field) else { return "" }
        return checkLength(value, field, label, maxLength)
    }

    private mutating func checkLength(_ value: String, _ field: String, _ label: String, _ max: Int) -> String {
        if value.count > max { fail(field, "\(label) must be at most \(max) characters (it has \(value.count)).") }
        return value
    }

    public mutating func choice<C: Choice>(_ field: String, _ label: String, as type: C.Type) -> C? {
        guard let value = input.value(field) else {
            fail(field, "\(label) is required.")
            return nil
        }
        guard let parsed = C(rawValue: value) else {
            let allowed = C.allCases.map(\.rawValue).joined(separator: ", ")
            fail(field, "\(label) must be one of: \(allowed).")
            return nil
        }
        return parsed
    }

    public mutating func optionalInt(_ field: String, _ label: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = input.value(field) else { return nil }
        guard let number = Int(value), range.contains(number) else {
            fail(field, "\(label) must be a whole number from \(range.lowerBound) to \(range.upperBound).")
            return nil
        }
        return number
    }

    public mutating func int(_ field: String, _ label: String, in range: ClosedRange<Int>) -> Int {
        guard input.value(field) != nil else {
            fail(field, "\(label) is required.")
            return range.lowerBound
        }
        return optionalInt(field, label, in: range) ?? range.lowerBound
    }

    /// A decimal number written with a point ("2.5", "-10", "1.5e3"): a comma is not guessed to be one, and
    /// "inf", "nan" or hexadecimal are refused.
    public mutating func optionalNumber(_ field: String, _ label: String) -> Double? {
        guard let value = input.value(field) else { return nil }
        let plain = value.allSatisfy { $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }
        guard plain, let number = Double(value), number.isFinite else {
            fail(field, "\(label) must be a number written with digits and a point, such as 12.5; got \"\(value)\".")
            return nil
        }
        return number
    }

    public mutating func optionalID(_ field: String, _ label: String) -> UUID? {
        guard let value = input.value(field) else { return nil }
        guard let id = UUID(uuidString: value) else {
            fail(field, "\(label) is not a known record.")
            return nil
        }
        return id
    }

    public mutating func id(_ field: String, _ label: String) -> UUID? {
        guard input.value(field) != nil else {
            fail(field, "\(label) is required.")
            return nil
        }
        return optionalID(field, label)
    }

    public mutating func ids(_ field: String, _ label: String) -> [UUID] {
        var result: [UUID] = []
        for value in input.values(field) {
            guard let id = UUID(uuidString: value) else {
                fail(field, "\(label) contains an unknown record.")
                continue
            }
            if !result.contains(id) { result.append(id) }
        }
        return result
    }

    public mutating func optionalEmail(_ field: String, _ label: String) -> String {
        guard let value = input.value(field) else { return "" }
        if !EmailAddress.isPlausible(value) {
            fail(field, "\(label) must look like name@example.org.")
        }
        return checkLength(value, field, label, 254)
    }

    public mutating func optionalDate(_ field: String, _ label: String) -> CalendarDate? {
        guard let value = input.value(field) else { return nil }
        guard let date = CalendarDate(value) else {
            fail(field, "\(label) must be a date written as YYYY-MM-DD.")
            return nil
        }
        return date
    }

    /// A moment written YYYY-MM-DDTHH:MM[:SS] with an offset (Z, +02:00), or without one as UTC.
    public mutating func optionalMoment(_ field: String, _ label: String) -> Date? {
        guard let value = input.value(field) else { return nil }
        guard case .success(let read) = ImportDateReader.read(value, order: nil, zone: TimeZone(identifier: "UTC")!), let moment = read.moment else {
            fail(field, "\(label) must be written YYYY-MM-DD HH:MM:SS, in UTC or with an offset such as +02:00.")
            return nil
        }
        return moment
    }

    /// A moment as `optionalMoment` reads it back: ISO 8601 in UTC, with milliseconds only when it has them.
    public static func momentText(_ moment: Date) -> String {
        let hasFraction = moment.timeIntervalSince1970.truncatingRemainder(dividingBy: 1) != 0
        return moment.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: hasFraction))
    }

    /// Checkbox semantics: present and one of on/true/1/yes means true.
    public func flag(_ field: String) -> Bool {
        guard let value = input.value(field)?.lowercased() else { return false }
        return ["on", "true", "1", "yes"].contains(value)
    }
}
