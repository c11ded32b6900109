import Foundation
import Testing

@Suite("briefing generate, run as a binary")
struct GenerateCommandTests {
    @Test("writes every configured brief in each format, citing its sources")
    func writesEveryBrief() throws {
        let project = try SampleProject()
        let result = try project.run("generate", "--as-of", "2025-10-29")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty, "stdout carries data only")
        for id in ["lee-cuong-gyeongju-2025", "lee-jae-myung", "luong-cuong"] {
            for ext in ["md", "txt"] {
                let brief = try #require(project.read("briefs/\(id).\(ext)"), "briefs/\(id).\(ext) missing")
                #expect(brief.contains("[1]"), "\(id).\(ext) cites no source")
                #expect(brief.contains("seeds/"), "\(id).\(ext) lists no source file")
            }
            #expect(result.stderr.contains("briefs/\(id).md"))
        }
        let meeting = try #require(project.read("briefs/lee-cuong-gyeongju-2025.md"))
        #expect(meeting.hasPrefix("# Pre-meeting brief: President Lee Jae-myung and State President Lương Cường\n"))
        #expect(!meeting.contains("&amp;") && !meeting.contains("&#39;"), "briefs are never HTML-escaped")
    }

    @Test("a second run with the same input reports the briefs unchanged and gives identical bytes")
    func reproducible() throws {
        let project = try SampleProject()
        _ = try project.run("generate", "--as-of", "2025-10-29")
        let first = project.read("briefs/lee-cuong-gyeongju-2025.md")
        let second = try project.run("generate", "--as-of", "2025-10-29")
        #expect(second.status == 0)
        #expect(second.stderr.contains("unchanged: "))
        #expect(project.read("briefs/lee-cuong-gyeongju-2025.md") == first)
    }

    @Test("--stdout writes one brief to stdout and no file")
    func toStdout() throws {
        let project = try SampleProject()
        let result = try project.run("generate", "luong-cuong", "--stdout", "--format", "text", "--as-of", "2025-10-29")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("Leader brief: Lương Cường\n"))
        #expect(project.read("briefs/luong-cuong.txt") == nil)
    }

    @Test("--output chooses the folder and --quiet prints nothing on success")
    func outputAndQuiet() throws {
        let project = try SampleProject()
        let result = try project.run("generate", "lee-jae-myung", "--output", "elsewhere", "--quiet", "--as-of", "2025-10-29")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty && result.stdout.isEmpty)
        #expect(project.read("elsewhere/lee-jae-myung.md") != nil)
        #expect(project.read("briefs/lee-jae-myung.md") == nil)
    }

    @Test("--timings prints one line of the phases' times on stderr, even with --quiet, and nothing on stdout")
    func timings() throws {
        let project = try SampleProject()
        let result = try project.run("generate", "--timings", "--quiet", "--as-of", "2025-10-29")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        let phases = lines.first.map { $0.dropFirst("Timings: ".count).split(separator: " · ").map { $0.prefix { !$0.isNumber }.trimmingCharacters(in: .whitespaces) } }
        #expect(phases == ["loading the config", "listing", "reading", "grouping reports", "selecting", "rendering", "writing", "total"])
        #expect(result.stderr.hasPrefix("Timings: loading the config ") && result.stderr.contains(" s CPU)"))
        let one = try project.run("generate", "luong-cuong", "--stdout", "--timings", "--as-of", "2025-10-29")
        #expect(one.stdout.hasPrefix("# Leader brief: Lương Cường") && one.stderr.contains("Timings: loading the config ") && one.stderr.contains(" · rendering "))
        let untimed = try project.run("generate", "--as-of", "2025-10-29")
        #expect(!untimed.stderr.contains("Timings:"))
    }

    @Test("--quiet still prints the warning for an article it skipped, and the briefs are written")
    func quietKeepsWarnings() throws {
        let project = try SampleProject()
        try project.write("", to: "seeds/empty.txt")
        let result = try project.run("generate", "--quiet", "--as-of", "2025-10-29")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr == "seeds/empty.txt: warning: empty file\n")
        #expect(project.read("briefs/lee-jae-myung.md") != nil)
    }

    @Test("on a terminal, generate shows files read and facts kept on stderr; piped or --quiet, it does not")
    func progressOnlyOnATerminal() throws {
        let project = try SampleProject()
        let piped = try project.run("generate", "--as-of", "2025-10-29")
        #expect(piped.status == 0)
        #expect(!piped.stderr.contains("facts kept") && !piped.stderr.contains("\r"))

        // `script` gives the binary a pseudo-terminal, as a person at a shell would.
        let script = "/usr/bin/script"
        try #require(FileManager.default.isExecutableFile(atPath: script), "util-linux script is needed for this test")
        func onTerminal(_ arguments: String) throws -> BinaryRunner.Result {
            try BinaryRunner.run(["-qec", "'\(BinaryRunner.binary)' \(arguments)", "/dev/null"], in: project.path, executable: script)
        }
        let shown = try onTerminal("generate --as-of 2025-10-29")
        #expect(shown.status == 0)
        #expect(shown.stdout.contains("Read 5 of 5 files · "), "output: \(shown.stdout)")
        #expect(shown.stdout.contains(" facts kept · "))
        let quiet = try onTerminal("generate --quiet --as-of 2025-10-29")
        #expect(quiet.status == 0)
        #expect(!quiet.stdout.contains("facts kept"), "output: \(quiet.stdout)")
    }

    @Test("an unknown brief id is a usage error (64) with a suggestion")
    func unknownBrief() throws {
        let project = try SampleProject()
        let result = try project.run("generate", "lee-jae-myng")
        #expect(result.status == 64)
        #expect(result.stderr.contains("did you mean 'lee-jae-myung'?"))
    }

    @Test("a malformed --as-of is a usage error (64)")
    func badAsOf() throws {
        let project = try SampleProject()
        let result = try project.run("generate", "--as-of", "29/10/2025")
        #expect(result.status == 64)
        #expect(result.stderr.contains("--as-of"))
    }

    @Test("a missing config exits 66 and says what to do")
    func missingConfig() throws {
        let project = try SampleProject()
        let result = try project.run("generate", "--config", "nope.yaml")
        #expect(result.status == 66)
        #expect(result.stderr.contains("nope.yaml"))
    }

    @Test("a missing source folder exits 66 naming it")
    func missingSource() throws {
        let project = try SampleProject()
        try FileManager.default.removeItem(atPath: project.path + "/seeds")
        let result = try project.run("generate")
        #expect(result.status == 66)
        #expect(result.stderr.contains("seeds"))
    }

    @Test("an output folder that cannot be written exits 73")
    func unwritableOutput() throws {
        let project = try SampleProject()
        try project.write("a file, not a folder", to: "blocked")
        let result = try project.run("generate", "--output", "blocked/briefs", "--as-of", "2025-10-29")
        #expect(result.status == 73)
        #expect(result.stderr.contains("blocked"))
    }
}

