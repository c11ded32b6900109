import Foundation
import Testing
@testable import BriefingKit

@Suite("Listing the articles a config's sources name")
struct SourceScannerTests {
    @Test("a folder is walked recursively: .txt files (any case) and links to them, in byte order; nothing else")
    func walksFolders() throws {
        let root = NSTemporaryDirectory() + "scanner-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        for folder in ["articles/b/deep", "articles/a", "elsewhere"] {
            try manager.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
        }
        for file in ["articles/b/deep/3.txt", "articles/a/1.txt", "articles/a/2.TXT", "articles/a/notes.md",
                     "articles/a/image.jpg", "elsewhere/linked.txt", "elsewhere/inside-link.txt"] {
            try "text".write(toFile: "\(root)/\(file)", atomically: true, encoding: .utf8)
        }
        try manager.createSymbolicLink(atPath: "\(root)/articles/link.txt", withDestinationPath: "\(root)/elsewhere/linked.txt")
        try manager.createSymbolicLink(atPath: "\(root)/articles/folder-link", withDestinationPath: "\(root)/elsewhere")

        let files = try SourceScanner().files(for: [SourceSpec(path: "\(root)/articles", location: nil)])
        #expect(files.map { String($0.path.dropFirst(root.count + 1)) }
            == ["articles/a/1.txt", "articles/a/2.TXT", "articles/b/deep/3.txt", "articles/link.txt"])
    }

    @Test("a source path that does not exist is an error naming it")
    func missingPath() {
        #expect(throws: BriefingError.self) {
            try SourceScanner().files(for: [SourceSpec(path: "/nonexistent/briefing-articles", location: nil)])
        }
    }

    @Test("paths sort in byte order of their UTF-8, prefixes first")
    func bytewiseOrder() {
        let paths = ["seeds/b.txt", "seeds/a.txt", "seeds/Z.txt", "seeds/é.txt", "seeds/e\u{301}.txt", "seeds/a", "seeds/a.txt.bak", ""]
        let sorted = paths.sorted(by: SourceScanner.precedesBytewise)
        #expect(sorted == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(sorted.first == "" && sorted.last == "seeds/é.txt")
    }
}
