/// Recognises sentences that report a meeting, call or visit, and names its format.
///
/// The rule: a contact phrase ("phone talks", "spoke by phone", "video call", "held talks",
/// "met", "state visit") in a sentence that names at least two people (or the leader and a
/// counterpart). The first phrase found decides the format.
public enum ContactDetector {
    static let phrases: [(words: [UInt64], format: String)] = [
        ("phone talks", "Phone call"), ("phone call", "Phone call"), ("phone calls", "Phone call"),
        ("over the phone", "Phone call"), ("by phone", "Phone call"), ("on the phone", "Phone call"),
        ("telephone", "Phone call"), ("video call", "Video call"), ("videoconference", "Video call"),
        ("video conference", "Video call"), ("state visit", "State visit"), ("official visit", "Official visit"),
        ("held talks", "Talks"), ("hold talks", "Talks"), ("holds talks", "Talks"), ("talks with", "Talks"),
        ("met with", "Meeting"), ("met", "Meeting"), ("meeting with", "Meeting"), ("summit", "Summit"),
        ("spoke with", "Conversation"), ("talked with", "Conversation"), ("conversation", "Conversation"),
    ].map { (WordTokens.hashes(of: $0.0, stemmed: false), $0.1) }

    /// The contact's format ("Phone call", "Talks" …), or nil when the sentence reports none.
    public static func format(of text: String) -> String? {
        let folded = FoldedText(text)
        let tokens = WordTokens(folded.bytes).tokens.map(\.hash)
        guard !tokens.isEmpty else { return nil }
        var best: (position: Int, rank: Int, format: String)?
        for (rank, phrase) in phrases.enumerated() {
            guard let first = phrase.words.first else { continue }
            for start in tokens.indices where tokens[start] == first && start + phrase.words.count <= tokens.count {
                guard Array(tokens[start..<(start + phrase.words.count)]) == phrase.words else { continue }
                if best == nil || rank < (best?.rank ?? Int.max) {
                    best = (start, rank, phrase.format)
                }
                break
            }
        }
        return best?.format
    }
}
