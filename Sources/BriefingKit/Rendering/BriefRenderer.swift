import Mustache

/// Lays a brief out through its template, as Markdown or plain text.
public struct BriefRenderer: Sendable {
    let library: MustacheLibrary

    public init(library: MustacheLibrary) {
        self.library = library
    }

    /// The finished note: trailing spaces trimmed, runs of blank lines collapsed, text wrapped at 78 columns.
    public func render(_ brief: Brief, format: OutputFormat, generatedOn: CalendarDate) throws -> String {
        let name = TemplateStore.name(for: brief.spec, format: format)
        guard let template = library.getTemplate(named: name) else {
            throw BriefingError.invalidInput([Diagnostic(.error, Messages.unknownTemplate(name, suggestion: ""), path: brief.spec.id)])
        }
        let context = BriefContext(format: format, generatedOn: generatedOn).values(for: brief)
        let rendered = Self.tidy(template.render(context, library: library))
        return format == .text ? TextWrapper.wrap(rendered) : rendered
    }

    /// Removes trailing spaces and repeated blank lines; ends with exactly one newline.
    static func tidy(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var trimmed = line
            while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
