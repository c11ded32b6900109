/// A sentence opening with "He", "She", "His" or "Her": its person is the one the sentence before is
/// about (its subject), not one it names. Asked of every sentence, so told by its first byte first.
enum PersonalPronoun {
    /// Openings that stand for that person as a subject: "He [Lee Jae-myung] also proposed …".
    static let subjects = ["He", "She"]
    private static let all = subjects + ["His", "Her"]

    /// The "He" or "She" a sentence opens with, as a whole word.
    static func subject(opening text: String) -> String? {
        mayOpen(text) ? subjects.first { opens(text, withWords: $0) } : nil
    }

    /// Whether a sentence opens with any of the pronouns.
    static func opens(_ text: String) -> Bool {
        mayOpen(text) && all.contains { opens(text, withWords: $0) }
    }

    private static func mayOpen(_ text: String) -> Bool {
        text.utf8.first == UInt8(ascii: "H") || text.utf8.first == UInt8(ascii: "S")
    }

    /// Whether `text` starts with `opening` as whole words: "He " or "He," but not "Hence" (also for "They …").
    static func opens(_ text: String, withWords opening: String) -> Bool {
        guard text.hasPrefix(opening) else { return false }
        let next = text.utf8.dropFirst(opening.utf8.count).first
        return next == UInt8(ascii: " ") || next == UInt8(ascii: ",")
    }
}
