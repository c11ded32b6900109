/// Finds money amounts, percentages, durations, counts and years in a sentence.
public struct FigureExtractor: Sendable {
    public init() {}

    /// Every figure in the sentence, in order; amounts restated in brackets are linked to each other.
    public func figures(in sentence: String) -> [Figure] {
        figures(in: sentence, tokens: WordTokenizer.tokens(in: sentence))
    }

    /// As `figures(in:)`, with the sentence's tokens (`WordTokenizer.tokens(in:)`) taken only when it may hold a figure.
    func figures(in sentence: String, tokens: @autoclosure () -> [SentenceToken]) -> [Figure] {
        Self.mayHoldFigures(sentence) ? figures(checked: sentence, tokens: tokens()) : []
    }

    /// False when the sentence cannot hold a figure: it has no digit and no word that may be a number's.
    static func mayHoldFigures(_ sentence: String) -> Bool {
        WordTokenizer.containsDigit(sentence) || WordTokenizer.containsWord(withPrefixIn: numberWordPrefixes, in: sentence)
    }

    /// The figures of a sentence that `mayHoldFigures`.
    func figures(checked sentence: String, tokens: [SentenceToken]) -> [Figure] {
        var drafts: [Draft] = []
        var index = 0
        while index < tokens.count {
            let (draft, next) = match(tokens, at: index)
            if var draft {
                attachQualifier(&draft, tokens)
                drafts.append(draft)
            }
            index = max(next, index + 1)
        }
        return build(drafts, tokens: tokens, sentence: sentence)
    }

    private static let numberWordPrefixes = WordTokenizer.prefixSet(
        ["one", "two", "thr", "fou", "for", "fiv", "fif", "six", "sev", "eig", "nin", "ten", "ele", "twe", "thi",
         "fir", "sec"])

    /// A figure before it is turned into a `Figure`; positions are token indices.
    struct Draft {
        var kind: FigureKind
        var value: Double
        var unit: String
        var first: Int
        var last: Int
        var qualifier: String?
        var qualifierFirst: Int?
    }

    /// The figure starting at `index`, if any, and the index to continue from.
    private func match(_ tokens: [SentenceToken], at index: Int) -> (Draft?, Int) {
        if let money = currencyFirst(tokens, at: index) { return (money, money.last + 1) }
        guard let reading = NumberWords.read(tokens, at: index) else { return (nil, index + 1) }
        if let skipTo = notAFigure(tokens, at: index, reading: reading) { return (nil, skipTo) }
        if let draft = numberFirst(tokens, at: index, reading: reading) { return (draft, draft.last + 1) }
        if let shared = coordinated(tokens, at: index, reading: reading) { return (shared, shared.last + 1) }
        return (nil, reading.last + 1)
    }

    /// "US$150 billion", "$19.17 billion", "€3bn", "VND 10 trillion".
    private func currencyFirst(_ tokens: [SentenceToken], at index: Int) -> Draft? {
        // Asked of every token: its fields are read in place, not from a copy.
        var currency: String?
        var numberIndex = index + 1
        switch tokens[index].kind {
        case .number:
            return nil
        case .symbol:
            currency = FigureVocabulary.currencySign(tokens, index)
        case .word:
            guard tokens[index].isCapitalized else { return nil }
            if index + 1 < tokens.count, tokens[index + 1].isSymbol("$"), tokens[index + 1].isJoined,
               let code = FigureVocabulary.dollarPrefix(tokens[index].text) {
                currency = code
                numberIndex = index + 2
            } else {
                currency = FigureVocabulary.currencyCode(tokens, index)
            }
        }
        guard let currency, numberIndex < tokens.count, tokens[numberIndex].isNumber else { return nil }
        let number = tokens[numberIndex]
        var draft = Draft(kind: .money, value: number.value, unit: currency, first: index, last: numberIndex)
        if let (scale, scaleIndex) = scaleWord(tokens, after: numberIndex, money: true) {
            draft.value = (number.value * scale).rounded()
            draft.last = scaleIndex
        }
        return draft
    }

    private func numberFirst(_ tokens: [SentenceToken], at index: Int, reading: NumberReading) -> Draft? {
        var draft = Draft(kind: .count, value: reading.value, unit: "", first: index, last: reading.last)
        var scaled = false
        var abbreviated = false
        if !reading.isOrdinal, let (scale, scaleIndex) = scaleWord(tokens, after: reading.last, money: false) {
            draft.value = (reading.value * scale).rounded()
            draft.last = scaleIndex
            scaled = true
            abbreviated = NumberWords.isAbbreviatedScale(tokens[scaleIndex].text)
        }
        let next = draft.last + 1
        guard next < tokens.count else {
            return scaled ? unitless(draft, abbreviated) : yearDraft(tokens, draft, reading)
        }
        let token = tokens[next]
        if !reading.isOrdinal, let money = currencyAfter(tokens, at: next) {
            draft.kind = .money
            draft.unit = money
            draft.last = next
            return draft
        }
        if !reading.isOrdinal, let (unit, last) = percentUnit(tokens, at: next) {
            draft.kind = .percent
            draft.unit = unit
            draft.last = last
            return draft
        }
        if !scaled, !reading.isOrdinal, token.isSymbol("-"), token.isJoined, next + 1 < tokens.count,
           tokens[next + 1].isWord, tokens[next + 1].isJoined {
            guard let (unit, _) = FigureVocabulary.timeUnit(Nouns.singular(tokens[next + 1].text)) else { return nil }
            draft.kind = .duration
            draft.unit = unit
            draft.last = next + 1
            return draft
        }
        if !reading.isOrdinal, token.isWord, let (unit, isDuration) = FigureVocabulary.timeUnit(Nouns.singular(token.text)) {
            draft.kind = isDuration ? .duration : .count
            draft.unit = unit
            draft.last = next
            return draft
        }
        if !scaled, let year = yearDraft(tokens, draft, reading) { return year }
        if let (unit, last) = Nouns.countedPhrase(tokens, from: next, countableOnly: reading.isOrdinal,
                                                  allowSingular: reading.isOrdinal || reading.value == 1) {
            draft.unit = unit
            draft.last = last
            return draft
        }
        return scaled ? unitless(draft, abbreviated) : nil
    }

