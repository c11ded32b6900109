import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, in order, computed on all cores in chunks of `chunk` elements.
    func concurrentMap<Result>(chunk: Int = 1_024, _ transform: @Sendable (Element) -> Result) -> [Result] {
        let chunks = (count + chunk - 1) / chunk
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = SendablePointer(buffer.baseAddress)
            DispatchQueue.concurrentPerform(iterations: chunks) { part in
                guard let pointer = base.pointer else { return }
                for index in (part * chunk)..<Swift.min(count, (part + 1) * chunk) {
                    (pointer + index).initialize(to: transform(self[index]))
                }
            }
            initialized = count
        }
    }
}

/// A buffer base address handed to concurrent workers that each initialise their own disjoint range.
struct SendablePointer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Element>?
    init(_ pointer: UnsafeMutablePointer<Element>?) { self.pointer = pointer }
}
