/// Turns text into normalised word tokens: lowercased, diacritics folded, punctuation dropped,
/// stop words and single letters removed, light stemming, numbers kept.
///
/// Two passes over one scratch buffer: scalars are folded into lowercase bytes (ASCII letters,
/// digits, `.`/`,` and the UTF-8 of non-Latin letters, everything else a space), then the
/// buffer is cut into words, each word compacted in place to the front of its span and stemmed
/// there. `1,000` → `1000`, `3.5` stays, `a.m.` → `a.m`, `U.S.` → `u.s`,
/// `high-speed` → `high`, `speed`, `Lee's` → `lee`.
enum TokenNormalizer {
    /// Calls `body` with the FNV-1a hashes of `text`'s normalised tokens, in reading order, in a
    /// scratch buffer that `body` may reorder.
    static func withHashes<Result>(of text: String, _ body: (UnsafeMutableBufferPointer<UInt64>) -> Result) -> Result {
        // Each token takes at least one scalar, and a separator or the end follows it.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: text.utf8.count / 2 + 1) { hashes in
            var count = 0
            scan(text) { _, hash in
                // Never full (see above); were it ever, the extra tokens would be left out.
                guard count < hashes.count else { return }
                hashes[count] = hash
                count += 1
            }
            return body(UnsafeMutableBufferPointer(rebasing: hashes[..<count]))
        }
    }

    /// The FNV-1a hashes of `text`'s normalised tokens, in reading order.
    static func hashes(_ text: String) -> [UInt64] {
        withHashes(of: text) { Array($0) }
    }

    /// The normalised tokens of `text`, in reading order.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        scan(text) { word, _ in tokens.append(String(decoding: word, as: UTF8.self)) }
        return tokens
    }

    /// Folded bytes per byte of text, at most: a scalar's lowercase mapping takes at most three
    /// times its UTF-8 (a test checks every scalar), and everything else at most as many bytes.
    static let foldedBytesPerByte = 3

    /// Calls `body` with each normalised token's bytes and their FNV-1a hash.
    /// Inlined, so that the callers' closures are too.
    @inline(__always)
    private static func scan(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) {
        UTF8Scalars.withBytes(of: text) { text in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count * foldedBytesPerByte) { buffer in
                let count = fold(text, into: buffer)
                cut(UnsafeMutableBufferPointer(rebasing: buffer[..<count]), body)
            }
        }
    }

    private static let space = UInt8(ascii: " ")
    private static let dot = UInt8(ascii: ".")
    private static let comma = UInt8(ascii: ",")

    /// Each ASCII byte as pass one writes it: letters lowercased, digits, `.` and `,` kept, anything else a space.
    private static let foldedASCII: [UInt8] = (0..<128).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), dot, comma: return byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
        default: return space
        }
    }

    /// Pass one: the scalars of `text` to lowercase folded bytes at the start of `buffer`
    /// (`foldedBytesPerByte` times the text's size); returns how many were written.
    static func fold(_ text: UnsafeBufferPointer<UInt8>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        foldedASCII.withUnsafeBufferPointer { ascii in
            var written = 0
            var offset = 0
            var scratch: [UInt8] = []
            while offset < text.count {
                let lead = text[offset]
                if lead < 0x80 {
                    buffer[written] = ascii[Int(lead)]
                    written &+= 1
                    offset &+= 1
                    continue
                }
                let (value, width) = UTF8Scalars.decode(text, at: offset)
                offset += width
                if isPunctuation(value) {
                    buffer[written] = space
                    written += 1
                    continue
                }
                scratch.removeAll(keepingCapacity: true)
                foldNonASCII(value, into: &scratch)
                // Never short of room (see `foldedBytesPerByte`); were it ever, the scalar would separate words.
                if written + scratch.count > buffer.count { scratch = [space] }
                for byte in scratch {
                    buffer[written] = byte
                    written += 1
                }
            }
            return written
        }
    }

    /// General Punctuation (U+2000–U+206F: dashes, curly quotes, spaces): no letter or number
    /// among them, so they fold to a space without a look at their Unicode properties.
    @inline(__always)
    static func isPunctuation(_ value: UInt32) -> Bool {
        value >= 0x2000 && value <= 0x206F
    }

    /// Appends the folded bytes of a non-ASCII scalar: its diacritic-folded letters, its
    /// lowercase for other letters and digits, a space for anything else.
    static func foldNonASCII(_ value: UInt32, into bytes: inout [UInt8]) {
        if DiacriticFolding.append(value, to: &bytes) {
            return
        } else if let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
            bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        } else {
            bytes.append(space)
        }
    }

    /// Pass two: cuts the folded bytes into words and hashes them. A word's bytes stay where they
    /// are, except that a run after a dropped `,` (`1,000`) moves down to close the gap: a word only
    /// ever moves towards the front of its own span, never over the bytes still to read.
    @inline(__always)
    private static func cut(_ buffer: UnsafeMutableBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) {
        byteKinds.withUnsafeBufferPointer { kinds in
            let stopWords = StopWords.table
            let count = buffer.count
            var index = 0
            while index < count {
                guard kinds[Int(buffer[index])] != 0 else {
                    index &+= 1
                    continue
                }
                let start = index
                var word = WordHash()
                word.read(buffer, kinds: kinds, from: &index)
                var end = index
                while index < count, joins(buffer, at: index, wordEnd: end, wordLength: end - start) {
                    if buffer[index] == dot {
                        buffer[end] = dot
                        word.add(dot, kind: otherKind)
                        end += 1
                    }
                    index += 1
                    let runStart = index
                    word.read(buffer, kinds: kinds, from: &index)
                    if end != runStart {
                        for offset in 0..<(index - runStart) { buffer[end + offset] = buffer[runStart + offset] }
                    }
                    end += index - runStart
                }
                emit(UnsafeMutableBufferPointer(rebasing: buffer[start..<end]), hash: word.hash,
                     lettersOnly: word.kinds == letterKind, stopWords: stopWords, body)
            }
        }
    }

    /// The FNV-1a hash of a word being read, and the union of its bytes' kinds.
    private struct WordHash {
        var hash = StableHash.fnvOffset
        var kinds: UInt8 = 0

        @inline(__always)
        mutating func add(_ byte: UInt8, kind: UInt8) {
            hash = (hash ^ UInt64(byte)) &* StableHash.fnvPrime
            kinds |= kind
        }

        /// Adds the run of word bytes starting at `index` and moves `index` past it.
        @inline(__always)
        mutating func read(_ buffer: UnsafeMutableBufferPointer<UInt8>, kinds table: UnsafeBufferPointer<UInt8>, from index: inout Int) {
            var position = index
            var hash = self.hash
            var kinds = self.kinds
            while position < buffer.count {
                let byte = buffer[position]
                let kind = table[Int(byte)]
                if kind == 0 { break }
                hash = (hash ^ UInt64(byte)) &* StableHash.fnvPrime
                kinds |= kind
                position &+= 1
            }
            self.hash = hash
            self.kinds = kinds
            index = position
        }
    }

    private static let letterKind: UInt8 = 1
    private static let otherKind: UInt8 = 2

    /// Each folded byte's kind for pass two: `letterKind` for `a`–`z`, `otherKind` for digits and
    /// non-ASCII bytes (the rest of a word), 0 for a byte that does not belong to a word.
    private static let byteKinds: [UInt8] = (0..<256).map { value in
        let byte = UInt8(value)
        return isLetter(byte) ? letterKind : isWordByte(byte) ? otherKind : 0
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || isDigit(byte) || isLetter(byte)
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    /// Whether the `.` or `,` at `index` stays inside the current word (its `wordLength` bytes end
    /// at `wordEnd`): between digits (`1,000`, `3.5`) or between single letters of an abbreviation (`a.m`, `u.s`).
    @inline(__always)
    private static func joins(_ buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int, wordEnd: Int, wordLength: Int) -> Bool {
        let byte = buffer[index]
        guard byte == dot || byte == comma, index + 1 < buffer.count else { return false }
        let previous = buffer[wordEnd - 1]
        let next = buffer[index + 1]
        if isDigit(previous) && isDigit(next) { return true }
        guard byte == dot, isLetter(previous), isLetter(next) else { return false }
        let segmentIsSingle = wordLength == 1 || buffer[wordEnd - 2] == dot
        let nextIsSingle = index + 2 >= buffer.count || !isWordByte(buffer[index + 2])
        return segmentIsSingle && nextIsSingle
    }

    /// Filters and stems one word in place (`hash` is its FNV-1a, `lettersOnly` whether it is all
    /// `a`–`z`), then passes it on with its hash.
    @inline(__always)
    private static func emit(
        _ word: UnsafeMutableBufferPointer<UInt8>, hash wordHash: UInt64, lettersOnly: Bool, stopWords: WordHashTable,
        _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void
    ) {
        if word.count == 1 && lettersOnly { return }
        if stopWords.value(for: wordHash) != nil { return }
        var hash = wordHash
        var length = word.count
        if lettersOnly {
            length = Stemmer.stem(word)
            // Every rule of the stemmer shortens the word, so an unchanged length is an unchanged word.
            if length != word.count { hash = StableHash.fnv1a(word[..<length]) }
        }
        body(UnsafeBufferPointer(rebasing: word[..<length]), hash)
    }
}
