/// Small integer ids for the entity and topic ids that briefs can ask about, so that a fact's
/// entities and topics can be held as bits and compared with a brief's without reading strings.
struct IDTable: Sendable {
    private var ids: [String: Int] = [:]
    private(set) var names: [String] = []

    init<Names: Sequence<String>>(_ names: Names) {
        for name in names where ids[name] == nil {
            ids[name] = self.names.count
            self.names.append(name)
        }
    }

    /// The id of `name`, or nil when no brief can ask about it.
    subscript(name: String) -> Int? { ids[name] }

    /// Words of a bit row able to hold every id.
    var width: Int { max(1, (names.count + 63) / 64) }
}

/// Sets of ids from an `IDTable`, each a row of `width` words in one flat array.
struct BitRows: Sendable {
    let width: Int
    private(set) var words: [UInt64]

    init(width: Int, count: Int) {
        self.width = width
        words = Array(repeating: 0, count: width * count)
    }

    /// Rows already laid out, `width` words each.
    init(width: Int, words: [UInt64]) {
        self.width = width
        self.words = words
    }

    /// A single row holding `ids` (a brief's mask).
    init<IDs: Sequence<Int>>(width: Int, ids: IDs) {
        self.init(width: width, count: 1)
        for id in ids { insert(id, inRow: 0) }
    }

    mutating func insert(_ id: Int, inRow row: Int) {
        words[row * width + id / 64] |= 1 << UInt64(id % 64)
    }

    func contains(_ id: Int, inRow row: Int) -> Bool {
        words[row * width + id / 64] & (1 << UInt64(id % 64)) != 0
    }

    /// Whether row `row` shares an id with `mask`'s first row.
    func intersects(row: Int, _ mask: BitRows) -> Bool {
        for word in 0..<width where words[row * width + word] & mask.words[word] != 0 { return true }
        return false
    }

    /// How many ids of `words` (one row) are in `mask`'s first row.
    static func intersectionCount(_ words: UnsafeMutableBufferPointer<UInt64>, _ mask: BitRows) -> Int {
        var count = 0
        for word in words.indices { count += (words[word] & mask.words[word]).nonzeroBitCount }
        return count
    }

    /// Whether every id of row `row` is in `words` (one row).
    func isSubset(row: Int, of words: [UInt64]) -> Bool {
        for word in 0..<width where self.words[row * width + word] & ~words[word] != 0 { return false }
        return true
    }

    /// Adds row `row` to `words` (one row).
    func formUnion(_ words: inout [UInt64], row: Int) {
        for word in 0..<width { words[word] |= self.words[row * width + word] }
    }

    /// Adds row `row` to `words` (one row).
    func formUnion(_ words: UnsafeMutableBufferPointer<UInt64>, row: Int) {
        for word in 0..<width { words[word] |= self.words[row * width + word] }
    }
}

extension BitRows {
    /// `count` rows, row `row` holding the ids that `ids(row, insert)` inserts; filled on all cores.
    static func concurrent(count: Int, width: Int, _ ids: @Sendable (Int, (Int) -> Void) -> Void) -> BitRows {
        var words = [UInt64](repeating: 0, count: count * width)
        words.withUnsafeMutableBufferPointer { buffer in
            let base = SendablePointer(buffer.baseAddress)
            concurrentChunks(of: count, chunk: 4_096) { range in
                guard let pointer = base.pointer else { return }
                for row in range {
                    ids(row) { id in pointer[row * width + id / 64] |= 1 << UInt64(id % 64) }
                }
            }
        }
        return BitRows(width: width, words: words)
    }
}
