/// "3 touchpoints", "1 person": a count with its noun, plural unless the count is one.
public func counted(_ count: Int, _ singular: String, _ pluralForm: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : (pluralForm ?? singular + "s"))"
}
