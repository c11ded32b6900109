import Foundation
import Testing
@testable import BriefingKit

@Suite("Timing the phases of a run")
struct RunTimingsTests {
    @Test("each phase is timed from the end of the one before, in order, and the line sums them")
    func phasesInOrder() {
        var timings = RunTimings()
        Thread.sleep(forTimeInterval: 0.02)
        timings.end("reading")
        timings.end("selecting")
        #expect(timings.phases.map(\.name) == ["reading", "selecting"])
        #expect(timings.phases[0].wall >= 0.02 && timings.phases[1].wall < timings.phases[0].wall)
        #expect(timings.phases.allSatisfy { $0.cpu >= 0 })
        #expect(timings.line.hasPrefix("Timings: reading 0.0"))
        #expect(timings.line.contains(" · selecting 0.0") && timings.line.contains(" · total 0.0"))
    }

    @Test func secondsAreGivenToTheHundredth() {
        #expect(RunTimings.seconds(0.0042) == "0.00 s")
        #expect(RunTimings.seconds(0.05) == "0.05 s")
        #expect(RunTimings.seconds(12.345_6) == "12.35 s")
        #expect(RunTimings.seconds(-1) == "0.00 s")
    }

    @Test("a generate run reports its phases, from loading the config to writing the briefs")
    func generateReportsItsPhases() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("timings-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var options = BriefingPipeline.Options(configPath: TestPaths.packageRoot + "/briefings.yaml", asOf: SampleCorpus.asOf)
        options.outputDirectory = folder
        let report = try BriefingPipeline().generate(options)
        #expect(report.timings.phases.map(\.name)
            == ["loading the config", "listing", "reading", "grouping reports", "selecting", "rendering", "writing"])
        #expect(report.timings.phases.first { $0.name == "reading" }.map { $0.wall > 0 && $0.cpu > 0 } == true)
    }
}
