import Foundation
import Testing

@Suite("briefing parse and facts, run as a binary")
struct InspectCommandTests {
    @Test("parse --json gives one documented object per file")
    func parseJSON() throws {
        let project = try SampleProject()
        let result = try project.run("parse", "--json", "seeds/000_b615631977886510.txt", "seeds/004_769da325a7814dd9.txt")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.count == 2)
        let keys: Set<String> = ["file", "outlet", "title", "published", "updated", "byline", "dateline", "language", "url",
                                 "paragraphs", "captions", "sentences", "warnings", "read"]
        #expect(objects.allSatisfy { Set($0.keys) == keys })
        #expect(objects[0]["outlet"] as? String == "Korea JoongAng Daily")
        #expect(objects[0]["published"] as? String == "2025-06-13T00:06")
        #expect(objects[1]["byline"] as? [String] == ["Shin Ji-hye"])
        #expect((objects[0]["paragraphs"] as? [String])?.contains { $0.contains("Related Stories") || $0.contains("print dictionary") } == false)
    }

    @Test("parse --body - reads stdin and prints one sentence a line")
    func parseBody() throws {
        let project = try SampleProject()
        let result = try BinaryRunner.run(["parse", "--body", "-"], in: project.path,
                                          stdin: "He arrived in the U.S. on Monday. Talks began at 9 a.m. sharp.The deal was signed.")
        #expect(result.status == 0)
        #expect(result.stdout == "He arrived in the U.S. on Monday.\nTalks began at 9 a.m. sharp.\nThe deal was signed.\n")
    }

    @Test("facts --brief --explain gives scores, reasons and rejections")
    func explain() throws {
        let project = try SampleProject()
        let result = try project.run("facts", "--brief", "lee-cuong-gyeongju-2025", "--explain", "--as-of", "2025-10-29")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("CHOSEN"))
        #expect(result.stdout.contains("why: topic "))
        #expect(result.stdout.contains("REJECTED duplicate of "))
        #expect(result.stdout.contains("REJECTED no required entity"))
        // The report of the talks came out the day after the brief is prepared.
        #expect(result.stdout.contains("REJECTED published 2025-10-30, after the as-of date 2025-10-29"))
    }

    @Test("facts --brief reads as generate does: a sentence no brief of the config can use is listed by facts alone")
    func explainReadsAsGenerate() throws {
        let project = try SampleProject()
        let sentence = "A senior presidential official said Thursday that there are “no plans” yet for a call with Putin."
        let all = try project.run("facts", "--as-of", "2025-10-29")
        let explained = try project.run("facts", "--brief", "luong-cuong", "--explain", "--as-of", "2025-10-29")
        #expect(all.status == 0 && explained.status == 0, "stderr: \(explained.stderr)")
        #expect(all.stdout.contains(sentence))
        #expect(!explained.stdout.contains(sentence))
        // What another brief of the config can use is still read, and its reason given.
        #expect(explained.stdout.contains("REJECTED no required entity"))
    }

    @Test("facts lists who \"they\" and an opening \"He\" stand for, beside the entities named")
    func referentsListed() throws {
        let project = try SampleProject()
        let result = try project.run("facts", "--as-of", "2025-10-29")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("entities: vietnam, korea · he/she: lee-jae-myung · topics: trade"))
        #expect(result.stdout.contains("entities: apec, korea, vietnam · implied: lee-jae-myung, luong-cuong · topics: science, relations, apec"))
        #expect(result.stdout.contains("entities: lee-jae-myung, vietnam, apec, korea · it: Lee's office · topics: apec"))
    }

    @Test("JSON output is byte for byte the same on every run (keys sorted), so it can be diffed")
    func jsonIsStable() throws {
        let project = try SampleProject()
        for arguments in [["facts", "--json"], ["parse", "--json", "seeds/003_936c27233a25ce62.txt"]] {
            let first = try BinaryRunner.run(arguments, in: project.path)
            let second = try BinaryRunner.run(arguments, in: project.path)
            #expect(first.status == 0)
            #expect(first.stdout == second.stdout)
            let objects = try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [[String: Any]]
            #expect(objects?.isEmpty == false)
        }
    }

    @Test("facts --json lists facts with dates, figures, quotes and stances")
    func factsJSON() throws {
        let project = try SampleProject()
        let result = try project.run("facts", "--json")
        #expect(result.status == 0)
        let facts = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let target = try #require(facts.first { ($0["text"] as? String)?.hasPrefix("President Cường suggested") == true })
        #expect((target["stances"] as? [[String: Any]])?.first?["act"] as? String == "proposed")
        #expect((target["figures"] as? [[String: Any]])?.contains { $0["unit"] as? String == "USD" } == true)
        #expect(facts.allSatisfy { $0["event_date"] is [String: Any] && $0["offsets"] is [String: Any] })
        // Who "they" and "he" are, as the briefs name them in brackets.
        let they = try #require(facts.first { ($0["text"] as? String)?.hasPrefix("They also highlighted") == true })
        #expect(Set(they["implied"] as? [String] ?? []) == ["lee-jae-myung", "luong-cuong"])
        let he = try #require(facts.first { ($0["text"] as? String)?.hasPrefix("He also proposed that Việt Nam") == true })
        #expect(he["referent"] as? String == "lee-jae-myung")
        #expect(they["referent"] == nil)
        // And what the "it" of a closing "it noted" is.
        let noted = try #require(facts.first { ($0["text"] as? String)?.hasSuffix("in November, it noted.") == true })
        #expect(noted["credit_referent"] as? String == "Lee's office")
        #expect(they["credit_referent"] == nil)
    }

    @Test("unreadable articles are warnings naming the file; the briefs are still written")
    func badArticles() throws {
        let project = try SampleProject()
        try project.write("", to: "seeds/empty.txt")
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]).write(to: URL(fileURLWithPath: project.path + "/seeds/binary.txt"))
        let result = try project.run("generate", "--as-of", "2025-10-29")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("seeds/empty.txt: warning: "))
        #expect(result.stderr.contains("seeds/binary.txt: warning: "))
        #expect(result.stderr.contains("2 skipped"))
        #expect(project.read("briefs/lee-cuong-gyeongju-2025.md") != nil)
    }
}

@Suite("What the user states about an article")
struct SidecarTests {
    @Test("a .meta.yaml beside an article sets its outlet, url and title in the source list")
    func sidecar() throws {
        let project = try SampleProject()
        try project.write("outlet: Viet Nam News (VNA)\nurl: https://vietnamnews.vn/politics-laws/example\ntitle: Việt Nam, RoK leaders hold talks\n",
                          to: "seeds/003_936c27233a25ce62.meta.yaml")
        let result = try project.run("generate", "lee-cuong-gyeongju-2025", "--stdout", "--as-of", "2025-10-30")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Viet Nam News (VNA), 30 October 2025: [Việt Nam, RoK leaders hold talks](https://vietnamnews.vn/politics-laws/example)"))
    }

    @Test("a sidecar mistake is a warning naming its line; the article is still read")
    func sidecarMistake() throws {
        let project = try SampleProject()
        try project.write("outlet: Viet Nam News\npublishd: 2025-10-30\n", to: "seeds/003_936c27233a25ce62.meta.yaml")
        let result = try project.run("generate", "--as-of", "2025-10-29")
        #expect(result.status == 0)
        #expect(result.stderr.contains("seeds/003_936c27233a25ce62.meta.yaml:2: warning: unknown key 'publishd' (did you mean 'published'?)"))
    }
}
