import Foundation
import Testing

@Suite("Sources are numbered as a reader meets them")
struct SourceOrderTests {
    /// The generator, built next to the `briefing` binary.
    static let generator = (BinaryRunner.binary as NSString).deletingLastPathComponent + "/briefing-corpus"

    /// The source numbers a brief cites before its list of sources, each the first time it appears (a citation
    /// "[3]", or "\[3\]" in a Markdown note), and the numbers its list of sources gives.
    static func numbers(in brief: String, markdown: Bool) -> (cited: [Int], listed: [Int]) {
        let heading = markdown ? "\n## Sources\n" : "\nSOURCES\n"
        guard let split = brief.range(of: heading) else { return ([], []) }
        var cited: [Int] = []
        let body = brief[..<split.lowerBound]
        var rest = body[...]
        while let open = rest.firstIndex(of: "[") {
            let digits = rest[rest.index(after: open)...].prefix { $0.isNumber }
            let after = digits.endIndex
            if !digits.isEmpty, after < rest.endIndex, rest[after] == "]" || rest[after] == "\\", let number = Int(digits),
               !cited.contains(number) {
                cited.append(number)
            }
            rest = rest[rest.index(after: open)...]
        }
        // "1. Outlet …" in Markdown, "  [1] Outlet …" in plain text, where a wrapped entry goes on indented.
        let listed = brief[split.upperBound...].split(separator: "\n").compactMap { line -> Int? in
            let entry = markdown ? line[...] : line.drop { $0 == " " }
            guard markdown || entry.first == "[" else { return nil }
            let digits = entry.drop { $0 == "[" }.prefix { $0.isNumber }
            let mark = entry.drop { $0 == "[" }.dropFirst(digits.count).first
            return !digits.isEmpty && mark == (markdown ? "." : "]") ? Int(digits) : nil
        }
        return (cited, listed)
    }

    /// Over briefs of many shapes (meetings and leaders, items with differing figures, long timelines, earlier
    /// contacts, others' asks of a leader), the first citation of every source comes in number order, and every
    /// source listed is cited.
    @Test("in every brief written from a generated corpus, sources are cited first in number order, and every one listed is cited")
    func readingOrder() throws {
        let folder = NSTemporaryDirectory() + "briefing-order-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let made = try BinaryRunner.run([folder, "--count", "400", "--briefs", "12", "--quiet"], in: NSTemporaryDirectory(),
                                        executable: Self.generator)
        #expect(made.status == 0, "stderr: \(made.stderr)")
        let run = try BinaryRunner.run(["generate", "--config", "briefings-12.yaml", "--as-of", "2025-10-29", "--output", "out", "--quiet"],
                                       in: folder)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/out").filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }
        #expect(files.count >= 12)
        for file in files {
            let text = try String(contentsOfFile: folder + "/out/" + file, encoding: .utf8)
            let (cited, listed) = Self.numbers(in: text, markdown: file.hasSuffix(".md"))
            #expect(!listed.isEmpty, "\(file) lists no source")
            #expect(cited == Array(1...max(1, cited.count)), "\(file): first citations \(cited.prefix(40))")
            #expect(listed == Array(1...max(1, listed.count)) && listed.count == cited.count,
                    "\(file): \(listed.count) sources listed, \(cited.count) cited")
        }
    }
}
