import Foundation
import Testing
@testable import BriefingKit

@Suite("Reading whole files")
struct FileBytesTests {
    @Test func readsFilesWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("filebytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = String(repeating: "Lương Cường met Lee Jae-myung. ", count: 5_000)
        try Data(text.utf8).write(to: folder.appendingPathComponent("long.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        #expect(FileBytes.read(folder.appendingPathComponent("long.txt").path) == Array(text.utf8))
        #expect(FileBytes.read(folder.appendingPathComponent("empty.txt").path) == [])
        #expect(FileBytes.read(folder.appendingPathComponent("missing.txt").path) == nil)
        #expect(FileBytes.read(folder.path) == nil)
    }
}
