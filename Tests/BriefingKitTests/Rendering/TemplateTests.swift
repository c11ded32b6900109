import Foundation
import Testing
@testable import BriefingKit

@Suite("Templates: defaults, user overrides, errors")
struct TemplateTests {
    @Test("briefs render as text: no HTML entities, even when a template asks for HTML")
    func neverHTMLEscaped() throws {
        let brief = RenderingFixture.brief()
        let markdown = try RenderingFixture.render(brief)
        #expect(markdown.contains("Lee & Cường agreed"))
        #expect(!markdown.contains("&amp;"))
        let text = try RenderingFixture.render(brief, format: .text, templates: [
            "leader.txt.mustache": "{{% CONTENT_TYPE:HTML }}{{brief.title}}\n{{> part.txt}}",
            "part.txt.mustache": "{{#key_points}}{{text}}{{/key_points}}",
        ])
        #expect(text == "Leader brief: Lee & co\nLee & Cường agreed on a US$150 billion trade target by 2030.\n")
    }

    @Test("a user template overrides the default of the same name; partials and parents work")
    func overridesAndInheritance() throws {
        let output = try RenderingFixture.render(RenderingFixture.brief(), format: .text, templates: [
            "base.txt.mustache": "HEADER {{$header}}default{{/header}}\n{{#key_points}}- {{text}}{{/key_points}}\n",
            "leader.txt.mustache": "{{<base.txt}}{{$header}}{{brief.title}}{{/header}}{{/base.txt}}",
        ])
        #expect(output.hasPrefix("HEADER Leader brief: Lee & co\n- Lee & Cường agreed"))
    }

