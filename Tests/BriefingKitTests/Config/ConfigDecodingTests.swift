import Testing
@testable import BriefingKit

@Suite("Config decoding")
struct ConfigDecodingTests {
    @Test("a valid config decodes into typed values with paths from the config's folder")
    func decodesValidConfig() throws {
        let config = try ConfigFixture.parse(ConfigFixture.valid)
        #expect(config.sources.map(\.path) == ["/project/seeds"])
        #expect(config.output == "/project/briefs")
        #expect(config.entities.map(\.id) == ["lee", "vietnam"])
        #expect(config.entity("lee")?.aliases == ["Lee Jae Myung"])
        #expect(config.entity("vietnam")?.kind == .country)
        #expect(config.topic("trade")?.keywords == ["trade"])
        let brief = try #require(config.briefs.first)
        #expect(brief.kind == .leader)
        #expect(brief.person == "lee")
        #expect(brief.maxFacts == 15)
        #expect(brief.formats == [.markdown])
    }

    @Test("the sample briefings.yaml is valid and defines the three briefs")
    func sampleConfigIsValid() throws {
        let config = try ConfigLoader().load(path: TestPaths.packageRoot + "/briefings.yaml") { _ in DefaultTemplates.briefNames }
        #expect(config.briefs.map(\.id) == ["lee-cuong-gyeongju-2025", "lee-jae-myung", "luong-cuong"])
        let meeting = try #require(config.brief("lee-cuong-gyeongju-2025")?.meeting)
        #expect(meeting.date == CalendarDate(year: 2025, month: 10, day: 30))
        #expect(meeting.participants == ["lee-jae-myung", "luong-cuong"])
    }

    @Test("meeting fields, window and formats decode")
    func decodesMeeting() throws {
        let text = ConfigFixture.valid + """

          - id: meet
            kind: meeting
            title: Meeting
            meeting: {date: 2025-10-30, place: Gyeongju, format: talks, participants: [lee]}
            window: {from: 2022-01-01, to: 2025-12-31}
            formats: [markdown, text]
            max_facts: 5
            exclude: [Albanese]
        """
        let brief = try #require(try ConfigFixture.parse(text).brief("meet"))
        #expect(brief.meeting?.place == "Gyeongju")
        #expect(brief.meeting?.format == "talks")
        #expect(brief.window.from == CalendarDate(year: 2022, month: 1, day: 1))
        #expect(brief.window.to == CalendarDate(year: 2025, month: 12, day: 31))
        #expect(brief.formats == [.markdown, .text])
        #expect(brief.maxFacts == 5)
        #expect(brief.exclude == ["Albanese"])
        #expect(brief.principals == ["lee"])
    }
}
