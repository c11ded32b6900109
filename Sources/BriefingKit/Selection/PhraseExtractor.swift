/// Short noun phrases around a span of a sentence: what a figure measures, what a date refers to.
///
/// Heuristics over words, documented in README ("Key figures", "Timeline"): the phrase runs
/// from the last determiner ("the", "its", "a" …) within eight words before the span, stopping
/// at clause punctuation; a trailing preposition is dropped.
enum PhraseExtractor {
    static let determiners: Set<String> = ["the", "its", "their", "his", "her", "a", "an", "our", "this", "these"]
    static let trailing: Set<String> = ["of", "at", "to", "by", "in", "on", "for", "with", "from", "and", "than", "about", "over",
                                        "some", "nearly", "around", "approximately", "since", "after", "before", "during", "more", "less",
                                        "worth"]
    static let clauseBreaks: Set<Character> = [",", ";", ":", "(", ")", "—", "–", "\"", "“", "”"]

    /// The words before `range` that describe it, e.g. "bilateral trade target" before "US$150 billion".
    /// Read as UTF-8 when every scalar before it is one whose Character is itself (`PlainSubject.isPlain`), as in
    /// nearly all news text; otherwise Character by Character, which gives the same answer, slowly.
    /// A phrase that runs into its verb ("the Korean Peninsula could be worth", "the upcoming talks came") is not
    /// a measure: the noun it names is not what the figure measures, so there is none.
    static func subject(before range: Range<String.Index>, in sentence: String) -> String? {
        let end = sentence.utf8.distance(from: sentence.utf8.startIndex, to: range.lowerBound)
        let read = sentence.utf8.withContiguousStorageIfAvailable { bytes -> PlainSubject in
            PlainSubject(UnsafeBufferPointer(rebasing: bytes[..<min(end, bytes.count)]))
        }
        if let read, read.isPlain { return withoutPredicate(read.phrase) }
        return subjectByCharacters(before: range, in: sentence)
    }

    /// What a figure at `range` measures: the words before it (`subject(before:in:)`) from after the verb they run
    /// through ("the two sides agreed to raise bilateral trade to $150 billion", "the two countries promote economic
    /// cooperation worth $76.2 billion" measure "bilateral trade" and "economic cooperation"); or, with no determiner
    /// near, the words after the clause's last verb (`verbObject`) or before an "of" the figure follows
    /// ("including economic growth of 32.4 percent").
    static func measure(before range: Range<String.Index>, in sentence: String) -> String? {
        if let subject = subject(before: range, in: sentence) { return afterVerb(subject) }
        let words = clauseWords(before: range, in: sentence)
        return verbObject(words) ?? ofSubject(words)
    }

    /// With no determiner near enough, the words after the clause's last verb, found as `afterVerb` finds it ("The
    /// two sides promised to pursue nuclear power plant projects worth about $58.5 billion": "nuclear power plant
    /// projects"), as `subject` takes words.
    static func verbObject(_ clause: [Substring]) -> String? {
        var words = clause
        while let last = words.last, trailing.contains(last.lowercased()) { words.removeLast() }
        let window = words.suffix(8)
        let start = afterLastVerb(window)
        guard start > 0 else { return nil }
        let phrase = window.dropFirst(start)
        guard !phrase.isEmpty, phrase.count <= 6, let last = phrase.last, !last.hasSuffix("ed"),
              phrase.allSatisfy({ !$0.contains(where: \.isNumber) && !determiners.contains($0.lowercased()) }) else { return nil }
        return withoutPredicate(phrase.joined(separator: " "))
    }

    /// The last words of the clause that ends where `range` starts: at most `limit` + 1, which is more than
    /// `verbObject` and `ofSubject` read (eight after the trailing prepositions, four). The clause break is found
    /// in the bytes (`PlainSubject.clauseStart`); a break with a combining mark on it, which is no break as a
    /// Character, ends the clause here too.
    static func clauseWords(before range: Range<String.Index>, in sentence: String, limit: Int = 14) -> [Substring] {
        let utf8 = sentence.utf8
        let end = utf8.distance(from: utf8.startIndex, to: range.lowerBound)
        let start = utf8.withContiguousStorageIfAvailable { bytes in
            PlainSubject.clauseStart(UnsafeBufferPointer(rebasing: bytes[..<min(end, bytes.count)]), spaceLimit: limit)
        } ?? 0
        return sentence[utf8.index(utf8.startIndex, offsetBy: start)..<range.lowerBound].split(separator: " ")
    }

