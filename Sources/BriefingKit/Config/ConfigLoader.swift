import Foundation
import Yams

/// Reads `briefings.yaml` from disk and returns a validated config, or every problem found.
public struct ConfigLoader: Sendable {
    public init() {}

    /// Loads and validates the config at `path`; `templateNames` are the names a brief may use.
    /// - Throws: `BriefingError.missingInput` when the file does not exist, `.invalidInput` with every problem otherwise.
    public func load(path: String, templateNames: @Sendable (String?) -> [String]) throws -> BriefingConfig {
        let absolute = Paths.resolve(path, from: Paths.currentDirectory)
        guard FileManager.default.fileExists(atPath: absolute) else {
            throw BriefingError.missingInput("config file '\(path)' does not exist (run from the folder holding briefings.yaml, or pass --config FILE)")
        }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw BriefingError.missingInput("config file '\(path)' cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BriefingError.invalidInput([Diagnostic(.error, "the config is not UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1))])
        }
        return try parse(text, file: path, baseDirectory: Paths.directory(of: absolute), templateNames: templateNames)
    }

    /// Parses config text; pure apart from the template-name lookup, so tests need no disk.
    public func parse(_ text: String, file: String, baseDirectory: String,
                      templateNames: (String?) -> [String]) throws -> BriefingConfig {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw BriefingError.invalidInput([.error(Messages.emptyConfig(), at: SourceLocation(file: file, line: 1, column: 1))])
            }
            root = node
        } catch let error as YamlError {
            throw BriefingError.invalidInput([Self.diagnostic(for: error, file: file)])
        }
        var decoder = ConfigDecoder(file: file)
        let config = decoder.decode(root, baseDirectory: baseDirectory)
        var diagnostics = decoder.reader.diagnostics
        if let config {
            let validator = ConfigValidator(config: config, references: decoder.references,
                                            templateNames: templateNames(config.templates))
            diagnostics += validator.validate()
        }
        guard let config, !diagnostics.hasErrors else {
            throw BriefingError.invalidInput(diagnostics)
        }
        return config
    }

    static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) \($0.text)" } ?? problem
            return .error(Messages.yamlSyntax(detail), at: SourceLocation(file: file, line: mark.line, column: mark.column))
        default:
            return .error(Messages.yamlSyntax("\(error)"), at: SourceLocation(file: file, line: 1, column: 1))
        }
    }
}
