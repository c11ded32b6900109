import Foundation
import Testing
@testable import BriefingKit

/// The rendered briefs of the sample corpus, compared with the reviewed copies in Fixtures/Expected.
///
/// Run with `BRIEFING_RECORD=1 swift test --filter GoldenBriefTests` to rewrite them, then review the diff like code.
@Suite("Golden briefs for the sample corpus")
struct GoldenBriefTests {
    static let expectedFolder = TestPaths.packageRoot + "/Tests/BriefingKitTests/Fixtures/Expected"
    static let recording = ProcessInfo.processInfo.environment["BRIEFING_RECORD"] == "1"

    static func rendered() throws -> [RenderedBrief] {
        let setup = try #require(SampleCorpus.setup)
        let corpus = try #require(SampleCorpus.corpus)
        let briefs = BriefingPipeline().select(setup.config.briefs, config: setup.config, corpus: corpus, asOf: SampleCorpus.asOf)
        return try BriefingPipeline().render(briefs, library: setup.templates.compile(), format: nil, asOf: SampleCorpus.asOf)
    }

    @Test("every default template renders the sample briefs as reviewed", arguments: ["md", "txt"])
    func matchesExpected(format: String) throws {
        for brief in try Self.rendered() where brief.format.fileExtension == format {
            let path = "\(Self.expectedFolder)/\(brief.id).\(format)"
            if Self.recording {
                try FileManager.default.createDirectory(atPath: Self.expectedFolder, withIntermediateDirectories: true)
                try brief.text.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            let expected = try #require(try? String(contentsOfFile: path, encoding: .utf8), "missing \(path); record with BRIEFING_RECORD=1")
            #expect(brief.text == expected, "\(brief.id).\(format) differs from the reviewed copy; if the change is intended, record with BRIEFING_RECORD=1")
        }
    }

    @Test("plain-text briefs never pass 78 columns and Markdown briefs have no stray blank lines")
    func layout() throws {
        for brief in try Self.rendered() {
            if brief.format == .text {
                let long = brief.text.split(separator: "\n").filter { $0.count > 78 && $0.contains(" ") }
                #expect(long.isEmpty, "\(brief.id): \(long.first ?? "")")
            }
            #expect(!brief.text.contains("\n\n\n"))
            #expect(brief.text.hasSuffix("\n") && !brief.text.hasSuffix("\n\n"))
            #expect(!brief.text.contains("&amp;") && !brief.text.contains("&quot;") && !brief.text.contains("&#"))
        }
    }

    @Test("the README's excerpt of the meeting brief is the brief the tool writes, line for line")
    func readmeExcerpt() throws {
        let readme = try String(contentsOfFile: TestPaths.packageRoot + "/README.md", encoding: .utf8)
        let brief = try String(contentsOfFile: "\(Self.expectedFolder)/lee-cuong-gyeongju-2025.md", encoding: .utf8)
        let briefLines = Set(brief.split(separator: "\n", omittingEmptySubsequences: true))
        let start = try #require(readme.range(of: "```markdown\n"))
        let end = try #require(readme.range(of: "\n```", range: start.upperBound..<readme.endIndex))
        let excerpt = readme[start.upperBound..<end.lowerBound].split(separator: "\n").filter { $0 != "…" }
        #expect(excerpt.count > 10)
        let stale = excerpt.filter { !briefLines.contains($0) }
        #expect(stale.isEmpty, "README lines not in the brief: \(stale)")
    }
}
