import Foundation
import Testing

@Suite("briefing validate and list, run as a binary")
struct ValidateCommandTests {
    @Test("the sample config is valid")
    func sampleIsValid() throws {
        let project = try SampleProject()
        let result = try project.run("validate")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("three mistakes give three located errors and exit 65; nothing is written")
    func threeMistakes() throws {
        let project = try SampleProject()
        let config = try #require(project.read("briefings.yaml"))
        let broken = config
            .replacingOccurrences(of: "    max_facts: 15", with: "    max_fact: 15")
            .replacingOccurrences(of: "      date: 2025-10-30", with: "      date: 30 October")
            .replacingOccurrences(of: "    person: luong-cuong", with: "    person: luong-cuon")
        try project.write(broken, to: "briefings.yaml")
        for command in ["validate", "generate"] {
            let result = try project.run(command)
            #expect(result.status == 65)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 3, "\(result.stderr)")
            #expect(lines.allSatisfy { $0.hasPrefix("briefings.yaml:") && $0.contains(": error: ") })
            #expect(result.stderr.contains("did you mean 'max_facts'?"))
            #expect(result.stderr.contains("did you mean 'luong-cuong'?"))
            #expect(result.stderr.contains("'30 October'"))
        }
        #expect(project.read("briefs/lee-jae-myung.md") == nil)
    }

    @Test("list prints one brief a line on stdout")
    func list() throws {
        let project = try SampleProject()
        let result = try project.run("list")
        #expect(result.status == 0)
        let ids = result.stdout.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" }
        #expect(ids == ["lee-cuong-gyeongju-2025", "lee-jae-myung", "luong-cuong"])
    }

    @Test("the config is found relative to --config, from any folder")
    func configFromElsewhere() throws {
        let project = try SampleProject()
        let result = try BinaryRunner.run(["list", "--config", project.path + "/briefings.yaml"], in: NSTemporaryDirectory())
        #expect(result.status == 0)
        #expect(result.stdout.contains("lee-jae-myung"))
    }
}

@Suite("Config files that cannot be used")
struct UnusableConfigTests {
    @Test("a templates folder that does not exist exits 66 naming it")
    func missingTemplatesFolder() throws {
        let project = try SampleProject()
        let config = try #require(project.read("briefings.yaml"))
        try project.write(config.replacingOccurrences(of: "output: briefs", with: "output: briefs\ntemplates: nowhere"), to: "briefings.yaml")
        let result = try project.run("validate")
        #expect(result.status == 66)
        #expect(result.stderr.contains("nowhere"))
    }

    @Test("every source path that does not exist, a glob's folder included, is listed at its line; exit 66, nothing written")
    func missingSources() throws {
        let project = try SampleProject()
        let config = try #require(project.read("briefings.yaml"))
        try project.write(config.replacingOccurrences(of: "  - path: seeds\n", with: "  - path: seeds\n  - path: archive/2025-*.txt\n  - path: wire\n"),
                          to: "briefings.yaml")
        let lines = try #require(project.read("briefings.yaml")).components(separatedBy: "\n")
        let globLine = try #require(lines.firstIndex { $0.contains("- path: archive/2025-*.txt") }) + 1
        for command in ["validate", "generate"] {
            let result = try project.run(command)
            #expect(result.status == 66, "\(command): \(result.stderr)")
            let errors = result.stderr.split(separator: "\n")
            #expect(errors.count == 2, "\(result.stderr)")
            #expect(errors.first?.hasPrefix("briefings.yaml:\(globLine):") == true && errors.first?.contains("/archive' does not exist") == true)
            #expect(errors.last?.hasPrefix("briefings.yaml:\(globLine + 1):") == true && errors.last?.contains("/wire' does not exist") == true)
        }
        #expect(project.read("briefs/lee-jae-myung.md") == nil)
    }

    @Test("a config that is not UTF-8 is a located error (65)")
    func notUTF8() throws {
        let project = try SampleProject()
        try Data([0x76, 0x65, 0x72, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: project.path + "/briefings.yaml"))
        let result = try project.run("validate")
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("briefings.yaml:1:1: error: "))
    }
}