    @Test("a text of the context does in a template all that a string does")
    func textsActAsStrings() throws {
        let output = try RenderingFixture.render(RenderingFixture.brief(), format: .text, templates: [
            "leader.txt.mustache": """
            {{uppercased(brief.kind)}} {{lowercased(person.name)}}
            {{#person}}{{#title}}[{{.}}] {{name}}{{/title}}{{/person}}
            {{#key_points}}{{#date}}{{text}}{{/date}} {{#first(topics)}}{{.}}{{/first(topics)}} {{count(topics)}}{{/key_points}}
            {{^brief.title}}no title{{/brief.title}}{{#missing}}never{{/missing}}{{{brief.title}}}
            {{#sections}}{{>*topic}}{{/sections}}
            """,
            "trade.mustache": "Trade partial for {{label}}",
        ])
        #expect(output == """
            LEADER lee jae-myung
            [President of the Republic of Korea] Lee Jae-myung
            Lee & Cường agreed on a US$150 billion trade target by 2030. trade 1
            Leader brief: Lee & co
            Trade partial for Trade & investment\n
            """)
    }

    @Test("the built-in templates are listed, and a user's file is marked as an override")
    func listing() throws {
        let folder = try RenderingFixture.templateFolder(["meeting.md.mustache": "# {{brief.title}}\n", "mine.md.mustache": "x"])
        let store = try TemplateStore(userFolder: folder)
        #expect(store.entries["meeting.md"]?.overridesDefault == true)
        #expect(store.entries["mine.md"]?.overridesDefault == false)
        #expect(store.entries["leader.md"]?.path == nil)
        #expect(store.briefTemplateNames == ["leader", "meeting", "mine"])
    }

    @Test("a syntax error in a user template is located in its file")
    func syntaxErrorLocated() throws {
        let folder = try RenderingFixture.templateFolder(["leader.md.mustache": "# {{brief.title}}\n\n{{#key_points}}\n- {{text}}\n"])
        let store = try TemplateStore(userFolder: folder)
        #expect {
            _ = try store.compile()
        } throws: { error in
            guard case let BriefingError.invalidInput(diagnostics) = error, let first = diagnostics.first else { return false }
            return first.location?.file == folder + "/leader.md.mustache" && first.location?.line == 5
                && first.severity == .error
        }
    }

    /// What the checker says of a user's `leader.md` template.
    static func checked(leader template: String) throws -> [Diagnostic] {
        let folder = try RenderingFixture.templateFolder(["leader.md.mustache": template])
        let diagnostics = TemplateChecker(store: try TemplateStore(userFolder: folder)).check()
        return diagnostics.filter { $0.location?.file.hasSuffix("leader.md.mustache") == true }
    }

    @Test("an unknown name is a located warning; a missing partial is an error")
    func unknownNames() throws {
        let mine = try Self.checked(leader: "# {{brief.title}}\n{{#key_points}}\n- {{txt}}\n{{/key_points}}\n{{> footr}}\n")
        #expect(mine.map(\.severity) == [.warning, .error])
        #expect(mine.map { $0.location?.line } == [3, 5])
        #expect(mine.first?.location?.column == 3)
        #expect(mine.first?.message.contains("'txt'") == true)
        #expect(mine.first?.message.contains("did you mean 'text'?") == true)
    }

    @Test("a location counts characters, not bytes, and lines inside a tag")
    func locationsInCharacters() throws {
        let mine = try Self.checked(leader: "## Việt Nam {{titel}}\n{{#key_points\n}}{{txt}}\n{{/key_points}}\n")
        #expect(mine.map { $0.location?.line } == [1, 3])
        #expect(mine.map { $0.location?.column } == [13, 3])
    }

    @Test("the default templates use only documented names")
    func defaultsAreClean() throws {
        #expect(TemplateChecker(store: try TemplateStore(userFolder: nil)).check().isEmpty)
    }

    @Test("every name the README documents is in the context of a brief")
    func readmeNamesExist() throws {
        let readme = try String(contentsOfFile: TestPaths.packageRoot + "/README.md", encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "### Template context").last)
        let table = section.components(separatedBy: "\n## ").first ?? section
        var documented = Set<String>()
        for line in table.split(separator: "\n") where line.hasPrefix("|") {
            let firstCell = line.split(separator: "|").first ?? ""
            for piece in firstCell.split(separator: "`").enumerated() where piece.offset % 2 == 1 {
                documented.insert(String(piece.element.split(separator: ".").last ?? piece.element))
            }
        }
        #expect(!documented.isEmpty)
        #expect(documented.isSubset(of: BriefContext.documentedNames))
        let context = BriefContext(format: .markdown, generatedOn: RenderingFixture.brief().asOf).values(for: RenderingFixture.brief())
        var names = Set<String>()
        func collect(_ value: Any) {
            if let dictionary = value as? [String: Any] {
                for (key, inner) in dictionary { names.insert(key); collect(inner) }
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(context)
        let conditional: Set<String> = ["meeting", "place", "format", "participants", "period", "from", "to", "url", "date_iso", "last_contact"]
        #expect(documented.subtracting(names).subtracting(conditional).isEmpty,
                "documented but missing from the context: \(documented.subtracting(names).subtracting(conditional).sorted())")
    }

    @Test("a source is dated by its publication, else by its update stamp, else said to be undated")
    func sourceDates() throws {
        var brief = RenderingFixture.brief()
        let published = ArticleTimestamp(date: CalendarDate(year: 2025, month: 7, day: 21)!)
        let updated = ArticleTimestamp(date: CalendarDate(year: 2025, month: 7, day: 22)!)
        let cases: [(ArticleTimestamp?, ArticleTimestamp?, String)] = [
            (published, updated, "Viet Nam News, 21 July 2025: Talks"),
            (nil, updated, "Viet Nam News, updated 22 July 2025: Talks"),
            (nil, nil, "Viet Nam News, date unknown: Talks"),
        ]
        for (published, updated, line) in cases {
            brief.sources[0].published = published
            brief.sources[0].updated = updated
            let text = try RenderingFixture.render(brief, format: .text)
            #expect(text.contains("[1] " + line), "\(text)")
        }
    }
}
