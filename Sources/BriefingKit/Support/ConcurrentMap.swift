import Foundation

extension Array where Element: Sendable {
    /// `transform` of every element, in order, computed on all cores in chunks of `chunk` elements.
    func concurrentMap<Result>(chunk: Int = 1_024, _ transform: @Sendable (Element) -> Result) -> [Result] {
        [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let base = SendablePointer(buffer.baseAddress)
            concurrentChunks(of: count, chunk: chunk) { range in
                guard let pointer = base.pointer else { return }
                for index in range { (pointer + index).initialize(to: transform(self[index])) }
            }
            initialized = count
        }
    }
}

/// `transform` of every index of `0..<count`, in order, computed on all cores in chunks of `chunk`.
/// For reading one field of large elements: `facts[index].text` loads the text alone, where a
/// closure over the elements themselves would copy each one (and retain every field of it).
func concurrentMap<Result>(indices count: Int, chunk: Int = 1_024, _ transform: @Sendable (Int) -> Result) -> [Result] {
    [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
        let base = SendablePointer(buffer.baseAddress)
        concurrentChunks(of: count, chunk: chunk) { range in
            guard let pointer = base.pointer else { return }
            for index in range { (pointer + index).initialize(to: transform(index)) }
        }
        initialized = count
    }
}

/// `body` for each run of `chunk` consecutive indices of `0..<count` (the last may be shorter), on all cores.
func concurrentChunks(of count: Int, chunk: Int, _ body: @Sendable (Range<Int>) -> Void) {
    DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
        body((part * chunk)..<min(count, (part + 1) * chunk))
    }
}

/// A buffer base address handed to concurrent workers that each initialise their own disjoint range.
struct SendablePointer<Element>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Element>?
    init(_ pointer: UnsafeMutablePointer<Element>?) { self.pointer = pointer }
}
