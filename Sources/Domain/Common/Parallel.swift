import Foundation

/// Work over a batch split across the processor's cores, for the CPU-bound steps of imports and analysis.
public enum Parallel {
    /// Splits 0..<count into one contiguous range per core and runs `work` on each at the same time;
    /// the results come back in range order. `work` must only read shared state.
    public static func ranges<T>(_ count: Int, _ work: @escaping (Range<Int>) -> T) -> [T] {
        start(count, work).wait()
    }

    /// `ranges`, returning at once: the caller goes on (reading the next batch, say) and collects
    /// the results with `wait()`.
    public static func start<T>(_ count: Int, _ work: @escaping (Range<Int>) -> T) -> Running<T> {
        let parts = min(max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)), max(count, 1))
        let size = (count + parts - 1) / parts
        let running = Running<T>(count == 0 ? 0 : parts)
        nonisolated(unsafe) let work = work
        for part in 0..<running.parts {
            let range = (part * size)..<min(count, (part + 1) * size)
            // Threads of its own, not Dispatch's pool, which Swift concurrency's callers already occupy.
            let thread = Thread {
                running.set(part, work(range))
                running.finished.signal()
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
        return running
    }

    /// Work under way on other threads; one result per part, each written by exactly one thread
    /// before the semaphore says it is done.
    public final class Running<T>: @unchecked Sendable {
        let parts: Int
        let finished = DispatchSemaphore(value: 0)
        private let storage: UnsafeMutableBufferPointer<T?>
        private var collected = false

        init(_ parts: Int) {
            self.parts = parts
            storage = .allocate(capacity: parts)
            storage.initialize(repeating: nil)
        }

        deinit {
            if !collected { for _ in 0..<parts { finished.wait() } }
            storage.deinitialize().deallocate()
        }

        func set(_ index: Int, _ value: T) { storage[index] = value }

        /// Blocks until every part is done; their results in range order. Call it once.
        public func wait() -> [T] {
            precondition(!collected, "Parallel.Running.wait() called twice")
            for _ in 0..<parts { finished.wait() }
            collected = true
            return storage.map { $0! }
        }
    }

    /// `transform` applied to every element, the elements shared out across the cores; order kept.
    public static func map<T, U>(_ items: [T], _ transform: @escaping (T) -> U) -> [U] {
        ranges(items.count) { range in range.map { transform(items[$0]) } }.flatMap { $0 }
    }
}
