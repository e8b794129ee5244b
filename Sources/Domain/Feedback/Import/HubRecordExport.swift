import Foundation

/// Feedback items as Formbricks Hub feedback records, so Align's data can go back into a Hub: one record
/// per answer (the text, each score), grouped by a submission id (the item's external id, else its own id),
/// each a record the Hub accepts and `FormbricksHubReader` reads back to the same item.
public enum HubRecordExport {
    /// The item's records as JSON Lines, keys sorted so the same item always writes the same bytes.
    public static func lines(_ item: FeedbackItem, id: UUID, tenant: String, touchpoint: String?) -> String {
        var base: [String: Any] = [
            "tenant_id": tenant, "submission_id": item.externalID ?? id.uuidString.lowercased(), "source_type": item.source.rawValue,
        ]
        if let channel = item.channel { base["source_name"] = channel }
        if let moment = item.occurredAt ?? item.date.map({ Date(timeIntervalSince1970: Double($0.dayNumber) * 86_400) }) {
            base["collected_at"] = moment.formatted(Date.ISO8601FormatStyle())
        }
        var metadata: [String: String] = ["align_id": id.uuidString.lowercased()]
        metadata["segment"] = item.segment
        metadata["touchpoint"] = touchpoint
        base["metadata"] = metadata
        var records: [[String: Any]] = []
        if !item.text.isEmpty { records.append(base.merging(["field_id": "text", "field_type": "text", "value_text": item.text]) { $1 }) }
        for (name, value) in [("nps", item.nps), ("csat", item.csat), ("ces", item.ces)] {
            if let value { records.append(base.merging(["field_id": name, "field_type": name, "value_number": value]) { $1 }) }
        }
        return records.map { record in
            let data = (try? JSONSerialization.data(withJSONObject: record, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }.joined()
    }
}
