import Foundation
import Testing
@testable import BriefingKit

@Suite("Merging what the workers read")
struct CorpusReaderTests {
    /// Files read on all cores land in path order: each fact names its article's index in the corpus,
    /// and skipped files leave no gap, whatever the scheduling.
    @Test func factsLandInPathOrderWithTheirArticlesIndex() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let article = "Lee meets Cường in Gyeongju\n\n" + String(repeating: Fixture.prose + " ", count: 4)
        // Enough files for several batches of reading and of merging; every seventh one is empty.
        let count = 700
        for number in 0..<count {
            let text = number % 7 == 3 ? "" : article
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + String(format: "%04d.txt", number)))
        }
        let files = try SourceScanner().files(for: [SourceSpec(path: root, location: nil)])
        let corpus = CorpusReader().read(files, relativeTo: root) { article, index in
            // A different number of facts per file (none for some), each saying where it came from.
            (0..<(index % 4)).map { sentence in
                let text = "\(article.file) sentence \(sentence)"
                return Fact(article: -1, paragraph: 0, sentence: sentence, bodyRange: 0..<text.utf8.count, text: text,
                            entities: ["lee-jae-myung"], topics: ["trade"], eventDate: .fallback(CalendarDate(dayNumber: 20_000)))
            }
        }
        let read = (0..<count).filter { $0 % 7 != 3 }
        #expect(corpus.skipped == count - read.count)
        #expect(corpus.warnings.map(\.file) == (0..<count).filter { $0 % 7 == 3 }.map { String(format: "%04d.txt", $0) })
        #expect(corpus.articles.map(\.file) == read.map { String(format: "%04d.txt", $0) })
        let expected = read.enumerated().flatMap { position, number in
            (0..<(number % 4)).map { (position, "\(String(format: "%04d.txt", number)) sentence \($0)") }
        }
        #expect(corpus.facts.map(\.article) == expected.map(\.0))
        #expect(corpus.facts.map(\.text) == expected.map(\.1))
    }
}
