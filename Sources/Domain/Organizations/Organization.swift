/// An organization: the tenant everything else belongs to.
public struct Organization: RecordContent {
    public var name: String
    public var slug: String
    public var purpose: String
    public var brandPromise: String
    /// The fewest pulse answers a group needs before any figure of it is shown (at least 3).
    public var anonymityThreshold: Int

    public init(name: String, slug: String? = nil, purpose: String = "", brandPromise: String = "", anonymityThreshold: Int = Anonymity.defaultThreshold) {
        self.name = name
        self.slug = slug ?? Slug.make(from: name)
        self.purpose = purpose
        self.brandPromise = brandPromise
        self.anonymityThreshold = max(anonymityThreshold, Anonymity.minimumThreshold)
    }

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> Organization {
        var reader = FieldReader(input)
        let name = reader.text("name", "Name", maxLength: 120)
        var slug = input.value("slug") ?? Slug.make(from: name)
        if let given = input.value("slug"), !Slug.isValid(given) {
            reader.fail("slug", "Short name may hold only lowercase letters, digits and single hyphens, e.g. riverbend-water.")
            slug = given
        } else if slug.isEmpty && !name.isEmpty {
            reader.fail("slug", "Short name could not be made from the name; please give one, e.g. acme.")
        }
        let purpose = reader.optionalText("purpose", "Purpose", maxLength: 2000)
        let promise = reader.optionalText("brand_promise", "Brand promise", maxLength: 2000)
        let threshold = reader.optionalInt("anonymity_threshold", "Anonymity threshold", in: Anonymity.minimumThreshold...1000)
        try reader.finish()
        return Organization(name: name, slug: slug, purpose: purpose, brandPromise: promise, anonymityThreshold: threshold ?? Anonymity.defaultThreshold)
    }

    public var formInput: FormInput {
        .from([("name", name), ("slug", slug), ("purpose", purpose), ("brand_promise", brandPromise), ("anonymity_threshold", String(anonymityThreshold))])
    }
}
