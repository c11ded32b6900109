import Testing
@testable import BriefingKit

@Suite("Article text cannot change a brief's structure")
struct EscapingTests {
    @Test("HTML and Markdown control characters from articles render as text in Markdown",
          arguments: [
            ("<script>alert(1)</script> was found.", "\\<script\\>alert(1)\\</script\\> was found."),
            ("# Not a heading", "\\# Not a heading"),
            ("> not a quote", "\\> not a quote"),
            ("- not a list", "\\- not a list"),
            ("1. not a list", "1\\. not a list"),
            ("a [link](http://x) and *stars* and `code`", "a \\[link\\](http://x) and \\*stars\\* and \\`code\\`"),
            ("a | pipe", "a \\| pipe"),
          ])
    func escapes(input: String, expected: String) {
        #expect(MarkdownEscaper.escape(input) == expected)
    }

    @Test("inside a line, exactly the inline markup characters get a backslash")
    func inlineCharacters() {
        for byte in UInt8(32)..<UInt8(127) {
            let character = String(UnicodeScalar(byte))
            let expected = MarkdownEscaper.inline.contains(byte) ? "a\\" + character + "b" : "a" + character + "b"
            #expect(MarkdownEscaper.escape("a" + character + "b") == expected, "\(character)")
        }
    }

    @Test("a rendered Markdown brief keeps article text inside its bullet")
    func renderedBriefIsSafe() throws {
        let output = try RenderingFixture.render(RenderingFixture.brief(text: "# Breaking <b>news</b>"))
        #expect(output.contains("- \\# Breaking \\<b\\>news\\</b\\> [1]"))
        #expect(!output.split(separator: "\n").contains { $0.hasPrefix("# Breaking") })
    }

    @Test("plain text keeps article text as it is")
    func plainTextUntouched() throws {
        let output = try RenderingFixture.render(RenderingFixture.brief(text: "# Breaking <b>news</b>"), format: .text)
        #expect(output.contains("# Breaking <b>news</b> [1]"))
    }

    @Test("plain text wraps at 78 columns with a hanging indent under the bullet")
    func wrapping() {
        let line = "  - " + Array(repeating: "word", count: 40).joined(separator: " ")
        let wrapped = TextWrapper.wrap(line).split(separator: "\n")
        #expect(wrapped.count > 1)
        #expect(wrapped.allSatisfy { $0.count <= 78 })
        #expect(wrapped.dropFirst().allSatisfy { $0.hasPrefix("    word") })
        #expect(TextWrapper.wrap("  [12] Viet Nam News, " + String(repeating: "x ", count: 40)).split(separator: "\n")
            .dropFirst().allSatisfy { $0.hasPrefix("       x") })
    }
}