@Suite("A failed run loses nothing")
struct FailedRunTests {
    @Test("a template error exits 65 with its location, and the previous briefs stay as they were")
    func templateErrorKeepsBriefs() throws {
        let project = try SampleProject()
        _ = try project.run("generate", "--as-of", "2025-10-29")
        let before = project.read("briefs/lee-cuong-gyeongju-2025.md")
        let config = try #require(project.read("briefings.yaml"))
        try project.write(config.replacingOccurrences(of: "output: briefs", with: "output: briefs\ntemplates: mytemplates"), to: "briefings.yaml")
        try project.write("# {{brief.title}}\n{{#key_points}}\n- {{text}}\n", to: "mytemplates/meeting.md.mustache")
        let result = try project.run("generate", "--as-of", "2025-10-29")
        #expect(result.status == 65)
        #expect(result.stderr.contains("mytemplates/meeting.md.mustache:"))
        #expect(result.stderr.contains(": error: "))
        #expect(project.read("briefs/lee-cuong-gyeongju-2025.md") == before)
        let names = try FileManager.default.contentsOfDirectory(atPath: project.path + "/briefs")
        #expect(!names.contains { $0.hasSuffix(".tmp") })
    }

    @Test("templates lists built-ins and prints one")
    func templatesCommand() throws {
        let project = try SampleProject()
        let list = try project.run("templates")
        #expect(list.status == 0)
        #expect(list.stdout.contains("meeting.md\tbuilt-in"))
        let one = try project.run("templates", "meeting.md")
        #expect(one.stdout.hasPrefix("# {{brief.title}}"))
        #expect(try project.run("templates", "meting.md").stderr.contains("did you mean 'meeting.md'?"))
    }
}