    /// Base forms of the verbs a figure's clause runs through in reports ("to raise bilateral trade to …",
    /// "promote economic cooperation worth …"): what the figure measures comes after them.
    /// Verbs that are also common nouns ("budget support", "tax cut") are left out: after "to" any verb counts.
    static let baseVerbs: Set<String> = ["raise", "promote", "expand", "boost", "deepen", "strengthen", "increase", "build",
                                         "create", "develop", "implement", "upgrade", "enhance", "foster", "pursue", "invest",
                                         "attract", "achieve", "secure", "seek", "reduce"]

    /// The words of `phrase` after its last verb: after "to" and the word that follows it, or after a base verb
    /// that is not its first word ("upgrade plan" is a noun); the phrase as it is when nothing follows the verb
    /// ("the plan to raise $5 billion" keeps "plan to raise").
    static func afterVerb(_ phrase: String) -> String {
        let words = phrase.split(separator: " ")
        let start = afterLastVerb(words)
        return start > 0 && start < words.count ? words[start...].joined(separator: " ") : phrase
    }

    /// How many of `words` run up to the end of their last verb (0 when none): "to" and the word after it,
    /// or a base verb that is not the first word.
    private static func afterLastVerb(_ words: some Collection<Substring>) -> Int {
        var start = 0
        for (index, word) in words.enumerated() {
            let lower = word.lowercased()
            if lower == "to", index + 1 < words.count {
                start = index + 2
            } else if index > 0, baseVerbs.contains(lower) {
                start = max(start, index + 1)
            }
        }
        return start
    }

    /// Up to three words before an "of" that ends the clause before the span, back to a determiner, a
    /// preposition, a verb or a word in "-ing" or "-ed": "economic growth" of "including economic growth of".
    static func ofSubject(_ clause: [Substring]) -> String? {
        var words = clause
        guard words.last?.lowercased() == "of" else { return nil }
        words.removeLast()
        var phrase: [Substring] = []
        for word in words.reversed() {
            let lower = word.lowercased()
            guard phrase.count < 3, word.first?.isLetter == true, !word.contains(where: \.isNumber),
                  !determiners.contains(lower), !trailing.contains(lower), !predicates.contains(lower), !verbs.contains(lower),
                  !baseVerbs.contains(lower), !lower.hasSuffix("ing"), !lower.hasSuffix("ed") else { break }
            phrase.insert(word, at: 0)
        }
        return phrase.isEmpty ? nil : phrase.joined(separator: " ")
    }

    /// `phrase`, unless a word of it is a verb (`predicates`).
    private static func withoutPredicate(_ phrase: String?) -> String? {
        guard let phrase, !phrase.split(separator: " ").contains(where: { predicates.contains($0.lowercased()) }) else { return nil }
        return phrase
    }

    /// Words that make a phrase a clause: auxiliaries, and the verbs a figure follows in reports ("came 6 weeks after").
    static let predicates: Set<String> = ["is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would",
                                          "could", "can", "may", "might", "should", "must", "came", "comes", "come", "took",
                                          "takes", "lasted", "ran", "said", "says"]

    /// `subject(before:in:)` over Characters: the definition, and the reading of text with combining marks.
    static func subjectByCharacters(before range: Range<String.Index>, in sentence: String) -> String? {
        let prefix = sentence[..<range.lowerBound]
        let clauseStart = prefix.lastIndex(where: clauseBreaks.contains).map { prefix.index(after: $0) } ?? prefix.startIndex
        var words = prefix[clauseStart...].split(separator: " ").map(String.init)
        while let last = words.last, trailing.contains(last.lowercased()) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        let window = words.suffix(8)
        guard let determiner = window.lastIndex(where: { determiners.contains($0.lowercased()) }) else { return nil }
        let phrase = window[(determiner + 1)...]
        guard !phrase.isEmpty, phrase.count <= 6, let last = phrase.last, !last.hasSuffix("ed"),
              phrase.allSatisfy({ !$0.contains(where: \.isNumber) }) else { return nil }
        return withoutPredicate(phrase.joined(separator: " "))
    }

