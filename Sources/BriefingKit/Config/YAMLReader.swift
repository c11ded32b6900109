import Yams

/// Reads typed values out of a composed YAML tree, recording a located diagnostic for every problem.
///
/// Working on nodes rather than Codable keeps each value's line and column, so nothing
/// reported to the user lacks a location, and reading continues past errors.
struct YAMLReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    mutating func error(_ message: String, at node: Node) {
        diagnostics.append(.error(message, at: location(of: node)))
    }

    static func isNull(_ node: Node) -> Bool {
        guard case let .scalar(scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The entries of a mapping in file order; unknown and duplicate keys are reported.
    mutating func mapping(_ node: Node, context: String, allowed: [String]) -> Fields? {
        guard case let .mapping(mapping) = node else {
            error(Messages.expected("a mapping of keys to values", for: context), at: node)
            return nil
        }
        var fields = Fields(node: node, context: context)
        for (keyNode, value) in mapping {
            guard case let .scalar(scalar) = keyNode else {
                error(Messages.expected("a plain key", for: context), at: keyNode)
                continue
            }
            let key = scalar.string
            if fields.values[key] != nil {
                error(Messages.duplicateKey(key), at: keyNode)
                continue
            }
            if !allowed.contains(key) {
                error(Messages.unknownKey(key, in: context, suggestion: Suggestion.hint(for: key, in: allowed)), at: keyNode)
                continue
            }
            fields.values[key] = (keyNode, value)
        }
        return fields
    }

    /// Entries of a mapping whose keys are user-chosen ids (entities, topics).
    mutating func idMapping(_ node: Node, context: String) -> [(id: String, key: Node, value: Node)] {
        if Self.isNull(node) { return [] }
        guard case let .mapping(mapping) = node else {
            error(Messages.expected("a mapping of ids to definitions", for: context), at: node)
            return []
        }
        var seen = Set<String>()
        var entries: [(id: String, key: Node, value: Node)] = []
        for (keyNode, value) in mapping {
            guard case let .scalar(scalar) = keyNode, !scalar.string.isEmpty else {
                error(Messages.expected("a plain id", for: context), at: keyNode)
                continue
            }
            guard seen.insert(scalar.string).inserted else {
                error(Messages.duplicateKey(scalar.string), at: keyNode)
                continue
            }
            entries.append((scalar.string, keyNode, value))
        }
        return entries
    }

    /// A non-empty string; null and "" are reported, since Yams would accept them silently.
    mutating func string(_ fields: Fields, _ key: String, required: Bool = false) -> String? {
        guard let (keyNode, value) = fields.values[key] else {
            if required { error(Messages.missingKey(key, in: fields.context), at: fields.node) }
            return nil
        }
        return string(value, key: key, keyNode: keyNode)
    }

    mutating func string(_ value: Node, key: String, keyNode: Node? = nil) -> String? {
        if Self.isNull(value) {
            error(Messages.emptyValue(key), at: keyNode ?? value)
            return nil
        }
        guard case let .scalar(scalar) = value else {
            error(Messages.expected("a single value", for: key), at: value)
            return nil
        }
        let text = scalar.string.trimmingWhitespace()
        if text.isEmpty {
            error(Messages.emptyValue(key), at: value)
            return nil
        }
        return text
    }

    /// A list of strings; a single string is accepted as a list of one.
    mutating func strings(_ fields: Fields, _ key: String, required: Bool = false) -> [String]? {
        guard let (keyNode, value) = fields.values[key] else {
            if required { error(Messages.missingKey(key, in: fields.context), at: fields.node) }
            return nil
        }
        return strings(value, key: key, keyNode: keyNode)
    }

    mutating func strings(_ value: Node, key: String, keyNode: Node? = nil) -> [String]? {
        if Self.isNull(value) { return [] }
        switch value {
        case .scalar:
            return string(value, key: key, keyNode: keyNode).map { [$0] }
        case let .sequence(sequence):
            return sequence.compactMap { string($0, key: key) }
        default:
            error(Messages.expected("a list of values", for: key), at: value)
            return nil
        }
    }

    /// A located string list: each item with its own node, for reference checks.
    mutating func locatedStrings(_ fields: Fields, _ key: String) -> [(String, SourceLocation)] {
        guard let (keyNode, value) = fields.values[key] else { return [] }
        if case let .sequence(sequence) = value {
            return sequence.compactMap { node in string(node, key: key).map { ($0, location(of: node)) } }
        }
        return string(value, key: key, keyNode: keyNode).map { [($0, location(of: value))] } ?? []
    }

    mutating func int(_ fields: Fields, _ key: String) -> Int? {
        guard let (keyNode, value) = fields.values[key] else { return nil }
        guard let text = string(value, key: key, keyNode: keyNode) else { return nil }
        guard let number = Int(text) else {
            error(Messages.expected("a whole number", for: key), at: value)
            return nil
        }
        return number
    }

    mutating func date(_ fields: Fields, _ key: String, required: Bool = false) -> CalendarDate? {
        guard let text = string(fields, key, required: required), let (_, value) = fields.values[key] else { return nil }
        guard let date = CalendarDate(iso: text) else {
            error(Messages.invalidDate(text, key: key), at: value)
            return nil
        }
        return date
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ fields: Fields, _ key: String, as type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = string(fields, key), let (_, value) = fields.values[key] else { return nil }
        return choice(text, key: key, at: value, as: type)
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ text: String, key: String, at node: Node, as type: T.Type) -> T?
    where T.RawValue == String {
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        error(Messages.invalidChoice(text, key: key, choices: names, suggestion: Suggestion.hint(for: text, in: names)), at: node)
        return nil
    }
}

/// The known keys of one mapping, with their nodes.
struct Fields {
    let node: Node
    let context: String
    var values: [String: (key: Node, value: Node)] = [:]

    subscript(_ key: String) -> Node? { values[key]?.value }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let text = String(self)
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(text.unicodeScalars[first...last])
    }
}
