import Testing
@testable import BriefingKit

@Suite("Character references in page text")
struct CharacterReferenceTests {
    private func decoded(_ text: String) -> String {
        String(decoding: CharacterReferences.decoded(Array(text.utf8)), as: UTF8.self)
    }

    @Test func namedAndNumericReferencesAreDecoded() {
        #expect(decoded("AT&amp;T and Samsung&#8217;s plant") == "AT&T and Samsung’s plant")
        #expect(decoded("&ldquo;key partner&rdquo; &#x201C;again&#X201D;") == "“key partner” “again”")
        #expect(decoded("Ph&aacute;t &amp;amp; H&#224;") == "Phát &amp; Hà")
        #expect(decoded("1&nbsp;500 &ndash; 2&frac12;") == "1\u{A0}500 – 2½")
    }

    @Test func whatIsNoReferenceStaysAsWritten() {
        for text in ["AT&T", "a.php?x=1&y=2", "Tom & Jerry", "&bogus;", "&;", "&#;", "&#x;", "&#0;", "&#xD800;",
                     "&#x110000;", "&#12ab;", "&amp", "&verylongnamehere;", "ends with &"] {
            #expect(decoded(text) == text, "\(text)")
        }
    }

    @Test func aReferenceToAControlCharacterCannotBreakALine() {
        #expect(decoded("one&#10;two&#13;three&#x9;four&#128;five") == "one two three four five")
    }

    @Test func anArticleShowsNoReference() throws {
        let text = "Lee &amp; C&#432;&#7901;ng agree\n\nThe &ldquo;comprehensive strategic partnership&rdquo; covers AT&amp;T&#8217;s "
            + Fixture.prose
        guard case .article(let article, _) = ArticleReader().read(Array(text.utf8), file: "f.txt") else {
            Issue.record("expected an article")
            return
        }
        #expect(article.title == "Lee & Cường agree")
        #expect(article.paragraphs.first?.hasPrefix("The “comprehensive strategic partnership” covers AT&T’s ") == true)
    }
}