    /// The noun right after a compound figure ("25-minute call" → "call"), with a second noun when the two
    /// close a phrase ("30-minute phone call on Oct. 27" → "phone call"; not "session ran" of "session ran longer").
    static func noun(after range: Range<String.Index>, in sentence: String) -> String? {
        let rest = sentence[range.upperBound...].split(separator: " ", maxSplits: 3)
        guard let first = rest.first, let word = nounWord(first) else { return nil }
        guard first.last?.isLetter == true, rest.count > 1, let second = nounWord(rest[1]) else { return word }
        // The two close a phrase when punctuation, the end, a preposition or a determiner follows.
        let next = rest.count > 2 ? rest[2].lowercased() : ""
        let closes = rest[1].last?.isLetter != true || next.isEmpty || trailing.contains(next) || determiners.contains(next)
            || notNouns.contains(next)
        return closes ? word + " " + second : word
    }

    /// A lower-case word that can be part of a noun phrase, without its punctuation; nil for prepositions, verbs and the like.
    private static func nounWord(_ piece: Substring) -> String? {
        let word = piece.trimmingCharacters(in: .punctuationCharacters)
        guard !word.isEmpty, word.first?.isLowercase == true, !trailing.contains(word), !verbs.contains(word),
              !predicates.contains(word), !determiners.contains(word), !notNouns.contains(word), !word.hasSuffix("ed") else { return nil }
        return word
    }

    /// Words that open a time or a clause after a figure ("8.7 percent last year", "$58.5 billion as a new pillar"),
    /// not what it measures.
    static let notNouns: Set<String> = ["last", "next", "earlier", "later", "ago", "as", "while", "when", "which", "who",
                                        "that", "but", "or", "so", "if", "because", "amid", "despite", "until", "into",
                                        "through", "toward", "towards", "against", "under", "within", "between", "among",
                                        "across", "via", "per", "each"]

