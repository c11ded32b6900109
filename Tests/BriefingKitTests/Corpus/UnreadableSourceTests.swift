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

    /// Folders nested past the longest path the system opens (PATH_MAX), made one level at a time
    /// relative to the last; an article sits at the bottom. Opening the deepest folders fails for any
    /// user, root included, as a folder without permissions would for anyone else.
    private func makeTooDeep(under root: String) -> Int32 {
        let name = String(repeating: "d", count: 250)
        var parent = open(root, O_RDONLY | O_DIRECTORY)
        for _ in 0..<20 {
            mkdirat(parent, name, 0o755)
            let child = openat(parent, name, O_RDONLY | O_DIRECTORY)
            close(parent)
            parent = child
        }
        let file = openat(parent, "buried.txt", O_WRONLY | O_CREAT, 0o644)
        close(file)
        close(parent)
        return 20
    }

    /// Removes the tree `makeTooDeep` made, level by level, by descriptor.
    private func removeTooDeep(under root: String, levels: Int32) {
        let name = String(repeating: "d", count: 250)
        var descriptors = [open(root, O_RDONLY | O_DIRECTORY)]
        for _ in 0..<levels { descriptors.append(openat(descriptors[descriptors.count - 1], name, O_RDONLY | O_DIRECTORY)) }
        unlinkat(descriptors[descriptors.count - 1], "buried.txt", 0)
        for level in stride(from: descriptors.count - 2, through: 0, by: -1) {
            close(descriptors[level + 1])
            unlinkat(descriptors[level], name, AT_REMOVEDIR)
        }
        close(descriptors[0])
        try? FileManager.default.removeItem(atPath: root)
    }

    @Test func aFolderThatCannotBeOpenedIsAWarningAndTheRestIsListed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("unreadable-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/articles", withIntermediateDirectories: true)
        try Data("text".utf8).write(to: URL(fileURLWithPath: root + "/articles/good.txt"))
        let levels = makeTooDeep(under: root + "/articles")
        defer { removeTooDeep(under: root + "/articles", levels: levels) }
        let listing = try SourceScanner().scan([SourceSpec(path: root + "/articles", location: nil)])
        #expect(listing.files.map { ($0.path as NSString).lastPathComponent } == ["good.txt"])
        // One warning, for the first folder too deep to open; the folders under it are never reached.
        try #require(listing.unreadableFolders.count == 1)
        let folder = listing.unreadableFolders[0]
        #expect(folder.hasPrefix(root + "/articles/dddd") && folder.utf8.count > PATH_MAX)
        let warnings = BriefingPipeline.warnings(unreadableFolders: listing.unreadableFolders, relativeTo: root)
        #expect(warnings.map(\.description) == ["\(folder.dropFirst(root.count + 1)): warning: \(Messages.unreadableFolder)"])
        // A glob over a folder that cannot be listed says so too.
        let glob = try SourceScanner().scan([SourceSpec(path: folder + "/*.txt", location: nil)])
        #expect(glob.files.isEmpty && glob.unreadableFolders == [folder])
    }
}
