import Foundation
import Testing
@testable import BriefingKit

/// Wrapping and tidying work on bytes where that is safe; these tests hold them to the
/// Character-by-Character definitions on text built to find where bytes and Characters differ.
@Suite("Wrapping and tidying match their Character-by-Character definitions")
struct TextLayoutTests {
    /// Pieces that make bytes and Characters disagree: combining marks after a space, a prepended
    /// mark before one, CR LF, flags and emoji sequences, bullets and aligned labels.
    static let pieces = [
        "word", "x", "trade", "2030", " ", "  ", "   ", "\t", "Lương", "Cường", "Tô Lâm", "“", "”", "e\u{301}", " \u{301}",
        "\u{600}", "\u{600} ", " \u{200D}", "🇰🇷", "👍🏽", "\u{0E33}", " \u{0E33}", "\r\n", "\r", "\n", "\n\n", "\n  ",
        "- ", "* ", "• ", "[12] ", "1. ", "2) ", "Label:   ", "Role:", "：", "١٢", "[3][4]", ".", ",", "—",
    ]

    static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = RobustnessTests.SplitMix(state: seed)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<Int.random(in: 0...90, using: &generator) {
                text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
                if Int.random(in: 0..<3, using: &generator) > 0 { text += " " }
            }
            return text
        }
    }

    @Test("wrap gives what wrapping Character by Character gives", arguments: [78, 24, 8])
    func wrapMatchesDefinition(width: Int) {
        for text in Self.texts(count: 3000, seed: UInt64(width)) {
            #expect(TextWrapper.wrap(text, width: width) == TextWrapper.wrapCharacters(text, width: width), "\(text.debugDescription)")
            let withoutCR = text.replacingOccurrences(of: "\r", with: "")
            #expect(TextWrapper.wrap(withoutCR, width: width) == TextWrapper.wrapCharacters(withoutCR, width: width),
                    "\(withoutCR.debugDescription)")
        }
    }

    @Test("tidy gives what tidying Character by Character gives")
    func tidyMatchesDefinition() {
        for text in Self.texts(count: 3000, seed: 7) + ["", "\n", " \n\n", "a \t\n\n\nb  ", "a\u{600} \n", "a\u{600}\t\n", "\u{600} "] {
            #expect(BriefRenderer.tidy(text) == BriefRenderer.tidyCharacters(text), "\(text.debugDescription)")
            let withoutCR = text.replacingOccurrences(of: "\r", with: "")
            #expect(BriefRenderer.tidy(withoutCR) == BriefRenderer.tidyCharacters(withoutCR), "\(withoutCR.debugDescription)")
        }
    }
}
