import Foundation
import Testing
@testable import BriefingKit

@Suite("What a generate run reads")
struct GenerateReadTests {
    /// Which facts are kept shapes the reports (their wordings are compared with every kept one), so a brief written alone
    /// is read from the corpus of the whole run: the same facts, the same brief.
    @Test("a brief generated alone is read from the corpus of the whole run, and written the same")
    func aBriefAloneIsTheWholeRunsBrief() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alone-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        var whole = BriefingPipeline.Options(configPath: TestPaths.packageRoot + "/briefings.yaml", asOf: SampleCorpus.asOf)
        whole.outputDirectory = root + "/whole"
        var alone = whole
        alone.outputDirectory = root + "/alone"
        alone.briefIDs = ["luong-cuong"]
        let wholeReport = try BriefingPipeline().generate(whole), aloneReport = try BriefingPipeline().generate(alone)
        #expect(aloneReport.corpus.facts.count == wholeReport.corpus.facts.count)
        #expect(aloneReport.outputs.map(\.briefID) == ["luong-cuong", "luong-cuong"])
        for file in ["luong-cuong.md", "luong-cuong.txt"] {
            #expect(try String(contentsOfFile: root + "/alone/" + file, encoding: .utf8) == String(contentsOfFile: root + "/whole/" + file, encoding: .utf8))
        }
    }
}
