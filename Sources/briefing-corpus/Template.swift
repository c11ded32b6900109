/// A named gap in a sentence template, filled in by `Composer`.
enum Slot: String, Sendable {
    /// People: the fact's speaker and the other side; the story's two participants; both together.
    case x, y, a, b, both
    /// Countries and demonyms of the same people.
    case xc, yc, ac, bc, xadj, yadj, aadj, badj
    /// Topic phrases: the fact's topic as a noun, another topic of the story, a verb phrase.
    case topic, topic2, action, quote
    /// When and where: "on Thursday", "on June 12", "in Gyeongju", the forum, the meeting itself.
    case when, date, place, forum, meeting, during, later
    /// Figures: the trade target, a sum, a share, call length, years.
    case fig, bn, pct, growth, minutes, year, anniv, annivth, count, few, n, nth, lastYear, monthsAgo
    /// Attribution and colour.
    case say, office, spokes, deepen, partnership, analyst, ordinal, qopen, month, vncity
}

/// A sentence pattern such as "{both} agreed to {action}{when}.", parsed once.
struct Template: Sendable {
    enum Piece: Sendable {
        case text(String)
        case slot(Slot)
    }

    let pieces: [Piece]

    /// Parses `{name}` slots; an unknown name stays literal text (and shows up in a review of the output).
    init(_ source: String) {
        var pieces: [Piece] = []
        var literal = ""
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[rest.startIndex..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
            let name = String(rest[afterOpen..<close])
            if let slot = Slot(rawValue: name) {
                if !literal.isEmpty { pieces.append(.text(literal)) }
                literal = ""
                pieces.append(.slot(slot))
            } else {
                literal += "{\(name)}"
            }
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { pieces.append(.text(literal)) }
        self.pieces = pieces
    }

    static func list(_ sources: [String]) -> [Template] { sources.map(Template.init) }
}