    /// "fifth and sixth phone calls", "between 5 and 7 percent": the first number takes the second's unit.
    private func coordinated(_ tokens: [SentenceToken], at index: Int, reading: NumberReading) -> Draft? {
        let link = reading.last + 1
        guard link + 1 < tokens.count, tokens[link].isWord("and") || tokens[link].isWord("or")
                || tokens[link].isWord("to") || tokens[link].isSymbol(","),
              let second = NumberWords.read(tokens, at: link + 1), second.isOrdinal == reading.isOrdinal,
              let partner = numberFirst(tokens, at: link + 1, reading: second), partner.kind != .year
        else { return nil }
        let multiplier = second.value == 0 ? 1 : partner.value / second.value
        let value = partner.kind == .money || multiplier != 1 ? (reading.value * multiplier).rounded() : reading.value
        return Draft(kind: partner.kind, value: value, unit: partner.unit, first: index, last: reading.last)
    }

    private func yearDraft(_ tokens: [SentenceToken], _ draft: Draft, _ reading: NumberReading) -> Draft? {
        guard !reading.isWritten, !reading.isOrdinal, let year = DateExpressionScanner.plainYear(tokens[draft.first]),
              draft.last == draft.first else { return nil }
        let next = draft.last + 1
        if next < tokens.count, tokens[next].isWord, !tokens[next].isCapitalized, Nouns.isPlural(tokens[next].text) {
            return nil
        }
        var result = draft
        result.kind = .year
        result.value = Double(year)
        result.unit = "year"
        return result
    }

    /// A scaled amount with nothing after it: "1.5bn" reads as money, "2 million" as a bare count.
    private func unitless(_ draft: Draft, _ abbreviated: Bool) -> Draft {
        var result = draft
        result.kind = abbreviated ? .money : .count
        return result
    }

    private func scaleWord(_ tokens: [SentenceToken], after index: Int, money: Bool) -> (Double, Int)? {
        let next = index + 1
        guard next < tokens.count, tokens[next].isWord,
              let scale = NumberWords.scale(tokens[next].text, joined: tokens[next].isJoined, moneyContext: money)
        else { return nil }
        if NumberWords.isAbbreviatedScale(tokens[next].text), !tokens[next].isJoined, tokens[next].text.utf8.count < 2 {
            return nil
        }
        return (scale, next)
    }

    private func currencyAfter(_ tokens: [SentenceToken], at index: Int) -> String? {
        let token = tokens[index]
        if token.isSymbol("₫") || token.isSymbol("€") { return FigureVocabulary.currencySign(tokens, index) }
        guard token.isWord else { return nil }
        if token.isCapitalized, let code = FigureVocabulary.currencyCode(tokens, index) { return code }
        return token.isCapitalized ? nil : FigureVocabulary.currencyWord(tokens, index)
    }

    private func percentUnit(_ tokens: [SentenceToken], at index: Int) -> (String, Int)? {
        let token = tokens[index]
        if token.isSymbol("%") { return ("percent", index) }
        if token.isWord("percent") || token.isWord("pct") { return ("percent", index) }
        if token.isWord("per"), index + 1 < tokens.count, tokens[index + 1].isWord("cent") { return ("percent", index + 1) }
        if token.isWord("percentage"), index + 1 < tokens.count,
           tokens[index + 1].isWord("point") || tokens[index + 1].isWord("points") {
            return ("percentage point", index + 1)
        }
        return nil
    }

    private func attachQualifier(_ draft: inout Draft, _ tokens: [SentenceToken]) {
        guard let (text, first) = FigureVocabulary.qualifier(tokens, endingAt: draft.first - 1) else { return }
        if (text == "since" || text == "until") && draft.kind != .year { return }
        if draft.kind == .year && !(text == "by" || text == "since" || text == "until") { return }
        draft.qualifier = text
        draft.qualifierFirst = first
    }

    private func build(_ drafts: [Draft], tokens: [SentenceToken], sentence: String) -> [Figure] {
        let utf8 = sentence.utf8
        var figures: [Figure] = drafts.map { draft in
            let start = utf8.index(utf8.startIndex, offsetBy: tokens[draft.qualifierFirst ?? draft.first].start)
            let end = utf8.index(utf8.startIndex, offsetBy: tokens[draft.last].end)
            return Figure(kind: draft.kind, text: String(decoding: utf8[start..<end], as: UTF8.self),
                          range: start..<end, value: draft.value, unit: draft.unit, qualifier: draft.qualifier)
        }
        for position in figures.indices.dropFirst()
        where drafts[position - 1].kind == .money && drafts[position].kind == .money
            && isRestatement(tokens[(drafts[position - 1].last + 1)..<(drafts[position].qualifierFirst ?? drafts[position].first)]) {
            figures[position - 1].linkedTo = position
            figures[position].linkedTo = position - 1
        }
        return figures
    }

    /// "(", ", or", "or": what separates an amount from its conversion.
    private func isRestatement(_ between: ArraySlice<SentenceToken>) -> Bool {
        let texts = between.map(\.text)
        return texts == ["("] || texts == ["or"] || texts == [",", "or"] || texts == ["—"] || texts == ["(", "or"]
    }
}
