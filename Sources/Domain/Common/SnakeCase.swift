/// JSON keys for the API: `organizationID` → `organization_id`, `touchpointIDs` → `touchpoint_ids`.
/// Foundation's own conversion turns `IDs` into `i_ds`, hence this one.
public enum SnakeCase {
    public static func convert(_ key: String) -> String {
        let normalized = key.replacingOccurrences(of: "IDs", with: "Ids").replacingOccurrences(of: "ID", with: "Id")
        var result = ""
        for character in normalized {
            if character.isUppercase {
                if !result.isEmpty { result.append("_") }
                result.append(contentsOf: character.lowercased())
            } else {
                result.append(character)
            }
        }
        return result
    }
}
