/// URL-safe names for organizations: lowercase ASCII letters, digits and single hyphens.
public enum Slug {
    public static func make(from name: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in name.lowercased().unicodeScalars {
            let folded = fold(scalar)
            if let folded {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.append(folded)
            } else {
                pendingHyphen = true
            }
        }
        return String(result.prefix(60)).trimmingCharacters(in: ["-"])
    }

    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 60 && make(from: slug) == slug
    }

    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "a"..."z", "0"..."9": return String(scalar)
        case "à", "á", "â", "ã", "ä", "å": return "a"
        case "è", "é", "ê", "ë": return "e"
        case "ì", "í", "î", "ï": return "i"
        case "ò", "ó", "ô", "õ", "ö", "ø": return "o"
        case "ù", "ú", "û", "ü": return "u"
        case "ç": return "c"
        case "ñ": return "n"
        case "ß": return "ss"
        default: return nil
        }
    }
}
