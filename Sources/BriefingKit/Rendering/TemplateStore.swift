import Foundation
import Mustache

/// The templates a run can use: the built-in defaults, overridden by name by the user's folder.
///
/// Every template is compiled as text: a `CONTENT_TYPE:TEXT` pragma is put in front of each
/// one (partials and parents reset the content type) and the name HTML is re-registered as text,
/// so no template can make a brief HTML-escaped.
public struct TemplateStore: Sendable {
    /// A template's name and where it comes from.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var text: String
        /// The user's file, or nil for a built-in default.
        public var path: String?
        public var overridesDefault: Bool
    }

    static let pragma = "{{% CONTENT_TYPE:TEXT }}"
    public static let fileExtension = "mustache"

    public private(set) var entries: [String: Entry] = [:]

    /// Loads the defaults and, when given, the `.mustache` files of `userFolder`.
    /// - Throws: `BriefingError.missingInput` when the folder does not exist.
    public init(userFolder: String?) throws {
        for (name, text) in DefaultTemplates.all {
            entries[name] = Entry(name: name, text: text, path: nil, overridesDefault: false)
        }
        guard let userFolder else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: userFolder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw BriefingError.missingInput("templates folder '\(userFolder)' does not exist")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: userFolder)) ?? []
        for file in names.sorted() where file.hasSuffix("." + Self.fileExtension) {
            let path = userFolder + "/" + file
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let name = String(file.dropLast(Self.fileExtension.count + 1))
            let text = String(decoding: data, as: UTF8.self)
            entries[name] = Entry(name: name, text: text, path: path, overridesDefault: DefaultTemplates.all[name] != nil)
        }
    }

    /// The base names a brief's `template:` may use ("meeting" for meeting.md and meeting.txt); built-in partials are not briefs.
    public var briefTemplateNames: [String] {
        Set(entries.keys.compactMap { name -> String? in
            guard !DefaultTemplates.partialNames.contains(where: { name.hasPrefix($0 + ".") }) else { return nil }
            return OutputFormat.allCases.lazy.compactMap { format in
                name.hasSuffix("." + format.fileExtension) ? String(name.dropLast(format.fileExtension.count + 1)) : nil
            }.first
        }).sorted()
    }

    /// The template name for a brief in a format: `meeting.md`, `leader.txt`, or the brief's own.
    public static func name(for spec: BriefSpec, format: OutputFormat) -> String {
        "\(spec.template ?? spec.kind.rawValue).\(format.fileExtension)"
    }

    /// Compiles every template; each syntax mistake is a located diagnostic.
    public func compile() throws -> MustacheLibrary {
        MustacheContentTypes.register(PlainText(), named: "HTML")
        var templates: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        for entry in entries.values.sorted(by: { $0.name < $1.name }) {
            do {
                templates[entry.name] = try MustacheTemplate(string: Self.pragma + entry.text)
            } catch let error as MustacheTemplate.ParserError {
                let column = error.context.lineNumber == 1
                    ? max(1, error.context.columnNumber - Self.pragma.count) : error.context.columnNumber
                let file = entry.path ?? "(built-in) \(entry.name).\(Self.fileExtension)"
                diagnostics.append(.error("template: \(Self.describe(error.error))",
                                          at: SourceLocation(file: file, line: error.context.lineNumber, column: column)))
            }
        }
        if !diagnostics.isEmpty { throw BriefingError.invalidInput(diagnostics) }
        return MustacheLibrary(templates: templates)
    }

    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with a different name than it was opened with"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section is opened but never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .invalidConfigVariableSyntax: return "invalid pragma; the form is {{% NAME:VALUE }}"
        case .unrecognisedConfigVariable: return "unrecognised pragma"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance block"
        case .illegalTokenInsideInheritSection: return "only blocks ({{$name}}) may appear inside a parent tag"
        case .textInsideInheritSection: return "only blocks ({{$name}}) may appear inside a parent tag"
        }
    }
}

/// Renders every variable as it is: briefs are Markdown or plain text, never HTML.
struct PlainText: MustacheContentType {
    func escapeText(_ text: String) -> String { text }
}
