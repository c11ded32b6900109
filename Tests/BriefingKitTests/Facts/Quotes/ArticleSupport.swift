@testable import BriefingKit

/// Paragraphs split like the project's foundation splitter: ". ", "? ", "! " end a sentence.
func splitSentences(_ paragraph: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    var index = paragraph.startIndex
    while index < paragraph.endIndex {
        let character = paragraph[index]
        current.append(character)
        let next = paragraph.index(after: index)
        if ".?!".contains(character), next == paragraph.endIndex || paragraph[next] == " " {
            sentences.append(current)
            current = ""
        }
        index = next
    }
    sentences.append(current)
    return sentences.map { String($0.drop(while: \.isWhitespace)) }.filter { !$0.isEmpty }
}

let seedAliases: [(String, String, EntityKind)] = [
    ("President Lee Jae-myung", "lee-jae-myung", .person), ("Lee Jae Myung", "lee-jae-myung", .person),
    ("Lee Jae-myung", "lee-jae-myung", .person), ("President Lee", "lee-jae-myung", .person), ("Lee", "lee-jae-myung", .person),
    ("President Luong Cuong", "luong-cuong", .person), ("Luong Cuong", "luong-cuong", .person), ("Lương Cường", "luong-cuong", .person),
    ("President Cường", "luong-cuong", .person), ("Cường", "luong-cuong", .person), ("Cuong", "luong-cuong", .person),
    ("President Yoon Suk-yeol", "yoon-suk-yeol", .person), ("President Yoon", "yoon-suk-yeol", .person), ("Yoon", "yoon-suk-yeol", .person),
    ("Nguyen Phu Trong", "nguyen-phu-trong", .person), ("Trong", "nguyen-phu-trong", .person),
    ("Vietnamese", "vietnam", .country), ("Vietnam", "vietnam", .country), ("Việt Nam", "vietnam", .country),
    ("RoK", "south-korea", .country), ("South Korea", "south-korea", .country), ("Korea", "south-korea", .country),
]

/// Naive alias matcher standing in for the project's entity matcher: longest alias first, whole words, no overlaps.
func seedMentions(in sentence: String) -> [EntityMention] {
    var found: [EntityMention] = []
    for (alias, id, kind) in seedAliases {
        var start = sentence.startIndex
        while let range = firstRange(of: Substring(alias), in: sentence, from: start) {
            start = range.upperBound
            let before = range.lowerBound == sentence.startIndex ? nil : sentence[sentence.index(before: range.lowerBound)]
            let after = range.upperBound == sentence.endIndex ? nil : sentence[range.upperBound]
            guard !(before?.isLetter ?? false), !(after?.isLetter ?? false), after != "-" else { continue }
            guard !found.contains(where: { $0.range.overlaps(range) }) else { continue }
            found.append(EntityMention(entityID: id, kind: kind, range: range))
        }
    }
    return found
}

/// Runs both components over an article the way the pipeline would: paragraphs by line, sentences by the
/// foundation splitter, `previousPerson` carried across sentences.
func analyse(_ text: String) -> (quotes: [Quote], stances: [(String, Stance)]) {
    var allQuotes: [Quote] = []
    var allStances: [(String, Stance)] = []
    var previousPerson: String?
    for paragraph in text.split(separator: "\n") {
        let sentences = splitSentences(String(paragraph))
        let mentionLists = sentences.map(seedMentions)
        allQuotes += QuoteExtractor().quotes(in: sentences, mentions: mentionLists)
        for (sentence, mentions) in zip(sentences, mentionLists) {
            for stance in StanceDetector().stances(in: sentence, mentions: mentions, previousPerson: previousPerson) {
                allStances.append((sentence, stance))
            }
            if let person = mentions.filter({ $0.kind == .person }).max(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                previousPerson = person.entityID
            }
        }
    }
    return (allQuotes, allStances)
}
