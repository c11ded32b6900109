/// Finds names in templates that the brief model does not have, since Mustache renders them as empty.
///
/// Each tag's name (every part of a dotted name) must be a documented context name; a partial
/// must name a template that exists. Templates that change their delimiters are not checked.
public struct TemplateChecker: Sendable {
    let store: TemplateStore

    public init(store: TemplateStore) {
        self.store = store
    }

    /// A warning per unknown variable and an error per missing partial, located in the template file.
    public func check() -> [Diagnostic] {
        store.entries.values.sorted { $0.name < $1.name }.flatMap(check)
    }

    func check(_ entry: TemplateStore.Entry) -> [Diagnostic] {
        let text = entry.text
        guard !text.contains("{{=") else { return [] }
        let file = entry.path ?? "(built-in) \(entry.name).\(TemplateStore.fileExtension)"
        var diagnostics: [Diagnostic] = []
        // Read as bytes: every template is checked on every run. Lines are counted as the scan goes; a
        // column (in characters) is worked out only for a tag that has something to report.
        let utf8 = text.utf8
        var line = 1
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") {
                line += 1
                index = utf8.index(after: index)
                lineStart = index
                continue
            }
            let next = utf8.index(after: index)
            guard byte == UInt8(ascii: "{"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "{") else {
                index = next
                continue
            }
            guard let close = Self.closing(in: utf8, from: utf8.index(after: next)) else { break }
            var tag = text[utf8.index(index, offsetBy: 2)..<close.lowerBound]
            if tag.hasPrefix("{") { tag = tag.dropFirst() }
            let (tagLine, tagLineStart, tagStart) = (line, lineStart, index)
            diagnostics += check(tag: tag) {
                SourceLocation(file: file, line: tagLine, column: text[tagLineStart..<tagStart].count + 1)
            }
            // A tag may span lines.
            for position in utf8[index..<close.upperBound].indices where utf8[position] == UInt8(ascii: "\n") {
                line += 1
                lineStart = utf8.index(after: position)
            }
            index = close.upperBound
        }
        return diagnostics
    }

    /// The first `}}` at or after `start`. Foundation's `range(of:)` took most of the check's time.
    private static func closing(in utf8: String.UTF8View, from start: String.Index) -> Range<String.Index>? {
        var index = start
        while index < utf8.endIndex {
            let next = utf8.index(after: index)
            if utf8[index] == UInt8(ascii: "}"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "}") {
                return index..<utf8.index(after: next)
            }
            index = next
        }
        return nil
    }

    private func check(tag: Substring, at location: () -> SourceLocation) -> [Diagnostic] {
        guard let sigil = tag.first else { return [] }
        switch sigil {
        case "!", "%", "/", "$":
            return []
        case ">", "<":
            let name = tag.dropFirst().trimmingWhitespace()
            guard !name.isEmpty, store.entries[name] == nil else { return [] }
            let hint = Suggestion.hint(for: name, in: store.entries.keys)
            return [.error("no template named '\(name)'\(hint); `briefing templates` lists the names", at: location())]
        default:
            let body = "#^&".contains(sigil) ? tag.dropFirst() : tag
            let name = body.split(separator: "(").last.map { $0.split(separator: ")").first ?? $0 } ?? body
            let trimmed = name.trimmingWhitespace()
            guard trimmed != "." else { return [] }
            return trimmed.split(separator: ".").compactMap { part in
                let part = String(part)
                guard !BriefContext.documentedNames.contains(part) else { return nil }
                let hint = Suggestion.hint(for: part, in: BriefContext.documentedNames)
                return .warning("'\(part)' is not a name the brief provides\(hint); it will render as empty (README: Template context)", at: location())
            }
        }
    }
}
