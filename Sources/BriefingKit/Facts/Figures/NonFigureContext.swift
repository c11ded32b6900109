/// Numbers that look like figures but are not: times of day, codes, fractions like "0/250", date parts.
extension FigureExtractor {
    /// When the number at `index` is not a figure, the token index to resume scanning from.
    func notAFigure(_ tokens: [SentenceToken], at index: Int, reading: NumberReading) -> Int? {
        let token = tokens[index]
        let resume = reading.last + 1
        if index > 0, token.isJoined, tokens[index - 1].isSymbol("-") || tokens[index - 1].isWord {
            if !token.isNumber { return resume }                                 // "one-on-one"
        }
        guard token.isNumber else { return nil }
        if index > 0, token.isJoined {
            let previous = tokens[index - 1]
            if previous.isWord || previous.isSymbol("/") || previous.isSymbol(":") || previous.isSymbol(".") {
                return resume                                                    // "G20", "0/250", "v.2"
            }
            if previous.isSymbol("-"), index > 1, tokens[index - 1].isJoined {
                let before = tokens[index - 2]
                if before.isNumber { return resume }                             // "2025-26", ISO date parts
                if before.isWord, !["mid", "early", "late", "pre", "post"].contains(before.text) { return resume }  // "COVID-19"
            }
        }
        guard resume < tokens.count else { return nil }
        let next = tokens[resume]
        if next.isJoined, next.isSymbol("/") { return resume + 1 }
        if next.isJoined, next.isSymbol(":"), resume + 1 < tokens.count, tokens[resume + 1].isNumber {
            return skipMeridiem(tokens, from: resume + 2)                        // "9:30 a.m."
        }
        if isMeridiem(tokens, at: resume) { return skipMeridiem(tokens, from: resume) }   // "5 p.m."
        if next.isJoined, next.isWord,
           NumberWords.scale(next.text, joined: true, moneyContext: false) == nil {
            return resume + 1                                                    // "1990s", "250자", "5G"
        }
        if DateExpressionScanner.plainYear(token) == nil, isBesideMonth(tokens, at: index, after: resume) {
            return resume                                                        // "June 12", "12 June"
        }
        return nil
    }

    private func isMeridiem(_ tokens: [SentenceToken], at index: Int) -> Bool {
        guard index < tokens.count, tokens[index].isWord else { return false }
        let word = tokens[index].text
        if word == "am" || word == "pm" { return !tokens[index].isCapitalized || tokens[index].isJoined }
        return (word == "a" || word == "p") && index + 2 < tokens.count && tokens[index + 1].isSymbol(".")
            && tokens[index + 1].isJoined && tokens[index + 2].isWord("m")
    }

    private func skipMeridiem(_ tokens: [SentenceToken], from index: Int) -> Int {
        guard isMeridiem(tokens, at: index) else { return index }
        var position = index + 1
        while position < tokens.count, tokens[position].isJoined,
              tokens[position].isSymbol(".") || tokens[position].isWord("m") {
            position += 1
        }
        return position
    }

    private func isBesideMonth(_ tokens: [SentenceToken], at index: Int, after resume: Int) -> Bool {
        var previous = index - 1
        if previous >= 0, tokens[previous].isSymbol(".") { previous -= 1 }
        if previous >= 0, tokens[previous].isCapitalized, DateWords.month(tokens, previous) != nil { return true }
        var next = resume
        if next < tokens.count, tokens[next].isWord("of") { next += 1 }
        return next < tokens.count && tokens[next].isCapitalized && DateWords.month(tokens, next) != nil
    }
}
