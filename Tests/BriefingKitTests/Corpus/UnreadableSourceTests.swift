import Foundation
import Testing
@testable import BriefingKit

@Suite("A source that cannot be read")
struct UnreadableSourceTests {
    /// A glob can name a folder that looks like an article; it is a warning naming it, and the rest is read.
    @Test func isAWarningAndTheRestIsRead() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("unreadable-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/broken.txt", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let text = "Lee meets Cường in Gyeongju\n\n" + String(repeating: Fixture.prose + " ", count: 4)
        try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/good.txt"))
        let source = SourceSpec(path: root + "/*.txt", location: nil)
        let files = try SourceScanner().files(for: [source])
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["broken.txt", "good.txt"])
        let corpus = CorpusReader().read(files, relativeTo: root) { _, _ in [] }
        #expect(corpus.warnings.map(\.description) == ["broken.txt: warning: cannot be read"])
        #expect(corpus.skipped == 1)
        #expect(corpus.articles.map(\.file) == ["good.txt"])
    }
}
