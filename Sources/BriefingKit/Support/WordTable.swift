/// A read-only table of words, looked up by an FNV-1a hash of the word's UTF-8 and confirmed by
/// comparing the word: no SipHash per lookup, which a `Set<String>` or `[String: V]` runs for every
/// word of every sentence the scanners read.
struct WordTable<Value: Sendable>: Sendable {
    private let words: [String]
    private let values: [Value]
    private let index: WordHashTable
    /// Words whose hash another word of the table already has (in practice, none).
    private let collisions: [String: Value]

    init(_ entries: [String: Value]) {
        var words: [String] = [], values: [Value] = [], slots: [UInt64: Int] = [:], collisions: [String: Value] = [:]
        for (word, value) in entries.sorted(by: { $0.key < $1.key }) {
            let hash = StableHash.fnv1a(word.utf8)
            if slots[hash] != nil {
                collisions[word] = value
                continue
            }
            slots[hash] = words.count
            words.append(word)
            values.append(value)
        }
        self.words = words
        self.values = values
        self.collisions = collisions
        index = WordHashTable(slots)
    }

    /// Every word of the table.
    var members: [String] { words + collisions.keys.sorted() }

    subscript(_ word: String) -> Value? {
        value(for: word, hash: StableHash.fnv1a(word.utf8))
    }

    /// As the subscript, with the word's FNV-1a hash (`StableHash.fnv1a` of its UTF-8) already known.
    @inline(__always)
    func value(for word: String, hash: UInt64) -> Value? {
        value(hash: hash) { word }
    }

    /// As `value(for:hash:)`, with the word asked for only when the hash is in the table (or has
    /// collided): a lookup that misses, as nearly all do, never reads the word.
    @inline(__always)
    func value(hash: UInt64, word: () -> String) -> Value? {
        if let slot = index.value(for: hash) {
            let word = word()
            if words[slot] == word { return values[slot] }
            return collisions.isEmpty ? nil : collisions[word]
        }
        return collisions.isEmpty ? nil : collisions[word()]
    }
}

extension WordTable where Value == Bool {
    /// A set of words.
    init(_ members: some Sequence<String>) {
        self.init(Dictionary(members.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
    }

    func contains(_ word: String) -> Bool { self[word] != nil }
}

/// A token that carries the FNV-1a hash of the text word tables know it by, computed once by its scanner.
protocol HashedWord {
    var hash: UInt64 { get }
    /// The text a table looks the token up by (lowercased by the scanner).
    var tableText: String { get }
}

extension WordTable {
    /// The value of `tokens[index]`'s text, looked up by the hash its scanner computed. The token is
    /// read in place: not copied (nor its text retained) for the lookups that miss, which is nearly
    /// all of them; the scanners ask this of every token.
    @inline(__always)
    subscript<Word: HashedWord>(_ tokens: [Word], _ index: Int) -> Value? {
        value(hash: tokens[index].hash) { tokens[index].tableText }
    }
}

extension WordTable where Value == Bool {
    @inline(__always)
    func contains<Word: HashedWord>(_ tokens: [Word], _ index: Int) -> Bool { self[tokens, index] != nil }

    @inline(__always)
    func contains(_ word: some HashedWord) -> Bool { value(for: word.tableText, hash: word.hash) != nil }
}
