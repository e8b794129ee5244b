import Foundation

/// Amounts of money as people type them and read them: digits, at most two decimals, never through a Double.
public enum Money {
    /// "480000", "1250.5", "1250.50"; nil for anything else (signs, separators, letters, more than two decimals).
    public static func parse(_ text: String) -> Decimal? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 15, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              parts.count == 1 || (1...2).contains(parts[1].count) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// The amount with no trailing zeros beyond what it holds, as `parse` reads it back.
    public static func text(_ amount: Decimal) -> String {
        NSDecimalNumber(decimal: amount).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }

    /// "GBP 480,000" or "GBP 1,250.50", for pages and reports.
    public static func display(_ amount: Decimal, currency: String) -> String {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_GB")
        formatter.numberStyle = .decimal
        let whole = amount == amount.rounded(scale: 0)
        (formatter.minimumFractionDigits, formatter.maximumFractionDigits) = whole ? (0, 0) : (2, 2)
        return "\(currency) \(formatter.string(from: NSDecimalNumber(decimal: amount)) ?? text(amount))"
    }
}

extension Decimal {
    func rounded(scale: Int) -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, scale, .plain)
        return result
    }
}
