import Foundation

extension Array where Element: Sendable {
    /// `transform` of each element, in order, worked out on every core at once: for folding many
    /// logs, each on its own. Take batches of a large archive, so that only a batch's results
    /// are held at a time.
    public func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let results = Results<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in results.set(index, transform(self[index])) }
        return results.values.compactMap { $0 }
    }

    /// The elements in batches of at most `size`, in order.
    public func batches(of size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}

/// The results of a concurrent map, each set once from one of the workers.
private final class Results<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { values[index] = value } }
}
