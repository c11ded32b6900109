/// A failure that ends a run, with the sysexits code the command line exits with.
public enum BriefingError: Error, Sendable, CustomStringConvertible {
    /// The command line was used wrongly (64).
    case usage(String)
    /// The config or a template is invalid; every problem is listed (65).
    case invalidInput([Diagnostic])
    /// A config or source path does not exist (66).
    case missingInput(String)
    /// Source paths of the config that do not exist, each at its line of the config (66).
    case missingSources([Diagnostic])
    /// An output could not be written (73).
    case cannotWrite(String)
    /// Another run holds the output folder's lock (75).
    case locked(String)

    public var exitCode: Int32 {
        switch self {
        case .usage: return 64
        case .invalidInput: return 65
        case .missingInput, .missingSources: return 66
        case .cannotWrite: return 73
        case .locked: return 75
        }
    }

    /// The lines printed on stderr, one per problem.
    public var lines: [String] {
        switch self {
        case let .invalidInput(diagnostics), let .missingSources(diagnostics):
            return diagnostics.sortedByLocation().map(\.description)
        case let .usage(message), let .missingInput(message), let .cannotWrite(message), let .locked(message):
            return ["error: \(message)"]
        }
    }

    public var description: String { lines.joined(separator: "\n") }
}
