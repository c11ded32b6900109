/// The key figures of a brief, each with what it measures, and disagreements between outlets.
struct FigureDigest: Sendable {
    static let limit = 8

    /// Where the measures found are kept for the other briefs of the run.
    var memo = SentenceMemo()

    /// Figures of the best groups first; years are left to the timeline; a figure without a
    /// recognisable measure is left out rather than shown bare.
    func figures(from groups: [ReportGroup], cite: (ReportGroup) -> [Int]) -> [KeyFigure] {
        var result: [KeyFigure] = []
        var seen = Set<String>()
        // Once the table is full no figure gets in: the measures of the rest are not worked out.
        for group in groups where result.count < Self.limit {
            let fact = group.representative
            for (index, figure) in fact.figures.enumerated() where result.count < Self.limit && Self.isWorthShowing(figure) {
                if let link = figure.linkedTo, link < index { continue }
                let measure: String
                var shown = figure
                if figure.kind == .count, !figure.unit.isEmpty {
                    let noun = Self.countedNoun(of: figure)
                    let counted = noun ?? figure.unit + "s"
                    // Years since an event count the time from it: "more than 30 years | years since the establishment of diplomatic ties".
                    func since() -> String? {
                        Self.spans.contains(figure.unit) ? memo.sincePhrase(after: figure.range, in: fact.text).map { "\(counted) since \($0)" } : nil
                    }
                    measure = memo.ofPhrase(after: figure.range, in: fact.text).map { "\(counted) of \($0)" } ?? since() ?? noun ?? figure.unit
                    // The measure is the noun: the figure is the number ("about 21,000 | Vietnamese workers"). One that
                    // says more keeps it ("more than 30 years | years of diplomatic relations").
                    if let noun, measure == noun, figure.linkedTo == nil, let number = Self.number(of: figure, before: noun) {
                        shown.text = number
                    }
                } else if figure.kind == .duration, !Self.isCompound(figure) {
                    // "for about 15 minutes starting at 5 p.m.": the word after a duration is not what it measures,
                    // but in a report of a contact a duration it went on for is the contact's ("came 6 weeks after" is not).
                    let contact = Self.isLength(figure, in: fact.text) ? fact.contactFormat?.lowercased() : nil
                    guard let found = memo.measure(before: figure.range, in: fact.text) ?? contact else { continue }
                    measure = found
                } else if let found = memo.measure(before: figure.range, in: fact.text)
                            ?? memo.noun(after: figure.range, in: fact.text) {
                    measure = found
                } else {
                    continue
                }
                if let link = figure.linkedTo, link < fact.figures.count, link > index {
                    let partner = fact.figures[link]
                    shown.text = String(fact.text[figure.range.lowerBound..<max(partner.range.upperBound, figure.range.upperBound)])
                    if fact.text[shown.text.endIndex...].hasPrefix(")") { shown.text += ")" }
                }
                let key = "\(figure.kind.rawValue)|\(figure.unit)|\(figure.value)"
                guard seen.insert(key).inserted else { continue }
                result.append(KeyFigure(figure: shown, measure: measure, date: fact.eventDate, citations: cite(group)))
            }
        }
        return result
    }

    /// Units of a count of time, which a phrase after "since" can say the start of.
    static let spans: Set<String> = ["year", "month", "week", "day", "decade"]

    /// What a count counts, as the sentence writes it: "economies", "Korean companies", "anniversary" (of "33rd
    /// anniversary"), where the unit is the noun in the singular and lower case; nil when the text does not
    /// end in the unit's words.
    static func countedNoun(of figure: Figure) -> String? {
        let unitWords = figure.unit.split(separator: " ")
        let words = figure.text.split(separator: " ")
        guard let stem = unitWords.last?.dropLast(), words.count > unitWords.count else { return nil }
        let written = words.suffix(unitWords.count)
        // The words before the last as the unit has them; the last one the unit's, but for its ending.
        let matches = zip(written.dropLast(), unitWords.dropLast()).allSatisfy { $0.lowercased() == $1 }
            && written.last.map { $0.lowercased().hasPrefix(stem) } == true
        return matches ? written.joined(separator: " ") : nil
    }

