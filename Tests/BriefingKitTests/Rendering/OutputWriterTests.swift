import Foundation
import Testing
@testable import BriefingKit

@Suite("Writing briefs atomically")
struct OutputWriterTests {
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "briefing-out-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func leftovers(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }
    }

    @Test("a new brief is written, an identical one is left untouched with its modification time")
    func unchanged() throws {
        let folder = try folder()
        let path = folder + "/brief.md"
        #expect(try OutputWriter().write("one\n", to: path) == .written)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: path)
        #expect(try OutputWriter().write("one\n", to: path) == .unchanged)
        let date = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(date == Date(timeIntervalSince1970: 1_000_000))
        #expect(try OutputWriter().write("two\n", to: path) == .written)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two\n")
        #expect(try leftovers(folder).isEmpty)
    }

    @Test("a write that cannot complete leaves the previous file as it was and no temporary file")
    func failedWrite() throws {
        let folder = try folder()
        let path = folder + "/brief.md"
        try FileManager.default.createDirectory(atPath: path + "/occupied", withIntermediateDirectories: true)
        #expect(throws: BriefingError.self) { try OutputWriter().write("new\n", to: path) }
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: path + "/occupied", isDirectory: &isDirectory) && isDirectory.boolValue)
        #expect(try leftovers(folder).isEmpty)
    }
}
