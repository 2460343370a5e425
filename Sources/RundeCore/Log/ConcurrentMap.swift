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

/// Work started on another thread at once, its result taken when it is needed: the next batch
/// of logs folded while the caller stores the one before.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The result, waited for.
    public var value: Value {
        done.wait()
        defer { done.signal() }
        guard let result else { preconditionFailure("the work gave its result before it signalled") }
        return result
    }
}

/// The results of a concurrent map, each set once from one of the workers.
private final class Results<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) { lock.withLock { values[index] = value } }
}
