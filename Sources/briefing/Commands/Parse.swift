import ArgumentParser
import BriefingKit
import Foundation

struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how articles are read: metadata, paragraphs, captions, sentences, warnings.",
        discussion: """
        With --body, the input is body text only (no metadata detection) and the output is one \
        sentence a line: a quick way to check the sentence splitter. Use - to read stdin.
        """
    )

    @Argument(help: ArgumentHelp("Article files (with --body: one file, or - for stdin).", valueName: "file"))
    var files: [String] = []

    @Flag(help: "Print JSON: an array with one object per file (see README).")
    var json = false

    @Flag(help: "Treat the input as body text only and print one sentence a line.")
    var body = false

    func validate() throws {
        if files.isEmpty && !body { throw ValidationError("name at least one file, e.g. `briefing parse seeds/*.txt`") }
        if body && files.count > 1 { throw ValidationError("--body reads one file, or - for stdin") }
    }

    func run() throws {
        if body {
            let source = files.first ?? "-"
            let text = String(decoding: try Self.bytes(source), as: UTF8.self)
            let splitter = SentenceSplitter()
            for paragraph in text.components(separatedBy: "\n\n") {
                for range in splitter.split(paragraph) {
                    Console.output(paragraph[range].split(whereSeparator: \.isNewline).joined(separator: " ") + "\n")
                }
            }
            return
        }
        let reports = try files.map { ArticleReport(data: try Self.bytes($0), file: $0) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.output(String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n")
            return
        }
        for report in reports { Console.output(Self.describe(report)) }
    }

    static func bytes(_ path: String) throws -> [UInt8] {
        if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BriefingError.missingInput("'\(path)' does not exist or cannot be read")
        }
        return [UInt8](data)
    }

    static func describe(_ report: ArticleReport) -> String {
        var lines = ["== \(report.file)"]
        func field(_ name: String, _ value: String?) { lines.append("\(name): \(value ?? "—")") }
        field("outlet", report.outlet)
        field("title", report.title)
        field("published", report.published)
        if report.updated != nil { field("updated", report.updated) }
        field("byline", report.byline.isEmpty ? nil : report.byline.joined(separator: ", "))
        field("dateline", report.dateline)
        field("language", report.language)
        for warning in report.warnings { lines.append("warning: \(warning)") }
        for (index, paragraph) in report.paragraphs.enumerated() { lines.append("¶\(index + 1) \(paragraph)") }
        for caption in report.captions { lines.append("caption: \(caption)") }
        return lines.joined(separator: "\n") + "\n\n"
    }
}
