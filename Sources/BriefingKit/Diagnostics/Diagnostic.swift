/// One problem found in a user's input: a config, a template or an article.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var severity: Severity
    public var message: String
    /// Where the problem is; a file-level problem has line and column 0 and prints as `file:`.
    public var location: SourceLocation?
    /// The file a problem concerns when no line is known (an unreadable article).
    public var path: String?

    public init(_ severity: Severity, _ message: String, at location: SourceLocation) {
        self.severity = severity
        self.message = message
        self.location = location
        self.path = location.file
    }

    public init(_ severity: Severity, _ message: String, path: String? = nil) {
        self.severity = severity
        self.message = message
        self.location = nil
        self.path = path
    }

    public static func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// `file:line:column: error: message`, or `file: warning: message` without a line.
    public var description: String {
        if let location {
            return "\(location): \(severity.rawValue): \(message)"
        }
        if let path {
            return "\(path): \(severity.rawValue): \(message)"
        }
        return "\(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    /// Sorted by file, line and column, so reports read top to bottom.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (l?, r?) where l != r: return l < r
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    public var hasErrors: Bool { contains { $0.severity == .error } }
}
