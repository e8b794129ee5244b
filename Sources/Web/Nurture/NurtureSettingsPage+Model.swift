import Domain
import Foundation

/// The Nurture settings form and the secret webhooks are signed with.
public struct NurtureSettingsModel: Sendable {
    public let slug: String
    public let form: FormModel
    public let secret: String

    public init(slug: String, form: FormModel, secret: String) {
        self.slug = slug
        self.form = form
        self.secret = secret
    }
}
