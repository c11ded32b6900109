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
        var line = 1, column = 1
        var index = text.startIndex
        while index < text.endIndex {
            if text[index...].hasPrefix("{{") {
                let location = SourceLocation(file: file, line: line, column: column)
                guard let close = text.range(of: "}}", range: index..<text.endIndex) else { break }
                var tag = text[text.index(index, offsetBy: 2)..<close.lowerBound]
                if tag.hasPrefix("{") { tag = tag.dropFirst() }
                diagnostics += check(tag: tag, at: location)
                for character in text[index..<close.upperBound] {
                    if character == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                index = close.upperBound
                continue
            }
            if text[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index = text.index(after: index)
        }
        return diagnostics
    }

    private func check(tag: Substring, at location: SourceLocation) -> [Diagnostic] {
        guard let sigil = tag.first else { return [] }
        switch sigil {
        case "!", "%", "/", "$":
            return []
        case ">", "<":
            let name = tag.dropFirst().trimmingWhitespace()
            guard !name.isEmpty, store.entries[name] == nil else { return [] }
            let hint = Suggestion.hint(for: name, in: store.entries.keys)
            return [.error("no template named '\(name)'\(hint); `briefing templates` lists the names", at: location)]
        default:
            let body = "#^&".contains(sigil) ? tag.dropFirst() : tag
            let name = body.split(separator: "(").last.map { $0.split(separator: ")").first ?? $0 } ?? body
            let trimmed = name.trimmingWhitespace()
            guard trimmed != "." else { return [] }
            return trimmed.split(separator: ".").compactMap { part in
                let part = String(part)
                guard !BriefContext.documentedNames.contains(part) else { return nil }
                let hint = Suggestion.hint(for: part, in: BriefContext.documentedNames)
                return .warning("'\(part)' is not a name the brief provides\(hint); it will render as empty (README: Template context)", at: location)
            }
        }
    }
}
