import Foundation

public enum FrictionKind: String, Choice {
    case handoff, wait
    case repeatInformation = "repeat-information"
    case policy, findability
    case systemSync = "system-sync"
    case brokenPromise = "broken-promise"
    case effort

    public var label: String {
        switch self {
        case .handoff: "Handoff"
        case .wait: "Wait"
        case .repeatInformation: "Repeat information"
        case .policy: "Policy"
        case .findability: "Findability"
        case .systemSync: "System sync"
        case .brokenPromise: "Broken promise"
        case .effort: "Effort"
        }
    }
}

public enum FrictionSource: String, Choice {
    case internalWalk = "internal-walk"
    case secretShopper = "secret-shopper"
    case customer
    /// Imported from a TheyDo insights file: the team's research, not yet confirmed by customers.
    case theyDoInsight = "theydo-insight"

    public var label: String {
        switch self {
        case .internalWalk: "Internal walk"
        case .secretShopper: "Secret shopper"
        case .customer: "Customer"
        case .theyDoInsight: "TheyDo insight"
        }
    }
}

public enum FrictionStatus: String, Choice {
    case open, addressed, closed

    public var label: String {
        switch self {
        case .open: "Open"
        case .addressed: "Addressed"
        case .closed: "Closed"
        }
    }
}

/// Where a friction point sits: exactly one touchpoint, handoff or process/policy.
public enum FrictionTarget: Sendable, Hashable {
    case touchpoint(UUID)
    case handoff(UUID)
    case process(UUID)

    /// Parses the form value `touchpoint:ID`, `handoff:ID` or `process:ID`.
    public init?(formValue: String) {
        guard let (kind, id) = KindAndID.split(formValue) else { return nil }
        switch kind {
        case "touchpoint": self = .touchpoint(id)
        case "handoff": self = .handoff(id)
        case "process": self = .process(id)
        default: return nil
        }
    }

    public var formValue: String {
        switch self {
        case .touchpoint(let id): "touchpoint:\(id.uuidString)"
        case .handoff(let id): "handoff:\(id.uuidString)"
        case .process(let id): "process:\(id.uuidString)"
        }
    }

    public var touchpointID: UUID? { if case .touchpoint(let id) = self { id } else { nil } }
    public var handoffID: UUID? { if case .handoff(let id) = self { id } else { nil } }
    public var processID: UUID? { if case .process(let id) = self { id } else { nil } }
}

public struct FrictionPoint: RecordContent {
    public var target: FrictionTarget
    public var kind: FrictionKind
    public var description: String
    public var severity: Int
    public var source: FrictionSource
    public var status: FrictionStatus
    /// The journey walk that found it, when one did: a hypothesis for Legitimize to confirm.
    public var walkID: UUID?

    public init(target: FrictionTarget, kind: FrictionKind, description: String, severity: Int,
                source: FrictionSource, status: FrictionStatus = .open, walkID: UUID? = nil) {
        self.target = target
        self.kind = kind
        self.description = description
        self.severity = severity
        self.source = source
        self.status = status
        self.walkID = walkID
    }

    public static let severities = 1...5

    public static func parse(_ input: FormInput) throws(ValidationFailure) -> FrictionPoint {
        var reader = FieldReader(input)
        let target = readTarget(&reader)
        let kind = reader.choice("kind", "Kind", as: FrictionKind.self)
        let description = reader.text("description", "Description", maxLength: 4000)
        let severity = reader.int("severity", "Severity", in: severities)
        let source = reader.choice("source", "Source", as: FrictionSource.self)
        let status = input.value("status") == nil ? .open : reader.choice("status", "Status", as: FrictionStatus.self)
        let walk = reader.optionalID("walk_id", "Found on walk")
        try reader.finish()
        return FrictionPoint(target: target!, kind: kind!, description: description, severity: severity,
                             source: source!, status: status!, walkID: walk)
    }

    /// Accepts the form's single `target` field, or exactly one of the API's
    /// `touchpoint_id`, `handoff_id`, `process_id`.
    private static func readTarget(_ reader: inout FieldReader) -> FrictionTarget? {
        let input = reader.input
        if let value = input.value("target") {
            guard let target = FrictionTarget(formValue: value) else {
                reader.fail("target", "Attached to must be a touchpoint, handoff or process/policy.")
                return nil
            }
            return target
        }
        let given = [("touchpoint_id", FrictionTarget.touchpoint), ("handoff_id", FrictionTarget.handoff),
                     ("process_id", FrictionTarget.process)].filter { input.value($0.0) != nil }
        guard given.count == 1, let (field, make) = given.first else {
            reader.fail("target", "Attach the friction point to exactly one touchpoint, handoff or process/policy.")
            return nil
        }
        guard let id = reader.optionalID(field, "Attached to") else { return nil }
        return make(id)
    }

    public var formInput: FormInput {
        .from([("target", target.formValue), ("kind", kind.rawValue), ("description", description),
               ("severity", String(severity)), ("source", source.rawValue), ("status", status.rawValue), ("walk_id", walkID?.uuidString)])
    }

    private enum CodingKeys: String, CodingKey {
        case touchpointID, handoffID, processID, kind, description, severity, source, status, walkID
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(target.touchpointID, forKey: .touchpointID)
        try container.encode(target.handoffID, forKey: .handoffID)
        try container.encode(target.processID, forKey: .processID)
        try container.encode(kind, forKey: .kind)
        try container.encode(description, forKey: .description)
        try container.encode(severity, forKey: .severity)
        try container.encode(source, forKey: .source)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(walkID, forKey: .walkID)
    }
}
