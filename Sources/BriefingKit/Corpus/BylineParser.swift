/// Extracts author names from a byline such as "By Shin Ji-hye", "BY KIM GYU-TAE [[email protected]]",
/// "By Kim A and Lee B", "Written by …" or a glued "ByShin Ji-hye".
///
/// Names are one to five capitalized words (lowercase particles such as "de" or "bin" allowed).
/// Job titles ("Senior Reporter"), outlet names and emails are dropped; the text stops at a bracket,
/// a digit, a date label or an email. Names written in capitals are title-cased.
enum BylineParser {
    private static let prefixes = ["written by ", "reported by ", "story by ", "words by ", "by "]
    private static let maxBytes = 240

    /// Role words removed from names ("Kim A Senior Reporter" → "Kim A").
    private static let roleWords = WordTable([
        "reporter", "reporters", "staff", "senior", "correspondent", "writer", "writers", "editor", "editors",
        "contributor", "contributing", "columnist", "chief", "deputy", "desk", "intern", "photographer",
        "journalist", "journalists", "associate", "managing", "news", "international", "political",
        "economic", "diplomatic", "correspondents", "team", "bureau", "special", "guest",
    ])
    /// Words after which nothing is part of a name.
    private static let stopWords = WordTable([
        "published", "posted", "updated", "modified", "email", "e-mail", "mail", "minute", "minutes", "min",
        "read", "follow", "photo", "photos", "video", "on", "at", "in", "for", "from", "via", "|",
    ])
    private static let particles = WordTable([
        "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den", "bin", "binti",
        "al", "la", "le", "y", "ter",
    ])

    /// Names in `line`, or nil when the line is not a byline.
    static func names(in line: String) -> [String]? {
        guard line.utf8.count <= maxBytes, let body = stripPrefix(line), !TextShape.isParagraph(line) else { return nil }
        var segments: [[String]] = [[]]
        wordLoop: for rawWord in body.split(separator: " ") {
            var word = Substring(rawWord)
            if let first = word.first, "[(<{|@".contains(first) { break }
            if word.contains("@") || word.contains(where: { $0.isNumber }) { break }
            var endsSegment = false
            while let last = word.last, ",;:/&".contains(last) {
                word = word.dropLast(1)
                endsSegment = true
            }
            let lower = word.lowercased()
            if stopWords.contains(lower) { break wordLoop }
            if lower == "and" || lower == "&" || lower.isEmpty {
                segments.append([])
            } else if !roleWords.contains(lower) {
                segments[segments.count - 1].append(String(word))
            }
            if endsSegment { segments.append([]) }
        }
        var names: [String] = []
        for segment in segments where !segment.isEmpty {
            let name = segment.joined(separator: " ")
            if OutletDetector.outlet(named: name) != nil { continue }
            guard isName(segment) else {
                if names.isEmpty { return nil }
                break
            }
            names.append(TextShape.hasLowercase(name) ? name : TextShape.titleCased(name))
        }
        return names.isEmpty ? nil : names
    }

    private static func stripPrefix(_ line: String) -> Substring? {
        for prefix in prefixes where TextShape.hasPrefixIgnoringCase(line, prefix) {
            return line.dropFirst(prefix.count)
        }
        // "ByShin Ji-hye": a capital after "By" that starts a capitalized word.
        guard line.utf8.starts(with: "By".utf8) else { return nil }
        let characters = Array(line.prefix(4))
        if characters.count == 4, characters[0] == "B", characters[1] == "y",
           characters[2].isUppercase, characters[3].isLowercase {
            return line.dropFirst(2)
        }
        return nil
    }

    private static func isName(_ words: [String]) -> Bool {
        guard (1...5).contains(words.count) else { return false }
        guard let first = words.first?.first, first.isUppercase else { return false }
        for word in words {
            guard let initial = word.first else { return false }
            if particles.contains(word) { continue }
            guard initial.isUppercase, word.allSatisfy({ $0.isLetter || "-'.\u{2019}".contains($0) }) else {
                return false
            }
        }
        if words.count == 1 {
            let lower = words[0].lowercased()
            if DateVocabulary.months[lower] != nil || DateVocabulary.weekdays.contains(lower) { return false }
        }
        return true
    }
}
