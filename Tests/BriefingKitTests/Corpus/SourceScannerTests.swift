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

    @Test("folders listed on all cores give every file once, in byte order, with the sidecars beside them")
    func parallelListingIsInByteOrder() throws {
        let root = NSTemporaryDirectory() + "scanner-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let manager = FileManager.default
        // "a.txt" sorts before the files of folder "a" ("." < "/"), "a-b" between them, "a0" after.
        var expected: [String] = []
        for folder in ["a", "a-b", "a0", "a/z", "b/c/d", "é", "Z"] + (0..<40).map({ "many/\(39 - $0)" }) {
            try manager.createDirectory(atPath: "\(root)/\(folder)", withIntermediateDirectories: true)
            for name in ["2.txt", "10.txt", "a.txt", "a.txt.txt", "É.txt"] {
                try "text".write(toFile: "\(root)/\(folder)/\(name)", atomically: true, encoding: .utf8)
                expected.append("\(folder)/\(name)")
            }
        }
        for name in ["a.txt", "a-.txt", "a0.txt", "b.TXT"] {
            try "text".write(toFile: "\(root)/\(name)", atomically: true, encoding: .utf8)
            expected.append(name)
        }
        try "outlet: X".write(toFile: "\(root)/a/10.meta.yaml", atomically: true, encoding: .utf8)
        let files = try SourceScanner().files(for: [SourceSpec(path: root, location: nil)])
        let listed = files.map { String($0.path.dropFirst(root.count + 1)) }
        #expect(listed == expected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(files.filter { $0.hasSidecar == true }.map(\.path) == ["\(root)/a/10.txt"])
        #expect(files.allSatisfy { $0.hasSidecar != nil })
    }

    @Test("a file named by several sources is listed once, with the most specific source; the later wins a tie")
    func overlappingSources() throws {
        let root = NSTemporaryDirectory() + "scanner-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/articles", withIntermediateDirectories: true)
        for name in ["1.txt", "22.txt", "3.txt"] {
            try "text".write(toFile: "\(root)/articles/\(name)", atomically: true, encoding: .utf8)
        }
        let folder = SourceSpec(path: "\(root)/articles", outlet: "Folder", location: nil)
        let single = SourceSpec(path: "\(root)/articles/22.txt", outlet: "Single", location: nil)
        let glob = SourceSpec(path: "\(root)/articles/*.txt", outlet: "Glob", location: nil)
        let again = SourceSpec(path: "\(root)/articles/*.txt", outlet: "Again", location: nil)
        let files = try SourceScanner().files(for: [single, folder, glob, again])
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["1.txt", "22.txt", "3.txt"])
        #expect(files.map(\.source.outlet) == ["Again", "Single", "Again"])
    }

    @Test("names that differ only in Unicode normalization are different files")
    func normalizationVariants() throws {
        let root = NSTemporaryDirectory() + "scanner-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let composed = "\u{E9}.txt", decomposed = "e\u{301}.txt"
        for name in [composed, decomposed] {
            try "text".write(toFile: "\(root)/\(name)", atomically: true, encoding: .utf8)
        }
        let files = try SourceScanner().files(for: [SourceSpec(path: root, location: nil)])
        #expect(files.map { Array($0.path.utf8.dropFirst(root.utf8.count + 1)) } == [Array(decomposed.utf8), Array(composed.utf8)])
    }

    @Test("a source path that does not exist is an error naming it")
    func missingPath() {
        #expect(throws: BriefingError.self) {
            try SourceScanner().files(for: [SourceSpec(path: "/nonexistent/briefing-articles", location: nil)])
        }
    }

    @Test("a glob over a folder that does not exist is an error naming both; one matching nothing in a folder is not")
    func globOverMissingFolder() throws {
        let root = NSTemporaryDirectory() + "briefing-glob-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let pattern = "\(root)/archive/2025-*.txt"
        do {
            _ = try SourceScanner().files(for: [SourceSpec(path: pattern, location: nil)])
            Issue.record("expected an error for \(pattern)")
        } catch let BriefingError.missingSources(diagnostics) {
            #expect(diagnostics.count == 1)
            let message = diagnostics.first?.message ?? ""
            #expect(message.contains(pattern) && message.contains("folder '\(root)/archive' does not exist"), "\(message)")
            #expect(BriefingError.missingSources(diagnostics).exitCode == 66)
        }
        try FileManager.default.createDirectory(atPath: "\(root)/archive", withIntermediateDirectories: true)
        #expect(try SourceScanner().files(for: [SourceSpec(path: pattern, location: nil)]).isEmpty)
    }

    @Test("paths sort in byte order of their UTF-8, prefixes first")
    func bytewiseOrder() {
        let paths = ["seeds/b.txt", "seeds/a.txt", "seeds/Z.txt", "seeds/é.txt", "seeds/e\u{301}.txt", "seeds/a", "seeds/a.txt.bak", ""]
        let sorted = paths.sorted(by: SourceScanner.precedesBytewise)
        #expect(sorted == paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        #expect(sorted.first == "" && sorted.last == "seeds/é.txt")
    }
}