    /// "diplomatic relations" in "30 years of diplomatic relations, …": up to four words after "of".
    static func ofPhrase(after range: Range<String.Index>, in sentence: String) -> String? {
        let rest = sentence[range.upperBound...]
        guard rest.hasPrefix(" of ") else { return nil }
        let clause = rest.dropFirst(4).prefix { !clauseBreaks.contains($0) && $0 != "." }
        let words = clause.split(separator: " ").prefix(4).prefix { !verbs.contains(String($0)) && !trailing.contains(String($0)) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    static let verbs: Set<String> = ["is", "was", "were", "are", "has", "have", "had", "will", "would", "said", "and", "or"]

    /// "the establishment of diplomatic ties" in "30 years since the establishment of diplomatic ties, …": a phrase
    /// after "since" that ends with its clause within six words and has no verb; one that goes on ("since ties were
    /// set up") names no event, and is nil.
    static func sincePhrase(after range: Range<String.Index>, in sentence: String) -> String? {
        let rest = sentence[range.upperBound...]
        guard rest.hasPrefix(" since ") else { return nil }
        let clause = rest.dropFirst(7).prefix { !clauseBreaks.contains($0) && $0 != "." }
        let words = clause.split(separator: " ")
        guard let last = words.last, words.count <= 6, !trailing.contains(last.lowercased()),
              !words.contains(where: { verbs.contains(String($0)) }) else { return nil }
        return words.joined(separator: " ")
    }

    /// The clause of `sentence` holding `expression`, from its last determiner: "the establishment of diplomatic ties in 1992".
    static func clause(around expression: String, in sentence: String) -> String? {
        guard !expression.isEmpty, let range = sentence.range(of: expression) else { return nil }
        guard let subject = subject(before: range, in: sentence) else { return nil }
        let prefix = sentence[..<range.lowerBound]
        guard let start = prefix.range(of: subject, options: .backwards)?.lowerBound else { return nil }
        let text = sentence[start..<range.upperBound]
        guard text.split(separator: " ").count <= 14 else { return nil }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}

/// `PhraseExtractor.subject(before:in:)` over the UTF-8 of the text before the span, when that text
/// is plain: each scalar there is a Character of its own, so words and clause breaks are found in the
/// bytes exactly where the Characters put them.
struct PlainSubject {
    private(set) var isPlain = true
    private(set) var phrase: String?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard Self.isPlain(bytes) else {
            isPlain = false
            return
        }
        phrase = Self.subject(bytes)
    }

    /// Whether every scalar is ASCII other than CR, Latin-1 or Latin Extended (U+0080–U+02FF, no combining
    /// mark), Vietnamese (U+1EA0–U+1EFF), general punctuation but the joiners (U+2000–U+206F), or a
    /// currency sign (U+20A0–U+20CF). None of them joins the scalar before it into one Character.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead == 0x0D { return false }
                index += 1
            } else if lead >= 0xC2 && lead <= 0xCB {
                index += 2
            } else if lead == 0xE1 || lead == 0xE2, index + 2 < bytes.count {
                let second = bytes[index + 1], third = bytes[index + 2]
                let plain = lead == 0xE1 ? (second == 0xBA || second == 0xBB)
                    : (second == 0x80 && third != 0x8C && third != 0x8D) || second == 0x81 || second == 0x82
                if !plain { return false }
                index += 3
            } else {
                return false
            }
        }
        return true
    }

    /// The clause's last words from its last determiner, as `subjectByCharacters` takes them.
    private static func subject(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var words: [Range<Int>] = []
        var start = clauseStart(bytes)
        var index = start
        while index <= bytes.count {
            if index == bytes.count || bytes[index] == 0x20 {
                if index > start { words.append(start..<index) }
                start = index + 1
            }
            index += 1
        }
        while let last = words.last, PhraseExtractor.trailing.contains(lowercased(bytes, last)) { words.removeLast() }
        guard !words.isEmpty else { return nil }
        let window = words.suffix(8)
        guard let determiner = window.lastIndex(where: { PhraseExtractor.determiners.contains(lowercased(bytes, $0)) }) else { return nil }
        let phrase = window[(determiner + 1)...]
        guard !phrase.isEmpty, phrase.count <= 6, let last = phrase.last, !endsInED(bytes, last),
              phrase.allSatisfy({ !hasNumber(bytes, $0) }) else { return nil }
        return phrase.map { text(bytes, $0) }.joined(separator: " ")
    }

    /// Just after the last clause break (`PhraseExtractor.clauseBreaks`), or 0; or just after the space that
    /// has `spaceLimit` more after it, when that comes first.
    static func clauseStart(_ bytes: UnsafeBufferPointer<UInt8>, spaceLimit: Int = .max) -> Int {
        var index = bytes.count - 1
        var spaces = 0
        while index >= 0 {
            switch bytes[index] {
            case 0x2C, 0x3B, 0x3A, 0x28, 0x29, 0x22: // , ; : ( ) "
                return index + 1
            case 0x20:
                spaces += 1
                if spaces > spaceLimit { return index + 1 }
                index -= 1
            case 0x93, 0x94, 0x9C, 0x9D: // the last byte of – — “ ”, after E2 80
                if index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2 { return index + 1 }
                index -= 1
            default:
                index -= 1
            }
        }
        return 0
    }

    private static func text(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self)
    }

    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        bytes[word].allSatisfy { $0 < 0x80 }
    }

    /// As `String.lowercased()` gives it.
    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> String {
        guard isASCII(bytes, word) else { return text(bytes, word).lowercased() }
        return String(decoding: bytes[word].map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }, as: UTF8.self)
    }

    private static func endsInED(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard isASCII(bytes, word) else { return text(bytes, word).hasSuffix("ed") }
        return word.count >= 2 && bytes[word.upperBound - 2] == 0x65 && bytes[word.upperBound - 1] == 0x64
    }

    /// Whether a Character of the word is a number: an ASCII digit, or a non-ASCII numeral such as "½".
    private static func hasNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard isASCII(bytes, word) else { return text(bytes, word).contains(where: \.isNumber) }
        return bytes[word].contains { $0 >= 0x30 && $0 <= 0x39 }
    }
}
