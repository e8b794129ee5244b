import Foundation

extension KPIValuesFile {
    /// TheyDo's `THEYDO_METRICS_V1` (theydo/theydo-s3-integrations, `schemas/MetricsFile.schema.json`),
    /// checked as its `s3tcli test-format` checks it (the schema; the format has no extra checks), and
    /// a little further where a KPI value needs it: see `TheyDoMetricReader`. Each problem names its
    /// JSON path and the line its metric starts on.
    static func readTheyDo(_ bytes: [UInt8]) throws(KPIValuesProblems) -> KPIValuesFile {
        var splitter = JSONMemberSplitter(streamKey: "metrics")
        var reading = TheyDoMetricsReading()
        do {
            for piece in try splitter.feed(bytes) {
                switch piece {
                case .member(let key, let line, let value): reading.member(key, line: line, value)
                case .element(let index, let line, let value): reading.metric(index, line: line, value)
                }
                if reading.problems.count > KPIValuesProblems.limit { break }
            }
            try splitter.finish()
        } catch {
            reading.problems.append(.init(line: error.line, message: error.message))
        }
        reading.finish()
        guard reading.problems.isEmpty else { throw KPIValuesProblems(problems: reading.problems) }
        return KPIValuesFile(format: .theyDo, metrics: reading.metrics, rows: reading.rows)
    }
}

/// A metrics file as its members arrive: the format wherever it comes, each metric read as it is cut.
struct TheyDoMetricsReading {
    typealias Problem = KPIValuesProblems.Problem

    var problems: [Problem] = []
    var metrics: [KPIValuesFile.Metric] = []
    var rows: [KPIValuesFile.Row] = []
    private var format: String?
    private var sawFormat = false
    /// Where each title was first declared: values are matched to KPIs by title, so two metrics of
    /// one title would pour two series into one KPI.
    private var titles: [String: String] = [:]

    mutating func member(_ key: String, line: Int, _ value: [UInt8]) {
        switch key {
        case "format":
            sawFormat = true
            format = (try? JSONSerialization.jsonObject(with: Data(value), options: .fragmentsAllowed)) as? String
            if format != KPIValuesFile.Format.theyDo.rawValue {
                let given = format.map { ", not “\($0)”" } ?? ""
                problems.append(Problem(line: line, path: "format", message: "must be THEYDO_METRICS_V1\(given); this reads TheyDo metrics files and CSV only"))
            }
        case "metrics":
            // An array would have been cut into elements; anything else arrives whole.
            problems.append(Problem(line: line, path: "metrics", message: "must be a list of metrics"))
        default:
            problems.append(Problem(line: line, path: key, message: "“\(key)” is not a property of a TheyDo metrics file (format, metrics)"))
        }
    }

    mutating func metric(_ index: Int, line: Int, _ value: [UInt8]) {
        let path = "metrics[\(index)]"
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(value), options: .fragmentsAllowed) else {
            problems.append(Problem(line: line, path: path, message: "is not valid JSON"))
            return
        }
        guard let object = parsed as? [String: Any] else {
            problems.append(Problem(line: line, path: path, message: "is expected to be an object: one metric with its data points"))
            return
        }
        let read = TheyDoMetricReader.read(object, at: path)
        problems += read.problems.map { Problem(line: line, path: $0.property, message: $0.reason) }
        guard let metric = read.metric else { return }
        if let earlier = titles[metric.name] {
            problems.append(Problem(line: line, path: "\(path).title", message: "“\(metric.name)” is also the title of \(earlier); values are matched to KPIs by title, so each metric needs its own"))
        } else {
            titles[metric.name] = path
        }
        metrics.append(metric)
        rows += read.rows
    }

    /// What can only be missed once the whole file is read. An empty `metrics` list is cut into no
    /// pieces at all, so it cannot be told from a missing one; either way there are no values.
    mutating func finish() {
        if !sawFormat {
            problems.insert(Problem(line: 1, path: "format", message: "is required: THEYDO_METRICS_V1"), at: 0)
        } else if format != KPIValuesFile.Format.theyDo.rawValue, let wrong = problems.firstIndex(where: { $0.path == "format" }), wrong > 0 {
            // The wrong format explains every other problem, so it comes first wherever it was written.
            let moved = problems.remove(at: wrong)
            problems.insert(moved, at: 0)
        }
        if problems.isEmpty, rows.isEmpty {
            problems.append(Problem(line: 1, path: "metrics", message: "holds no data points: it is missing or empty, or its metrics have empty dataPoints lists"))
        }
    }
}