    /// A count's words before its counted noun ("about 21,000" of "about 21,000 Vietnamese workers"); nil if none.
    static func number(of figure: Figure, before noun: String) -> String? {
        guard figure.text.hasSuffix(noun) else { return nil }
        var number = figure.text.dropLast(noun.count)
        while number.last == " " { number.removeLast() }
        return number.isEmpty ? nil : String(number)
    }

    /// A duration something went on for: "for about 15 minutes", "lasted 40 minutes".
    static func isLength(_ figure: Figure, in sentence: String) -> Bool {
        let before = sentence[..<figure.range.lowerBound]
        let prefix = before[..<(before.lastIndex { $0 != " " }.map(before.index(after:)) ?? before.startIndex)]
        let word = prefix[(prefix.lastIndex(of: " ").map(prefix.index(after:)) ?? prefix.startIndex)...]
        return lengthWords.contains(word.lowercased())
    }

    static let lengthWords: Set<String> = ["for", "lasted", "lasting", "last"]

    /// A figure written as one word with its unit, which describes the noun after it: "25-minute call", "five-year plan".
    static func isCompound(_ figure: Figure) -> Bool {
        figure.text.contains("-") || figure.text.contains("\u{2011}")
    }

    /// Money, percentages and durations; counts only from ten up ("more than 30 years"), not "two leaders".
    static func isWorthShowing(_ figure: Figure) -> Bool {
        switch figure.kind {
        case .money, .percent, .duration: return true
        case .count: return figure.value >= 10
        case .year: return false
        }
    }

    /// At most this many differing values are named, each with its first source.
    static let variantLimit = 3

    /// "Outlet [n]: text; Outlet [m]: text" when a group's reports give different values for the same kind of figure
    /// as the shown report states: of those kinds and units (in the order of their "kind|unit" names) whose values and
    /// articles are not all the same, the first, naming its first few texts. A figure the shown sentence does not give
    /// is not the reader's to compare ("35-minute; 50-minute" under a sentence that names no call). Figures are read
    /// from `index` (of the group's corpus) as numbers; only the texts of the kind and unit that differ are read.
    func discrepancy(in group: ReportGroup, index: SelectionIndex, outletOf: (Int) -> String, number: (Int) -> Int) -> String? {
        let representative = group.representativeIndex
        let shownUnits = index.figures[index.figureStarts[representative]..<index.figureStarts[representative + 1]].map(\.unit)
        guard group.members.count > 1, !shownUnits.isEmpty else { return nil }
        struct Unit { let id: Int32, value: Double, article: Int; var values = false, articles = false }
        var units: [Unit] = []
        let facts = group.members.facts
        for position in group.members.positions where index.figureStarts[position] < index.figureStarts[position + 1] {
            let article = index.keys[position].article
            for entry in index.figures[index.figureStarts[position]..<index.figureStarts[position + 1]] {
                if let known = units.firstIndex(where: { $0.id == entry.unit }) {
                    if units[known].value != entry.value { units[known].values = true }
                    if units[known].article != article { units[known].articles = true }
                } else {
                    units.append(Unit(id: entry.unit, value: entry.value, article: article))
                }
            }
        }
        guard let differing = units.filter({ $0.values && $0.articles && shownUnits.contains($0.id) })
            .min(by: { index.unitNames[Int($0.id)] < index.unitNames[Int($1.id)] })
        else { return nil }
        var parts: [String] = []
        var shown = Set<String>()
        for position in group.members.positions where shown.count < Self.variantLimit {
            for entry in index.figures[index.figureStarts[position]..<index.figureStarts[position + 1]] where entry.unit == differing.id {
                let text = facts[position].figures[Int(entry.position)].text
                guard shown.count < Self.variantLimit, shown.insert(text).inserted else { continue }
                let article = facts[position].article
                parts.append("\(outletOf(article)) [\(number(article))]: \(text)")
            }
        }
        return "Sources differ: " + parts.joined(separator: "; ")
    }
}
