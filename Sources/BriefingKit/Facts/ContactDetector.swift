/// Recognises sentences that report a meeting, call or visit, and names its format.
///
/// The rule: a contact phrase ("phone talks", "spoke by phone", "video call", "held talks",
/// "met", "state visit") in a sentence that names at least two people (or the leader and a
/// counterpart). The first phrase found decides the format.
public enum ContactDetector {
    static let phrases: [(phrase: String, format: String)] = [
        ("phone talks", "Phone call"), ("phone call", "Phone call"), ("phone calls", "Phone call"),
        ("over the phone", "Phone call"), ("by phone", "Phone call"), ("on the phone", "Phone call"),
        ("telephone", "Phone call"), ("video call", "Video call"), ("videoconference", "Video call"),
        ("video conference", "Video call"), ("state visit", "State visit"), ("official visit", "Official visit"),
        ("held talks", "Talks"), ("hold talks", "Talks"), ("holds talks", "Talks"), ("talks with", "Talks"),
        ("met with", "Meeting"), ("met", "Meeting"), ("meeting with", "Meeting"), ("summit", "Summit"),
        ("spoke with", "Conversation"), ("talked with", "Conversation"), ("conversation", "Conversation"),
    ]
    static let matcher = PhraseMatcher(phrases.map(\.phrase))

    /// The contact's format ("Phone call", "Talks" …), or nil when the sentence reports none.
    public static func format(of text: String) -> String? {
        matcher.firstMatch(in: text).map { phrases[$0].format }
    }

    /// Whether the sentence is a report of the contact itself, its subject and the contact at its head ("President Lee
    /// Jae-myung spoke with …", "State President Lương Cường on Thursday held phone talks with …"), rather than what
    /// was said in it ("President Cường appreciated … these early phone talks …", "During the call, Cường said …").
    public static func reportsContact(_ text: String) -> Bool {
        let words = WordTokens(text).tokens.map(\.hash)
        guard let first = words.first, !openingPrepositions.contains(first), let position = matcher.firstPosition(inWords: words) else {
            return false
        }
        return position < reportHeadWords
    }

    /// Words of a contact report before its contact phrase, at most: a name with its title, and a day.
    static let reportHeadWords = 10
    /// A sentence that opens with one of these sets the scene for something else ("During the call, …").
    static let openingPrepositions = WordHashTable(["during", "in", "at", "after", "before", "on", "following", "ahead", "when", "while", "as"]
        .flatMap { WordTokens.hashes(of: $0, stemmed: false) })

    /// As `format(of:)`, with the words of the sentence already scanned.
    static func format(tokens: [WordTokens.Token]) -> String? {
        matcher.firstMatch(inWords: tokens.map(\.hash)).map { phrases[$0].format }
    }
}
