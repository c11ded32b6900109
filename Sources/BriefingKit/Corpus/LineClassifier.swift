/// What one line of a page is, judged from the line alone.
enum LineKind: Equatable {
    case blank
    case chrome
    /// An outlet's name on its own line near the top of the page.
    case masthead(String)
    /// Chrome that names the page's outlet: "edited by Korea JoongAng Daily staff", "© The Korea Herald".
    case selfReference(String)
    /// A credit line ("Yonhap", "[YONHAP]"); carries the outlet when the line is a bare outlet name.
    case credit(String?)
    case relatedHeader
    /// A Markdown image; its alt text is a caption.
    case image(alt: String?)
    /// Boxed: the stamps would make every kind several times larger to copy.
    indirect case publication(PublicationLineParser.Line)
    case byline([String])
    /// Anything else: headline, body, caption or list item, decided with context.
    case text

    /// Whether the kind is `.text`, told without building a kind to compare with.
    var isText: Bool {
        if case .text = self { true } else { false }
    }

    var isBlank: Bool {
        if case .blank = self { true } else { false }
    }
}

/// Classifies lines one at a time; context (related lists, captions, title) is applied later.
enum LineClassifier {
    /// Lines within this many non-blank lines of the top can be mastheads.
    static let mastheadReach = 12

    static func classify(_ line: String, nonBlankIndex: Int, hint: CalendarDate?) -> LineKind {
        isPlainRunningText(line) ? .text : classifyInFull(line, nonBlankIndex: nonBlankIndex, hint: hint)
    }

    /// `classify` by every rule, without the running-text shortcut.
    static func classifyInFull(_ line: String, nonBlankIndex: Int, hint: CalendarDate?) -> LineKind {
        if line.isEmpty { return .blank }
        if let alt = MarkdownImage.alt(of: line) { return .image(alt: alt.isEmpty ? nil : alt) }
        if MarkdownImage.isLinkOnly(line) { return .chrome }
        guard let lower = TextShape.patternKey(line) else { return .text }

        if let outlet = OutletDetector.outlet(named: line), !line.hasPrefix("("), !line.hasPrefix("[") {
            let bare = line.first?.isLetter ?? false
            return bare && nonBlankIndex < mastheadReach ? .masthead(outlet) : .credit(bare ? outlet : nil)
        }
        let words = TextShape.wordCount(line, stoppingAfter: 30)
        let paragraph = TextShape.isParagraph(line, words: words)
        let strong = PageChrome.isStrongChrome(lower)
        if strong || !paragraph, let outlet = OutletDetector.selfReference(in: lower) {
            return .selfReference(outlet)
        }
        if strong { return .chrome }
        if !paragraph {
            if PageChrome.isRelatedHeader(lower) { return .relatedHeader }
            if PageChrome.isCreditLine(line) { return .credit(nil) }
        }
        if words <= 16, let publication = PublicationLineParser.parse(line, hint: hint) {
            return .publication(publication)
        }
        if let names = BylineParser.names(in: line) { return .byline(names) }
        if !paragraph && PageChrome.isWeakChrome(lower) { return .chrome }
        return .text
    }
}

/// Markdown image and link lines as crawlers leave them: `![alt](url)`, `[![alt](src)](href)`, `[text](url)`.
enum MarkdownImage {
    /// The alt text of an image line (empty when none or a file name), or nil when the line is not an image.
    static func alt(of line: String) -> String? {
        guard line.utf8.last == UInt8(ascii: ")") else { return nil }
        var body = Substring(line)
        if TextShape.starts(body, with: "[![") { body = body.dropFirst() }
        guard TextShape.starts(body, with: "!["), let close = TextShape.lastRange(of: "](", in: body) else { return nil }
        var alt = body[body.index(body.startIndex, offsetBy: 2)..<close.lowerBound].trimmingSpaces()
        if let inner = TextShape.lastRange(of: "](", in: alt) { alt = alt[..<inner.lowerBound] }
        let lower = alt.lowercased()
        let generic = ["image", "photo", "img", "picture", "thumbnail", "logo", "icon"]
        if generic.contains(lower) || [".jpg", ".jpeg", ".png", ".gif", ".webp"].contains(where: { lower.hasSuffix($0) }) {
            return ""
        }
        return String(alt)
    }

    /// A line that is nothing but one or more Markdown links.
    static func isLinkOnly(_ line: String) -> Bool {
        guard line.utf8.first == UInt8(ascii: "["), line.utf8.last == UInt8(ascii: ")"), TextShape.contains(line, "](") else { return false }
        var rest = Substring(line)
        while !rest.isEmpty {
            guard rest.first == "[", let mid = TextShape.firstRange(of: "](", in: rest),
                  let close = rest[mid.upperBound...].firstIndex(of: ")") else { return false }
            rest = rest[rest.index(after: close)...].trimmingSpaces()
            if rest.first == "|" || rest.first == "·" { rest = rest.dropFirst().trimmingSpaces() }
        }
        return true
    }

    /// Replaces inline links `[text](url)` with their text; other text is untouched.
    static func unlinked(_ text: String) -> String {
        guard TextShape.contains(text, "](") else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let mid = TextShape.firstRange(of: "](", in: rest) {
            guard let close = rest[mid.upperBound...].firstIndex(of: ")") else { break }
            guard let open = rest[..<mid.lowerBound].lastIndex(of: "["),
                  !rest[mid.upperBound..<close].utf8.contains(0x20) else {
                result += rest[..<mid.upperBound]
                rest = rest[mid.upperBound...]
                continue
            }
            result += rest[..<open]
            result += rest[rest.index(after: open)..<mid.lowerBound]
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
