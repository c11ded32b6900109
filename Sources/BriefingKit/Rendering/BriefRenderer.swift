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
    ///
    /// Works on UTF-8 bytes: without a CR (CR LF is one Character) every "\n" byte ends a line,
    /// and a trailing space after an ASCII byte is a Character of its own. `tidyCharacters` is
    /// the definition, used for the rest.
    static func tidy(_ text: String) -> String {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { tidy(text, bytes: $0) } ?? tidyCharacters(text)
    }

    /// `tidy` over the text's bytes, which the text's own indices address one for one.
    private static func tidy(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard !bytes.contains(13) else { return tidyCharacters(text) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 1)
        var hasLines = false, lastIsEmpty = true
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 10 { end += 1 }
            var kept = end
            while kept > start, bytes[kept - 1] == UInt8(ascii: " ") || bytes[kept - 1] == UInt8(ascii: "\t") { kept -= 1 }
            if kept < end, kept > start, bytes[kept - 1] >= 0x80 {
                // A space after a prepended mark is part of its Character: trimmed Character by Character.
                let utf8 = text.utf8
                let line = text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
                kept = start + trimmed(line).utf8.count
            }
            defer { start = end + 1 }
            if kept == start {
                if lastIsEmpty { continue }
                lastIsEmpty = true
            } else {
                lastIsEmpty = false
            }
            if hasLines { out.append(10) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<kept]))
            hasLines = true
        }
        // Blank lines are never first nor repeated: at most the last line is blank.
        if hasLines, lastIsEmpty { out.removeLast() }
        out.append(10)
        return String(decoding: out, as: UTF8.self)
    }

    /// The definition of `tidy`, Character by Character.
    static func tidyCharacters(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = trimmed(line)
            if trimmed.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func trimmed(_ line: Substring) -> Substring {
        var trimmed = line
        while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
        return trimmed
    }
}
