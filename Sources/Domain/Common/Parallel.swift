import Foundation

/// Work over a batch split across the processor's cores, for the CPU-bound steps of imports and analysis.
public enum Parallel {
    /// Splits 0..<count into one contiguous range per core and runs `work` on each at the same time;
    /// the results come back in range order. `work` must only read shared state.
    public static func ranges<T>(_ count: Int, _ work: (Range<Int>) -> T) -> [T] {
        guard count > 0 else { return [] }
        let parts = min(max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)), count)
        let size = (count + parts - 1) / parts
        let ranges = (0..<parts).map { ($0 * size)..<min(count, ($0 + 1) * size) }
        if parts == 1 { return [work(ranges[0])] }
        var results = [T?](repeating: nil, count: parts)
        results.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            withoutActuallyEscaping(work) { work in
                nonisolated(unsafe) let work = work
                DispatchQueue.concurrentPerform(iterations: parts) { part in slots[part] = work(ranges[part]) }
            }
        }
        return results.map { $0! }
    }

    /// `transform` applied to every element, the elements shared out across the cores; order kept.
    public static func map<T, U>(_ items: [T], _ transform: (T) -> U) -> [U] {
        ranges(items.count) { range in range.map { transform(items[$0]) } }.flatMap { $0 }
    }
}
