import Foundation

/// Work over a batch split across the processor's cores, for the CPU-bound steps of imports and analysis.
public enum Parallel {
    /// Splits 0..<count into one contiguous range per core and runs `work` on each at the same time;
    /// the results come back in range order. `work` must only read shared state.
    public static func ranges<T>(_ count: Int, _ work: @escaping (Range<Int>) -> T) -> [T] {
        guard count > 0 else { return [] }
        let parts = min(max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)), count)
        let size = (count + parts - 1) / parts
        let ranges = (0..<parts).map { ($0 * size)..<min(count, ($0 + 1) * size) }
        if parts == 1 { return [work(ranges[0])] }
        // Threads of its own, not Dispatch's pool, which Swift concurrency's callers already occupy.
        nonisolated(unsafe) let work = work
        let slots = Slots<T>(parts)
        let finished = DispatchSemaphore(value: 0)
        for part in 1..<parts {
            let thread = Thread {
                slots.set(part, work(ranges[part]))
                finished.signal()
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
        slots.set(0, work(ranges[0]))
        for _ in 1..<parts { finished.wait() }
        return slots.values
    }

    /// One result per part, each written by exactly one thread before the semaphore says it is done.
    private final class Slots<T>: @unchecked Sendable {
        private let storage: UnsafeMutableBufferPointer<T?>
        init(_ count: Int) { storage = .allocate(capacity: count); storage.initialize(repeating: nil) }
        deinit { storage.deinitialize().deallocate() }
        func set(_ index: Int, _ value: T) { storage[index] = value }
        var values: [T] { storage.map { $0! } }
    }

    /// `transform` applied to every element, the elements shared out across the cores; order kept.
    public static func map<T, U>(_ items: [T], _ transform: @escaping (T) -> U) -> [U] {
        ranges(items.count) { range in range.map { transform(items[$0]) } }.flatMap { $0 }
    }
}
