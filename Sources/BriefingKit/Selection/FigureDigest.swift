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
        for group in groups {
            let fact = group.representative
            for (index, figure) in fact.figures.enumerated() where Self.isWorthShowing(figure) {
                if let link = figure.linkedTo, link < index { continue }
                let measure: String
                if figure.kind == .count, !figure.unit.isEmpty {
                    measure = PhraseExtractor.ofPhrase(after: figure.range, in: fact.text).map { "\(figure.unit)s of \($0)" } ?? figure.unit
                } else if let found = memo.subject(before: figure.range, in: fact.text)
                            ?? memo.noun(after: figure.range, in: fact.text) {
                    measure = found
                } else {
                    continue
                }
                var shown = figure
                if let link = figure.linkedTo, link < fact.figures.count, link > index {
                    let partner = fact.figures[link]
                    shown.text = String(fact.text[figure.range.lowerBound..<max(partner.range.upperBound, figure.range.upperBound)])
                    if fact.text[shown.text.endIndex...].hasPrefix(")") { shown.text += ")" }
                }
                let key = "\(figure.kind.rawValue)|\(figure.unit)|\(figure.value)"
                guard seen.insert(key).inserted, result.count < Self.limit else { continue }
                result.append(KeyFigure(figure: shown, measure: measure, date: fact.eventDate, citations: cite(group)))
            }
        }
        return result
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

    /// "Outlet [n]: text; Outlet [m]: text" when a group's reports give different values for the same kind of figure.
    func discrepancy(in group: ReportGroup, outletOf: (Int) -> String, number: (Int) -> Int) -> String? {
        guard group.members.count > 1 else { return nil }
        // Figures by kind and unit, taken in the order of their "kind|unit" names.
        struct Unit: Hashable { let kind: FigureKind, unit: String }
        var byUnit: [Unit: [(value: Double, text: String, article: Int)]] = [:]
        let facts = group.members.facts
        for position in group.members.positions {
            for figure in facts[position].figures where figure.kind != .year {
                byUnit[Unit(kind: figure.kind, unit: figure.unit), default: []].append((figure.value, figure.text, facts[position].article))
            }
        }
        let names = byUnit.keys.map { (name: "\($0.kind.rawValue)|\($0.unit)", unit: $0) }
        for (_, unit) in names.sorted(by: { $0.name < $1.name }) {
            guard let values = byUnit[unit], Set(values.map(\.value)).count > 1, Set(values.map(\.article)).count > 1 else { continue }
            var parts: [String] = []
            var shown = Set<String>()
            for entry in values where shown.count < Self.variantLimit && shown.insert(entry.text).inserted {
                parts.append("\(outletOf(entry.article)) [\(number(entry.article))]: \(entry.text)")
            }
            return "Sources differ: " + parts.joined(separator: "; ")
        }
        return nil
    }
}
