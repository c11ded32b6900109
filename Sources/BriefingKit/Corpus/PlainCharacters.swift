/// Scalars that are always characters of their own, with the character properties the line rules
/// ask for, so that text made only of them can be read scalar by scalar instead of by grapheme
/// breaking: printable ASCII, Latin letters and signs (U+00A0–U+02FF, U+1E00–U+1EFF), general
/// punctuation (U+2010–U+2027, U+2030–U+205E) and Hangul syllables.
///
/// None of them extends, joins or is prepended to a neighbour, so two of them side by side are two
/// characters. A scalar whose lowercase is not one such scalar (U+0130 "İ") is left out. The
/// properties are the `Character` answers themselves, asked once; the tests check every scalar.
enum PlainCharacters {
    struct Traits: OptionSet {
        let rawValue: UInt8
        static let letter = Traits(rawValue: 1)
        static let uppercase = Traits(rawValue: 2)
        static let lowercase = Traits(rawValue: 4)
        static let number = Traits(rawValue: 8)
        /// Marks a scalar that is not plain.
        static let notPlain = Traits(rawValue: 0x80)
    }

    static let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E]
    static let hangulSyllables: ClosedRange<UInt32> = 0xAC00...0xD7A3

    private struct Entry {
        var traits: Traits
        var lowercase: Unicode.Scalar
        var uppercase: String
    }

    /// The entry of each slot (`slot(_:)`); nil for a scalar left out.
    private static let entries: [Entry?] = (0..<slotCount).map { entry(for: value(ofSlot: $0)) }
    /// `entries`' traits alone, so that reading them copies no strings.
    private static let traitsTable: [Traits] = entries.map { $0?.traits ?? .notPlain }

    private static let slotCount = 0x300 + 0x100 + 0x4F

    /// Where a scalar of `ranges` sits in the tables, found by a switch on constants.
    @inline(__always)
    fileprivate static func slot(_ value: UInt32) -> Int? {
        switch value {
        case 0x20...0x7E, 0xA0...0x2FF: Int(value)
        case 0x1E00...0x1EFF: 0x300 + Int(value - 0x1E00)
        case 0x2010...0x2027, 0x2030...0x205E: 0x400 + Int(value - 0x2010)
        default: nil
        }
    }

    private static func value(ofSlot slot: Int) -> UInt32 {
        slot < 0x300 ? UInt32(slot) : slot < 0x400 ? 0x1E00 + UInt32(slot - 0x300) : 0x2010 + UInt32(slot - 0x400)
    }

    private static func entry(for value: UInt32) -> Entry? {
        guard slot(value) != nil, let scalar = Unicode.Scalar(value) else { return nil }
        let character = Character(scalar)
        let lower = String(character).lowercased().unicodeScalars
        guard lower.count == 1, let lowercase = lower.first, slot(lowercase.value) != nil || hangulSyllables.contains(lowercase.value) else {
            return nil
        }
        var traits: Traits = []
        if character.isLetter { traits.insert(.letter) }
        if character.isUppercase { traits.insert(.uppercase) }
        if character.isLowercase { traits.insert(.lowercase) }
        if character.isNumber { traits.insert(.number) }
        return Entry(traits: traits, lowercase: lowercase, uppercase: String(character).uppercased())
    }

    /// Reads traits from the table it holds: loops take one, as every read of `traitsTable` itself
    /// first checks that the table is built.
    struct Lookup {
        fileprivate let table: [Traits]

        /// The character properties of the scalar `value`, or `.notPlain`. A Hangul syllable is a
        /// letter without case.
        @inline(__always)
        func traits(ofValue value: UInt32) -> Traits {
            if let slot = PlainCharacters.slot(value) { return table[slot] }
            return PlainCharacters.hangulSyllables.contains(value) ? .letter : .notPlain
        }

        @inline(__always)
        func traits(_ scalar: Unicode.Scalar) -> Traits {
            traits(ofValue: scalar.value)
        }
    }

    static var lookup: Lookup { Lookup(table: traitsTable) }

    static func traits(_ scalar: Unicode.Scalar) -> Traits {
        lookup.traits(scalar)
    }

    /// Whether every scalar of `text` is plain, so that each of its scalars is one character.
    static func isPlain(_ text: some StringProtocol) -> Bool {
        let lookup = lookup
        return text.unicodeScalars.allSatisfy { !lookup.traits($0).contains(.notPlain) }
    }

    /// `String(Character(scalar)).lowercased()` for a plain scalar.
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if hangulSyllables.contains(scalar.value) { return scalar }
        return slot(scalar.value).flatMap { entries[$0]?.lowercase } ?? scalar
    }

    /// `String(Character(scalar)).uppercased()` for a plain scalar.
    static func uppercase(_ scalar: Unicode.Scalar) -> String {
        if hangulSyllables.contains(scalar.value) { return String(scalar) }
        return slot(scalar.value).flatMap { entries[$0]?.uppercase } ?? String(scalar)
    }

    /// Whether a scalar of `text` has `trait`; nil when `text` is not all plain.
    static func contains(_ text: some StringProtocol, _ trait: Traits) -> Bool? {
        let lookup = lookup
        var found = false
        for scalar in text.unicodeScalars {
            let traits = lookup.traits(scalar)
            if traits.contains(.notPlain) { return nil }
            if traits.contains(trait) { found = true }
        }
        return found
    }

    /// The byte offset after the first `count` scalars of `bytes` (all of them when fewer), when those
    /// and the one after are plain, so are the first `count` characters; nil otherwise.
    static func endOfCharacters(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> Int? {
        let lookup = lookup
        var offset = 0
        var taken = 0
        while offset < bytes.count {
            let (value, width) = UTF8Scalars.decode(bytes, at: offset)
            if lookup.traits(ofValue: value).contains(.notPlain) { return nil }
            if taken == count { return offset }
            taken += 1
            offset += width
        }
        return bytes.count
    }
}
