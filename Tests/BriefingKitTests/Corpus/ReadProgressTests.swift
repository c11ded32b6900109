import Testing
import Foundation
@testable import BriefingKit

@Suite("The progress line of a long read")
struct ReadProgressTests {
    @Test("counts are grouped by thousands and the verb says whether reading goes on")
    func line() {
        let reading = ReadProgress(filesRead: 12_345, totalFiles: 100_000, factsKept: 1_234_567)
        #expect(reading.line(elapsed: 3.25) == "Reading 12,345 of 100,000 files · 1,234,567 facts kept · 3.2 s")
        let done = ReadProgress(filesRead: 5, totalFiles: 5, factsKept: 0)
        #expect(done.line(elapsed: 0.04) == "Read 5 of 5 files · 0 facts kept · 0.0 s")
    }

    @Test("the reader reports every file once and the facts it kept")
    func reader() throws {
        let setup = try #require(SampleCorpus.setup)
        let seen = Reported()
        let corpus = try BriefingPipeline().readCorpus(setup.config, for: setup.config.briefs) { seen.add($0) }
        let last = try #require(seen.last)
        #expect(last.filesRead == last.totalFiles && last.totalFiles == 5)
        #expect(last.factsKept == corpus.facts.count)
    }
}

/// Progress reports as they arrive from the reader's workers.
private final class Reported: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [ReadProgress] = []

    func add(_ progress: ReadProgress) { lock.withLock { reports.append(progress) } }
    var last: ReadProgress? { lock.withLock { reports.max { $0.filesRead < $1.filesRead } } }
}
