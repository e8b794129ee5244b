import Domain
import Foundation

/// Webhook deliveries, newest first, a page at a time.
public struct DeliveriesModel: Sendable {
    public let slug: String
    public let webhookURL: String?
    public let rows: [WebhookDelivery]
    public let page: Int
    public let pageCount: Int

    public init(slug: String, webhookURL: String?, rows: [WebhookDelivery], page: Int, pageCount: Int) {
        self.slug = slug
        self.webhookURL = webhookURL
        self.rows = rows
        self.page = page
        self.pageCount = pageCount
    }
}
