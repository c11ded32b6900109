import Testing
@testable import BriefingKit

@Suite("Config validation: every problem, located")
struct ConfigValidationTests {
    @Test("a YAML syntax error is reported at its line and column")
    func syntaxError() {
        let diagnostics = ConfigFixture.diagnostics("version: 1\nbriefs: [a, b\nsources: x\n")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message.hasPrefix(Messages.yamlSyntax("")) == true)
        #expect(diagnostics.first?.line == 3)
    }

    @Test("an unknown key is reported where it is, with a suggestion")
    func unknownKey() {
        let text = ConfigFixture.valid.replacingOccurrences(of: "    topics: [trade]", with: "    topcis: [trade]")
        let diagnostics = ConfigFixture.diagnostics(text)
        #expect(diagnostics.map(\.message) == [
            Messages.unknownKey("topcis", in: "a brief", suggestion: " (did you mean 'topics'?)"),
        ])
        #expect(diagnostics.first?.line == 17)
        #expect(diagnostics.first?.column == 5)
    }

    @Test("an unknown top-level key is reported too")
    func unknownTopLevelKey() {
        let diagnostics = ConfigFixture.diagnostics(ConfigFixture.valid + "\noutptu: out\n")
        #expect(diagnostics.map(\.message) == [
            Messages.unknownKey("outptu", in: "the config", suggestion: " (did you mean 'output'?)"),
        ])
        #expect(diagnostics.first?.line == 18)
    }

    @Test("an empty title is an error, not an empty string")
    func emptyTitle() {
        let text = ConfigFixture.valid.replacingOccurrences(of: "    title: Leader brief", with: "    title:")
        let diagnostics = ConfigFixture.diagnostics(text)
        #expect(diagnostics.map(\.message) == [Messages.emptyValue("title")])
        #expect(diagnostics.first?.line == 15)
        #expect(diagnostics.first?.column == 5)
    }

    @Test("a quoted empty string is an error as well")
    func quotedEmptyName() {
        let text = ConfigFixture.valid.replacingOccurrences(of: "name: Lee Jae-myung", with: "name: \"\"")
        let diagnostics = ConfigFixture.diagnostics(text)
        #expect(diagnostics.map(\.message) == [Messages.emptyValue("name")])
        #expect(diagnostics.first?.line == 6)
        #expect(diagnostics.first?.column == 11)
    }

    @Test("a missing required field names the field and its mapping")
    func missingField() {
        let text = ConfigFixture.valid.replacingOccurrences(of: "    kind: person\n", with: "")
        let diagnostics = ConfigFixture.diagnostics(text)
        #expect(diagnostics.map(\.message) == [Messages.missingKey("kind", in: "entity 'lee'")])
        #expect(diagnostics.first?.line == 6)
    }

    @Test("unknown topic, entity and template references suggest the closest name")
    func unknownReferences() {
        let text = ConfigFixture.valid
            .replacingOccurrences(of: "    topics: [trade]", with: "    topics: [trad]\n    require: [vietnm]\n    template: leeder")
        let diagnostics = ConfigFixture.diagnostics(text)
        #expect(diagnostics.map(\.message) == [
            Messages.unknownTopic("trad", suggestion: " (did you mean 'trade'?)"),
            Messages.unknownEntity("vietnm", suggestion: " (did you mean 'vietnam'?)"),
            Messages.unknownTemplate("leeder", suggestion: " (did you mean 'leader'?)"),
        ])
        #expect(diagnostics.map(\.line) == [17, 18, 19])
        #expect(diagnostics.map(\.column) == [14, 15, 15])
    }

    @Test("a leader brief about a country is an error")
    func personMustBePerson() {
        let text = ConfigFixture.valid.replacingOccurrences(of: "    person: lee", with: "    person: vietnam")
        #expect(ConfigFixture.diagnostics(text).map(\.message) == [Messages.notAPerson("vietnam", kind: "country")])
    }

    @Test("duplicate and unsafe brief ids are errors")
    func briefIDs() {
        let text = ConfigFixture.valid + """

          - id: lee-brief
            kind: leader
            title: Again
            person: lee
          - id: ../escape
            kind: leader
            title: Out
            person: lee
          - id: has space
            kind: leader
            title: Space
            person: lee
        """
        let diagnostics = ConfigFixture.diagnostics(text)
        #expect(diagnostics.map(\.message) == [
            Messages.duplicateBriefID("lee-brief", first: SourceLocation(file: "briefings.yaml", line: 13, column: 9)),
            Messages.unsafeBriefID("../escape"),
            Messages.unsafeBriefID("has space"),
        ])
        #expect(diagnostics.map(\.line) == [18, 22, 26])
    }

    @Test("dates must be YYYY-MM-DD and a window cannot end before it starts")
    func dates() {
        let text = ConfigFixture.valid + """

          - id: meet
            kind: meeting
            title: Meeting
            meeting: {date: 30/10/2025, participants: [lee]}
            window: {from: 2025-01-01, to: 2024-01-01}
        """
        let diagnostics = ConfigFixture.diagnostics(text)
        #expect(diagnostics.map(\.message) == [
            Messages.invalidDate("30/10/2025", key: "date"),
            Messages.windowReversed(from: CalendarDate(year: 2025, month: 1, day: 1)!, to: CalendarDate(year: 2024, month: 1, day: 1)!),
        ])
        #expect(diagnostics.map(\.line) == [21, 22])
    }

    @Test("an impossible day is not a date")
    func impossibleDay() {
        let text = ConfigFixture.valid + "\n    window: {from: 2025-02-30}\n"
        #expect(ConfigFixture.diagnostics(text).map(\.message) == [Messages.invalidDate("2025-02-30", key: "from")])
    }

    @Test("a bad choice lists the choices")
    func badKind() {
        let text = ConfigFixture.valid.replacingOccurrences(of: "    kind: leader", with: "    kind: leeder")
        let diagnostics = ConfigFixture.diagnostics(text)
        #expect(diagnostics.first?.message == Messages.invalidChoice("leeder", key: "kind", choices: ["meeting", "leader"],
                                                                      suggestion: " (did you mean 'leader'?)"))
    }

    @Test("three different mistakes give three located errors in one report")
    func everyProblemAtOnce() {
        let text = ConfigFixture.valid
            .replacingOccurrences(of: "    topics: [trade]", with: "    topcis: [trade]")
            .replacingOccurrences(of: "    title: Leader brief", with: "    title:")
            .replacingOccurrences(of: "    person: lee", with: "    person: leee")
        let diagnostics = ConfigFixture.diagnostics(text)
        #expect(diagnostics.count == 3)
        #expect(diagnostics.map(\.line) == [15, 16, 17])
        #expect(diagnostics.allSatisfy { $0.description.hasPrefix("briefings.yaml:\($0.line):\($0.column): error: ") })
    }

    @Test("a version other than 1 is refused")
    func version() {
        let text = ConfigFixture.valid.replacingOccurrences(of: "version: 1", with: "version: 2")
        #expect(ConfigFixture.diagnostics(text).map(\.message) == [Messages.unsupportedVersion("2")])
    }
}

@Suite("Configs that are not configs")
struct ConfigShapeTests {
    @Test("an empty file, and a file that is not a mapping, are located errors")
    func notAMapping() {
        #expect(ConfigFixture.diagnostics("").map(\.message) == [Messages.emptyConfig()])
        let list = ConfigFixture.diagnostics("- a\n- b\n")
        #expect(list.count == 1 && list.first?.line == 1)
        #expect(list.first?.message == Messages.expected("a mapping of keys to values", for: "the config"))
    }
}
