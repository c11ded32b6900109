/// The command line of `briefing-corpus OUTPUT-DIR [--count N] [--seed S] [--briefs K] [--force] [--quiet]`.
struct GeneratorOptions: Sendable {
    var output = ""
    var count = 100_000
    var seed: UInt64 = 42
    var briefs = 50
    var force = false
    var quiet = false

    static let usage = """
        usage: briefing-corpus OUTPUT-DIR [--count N] [--seed S] [--briefs K] [--force] [--quiet]
               briefing-corpus measure [--output FILE] -- COMMAND [ARGUMENT ...]

        Writes N synthetic news articles (default 100000) to OUTPUT-DIR/articles/, in folders
        of at most 1000 files, plus briefings.yaml (3 briefs), briefings-K.yaml (K briefs,
        default 50) and patterns.txt (every name, alias and keyword, for grep -F -f).
        The same seed (default 42) always gives the same corpus. --force replaces an
        existing OUTPUT-DIR/articles.

        measure runs COMMAND and prints "wall user sys maxrss_kb status" (seconds, KB)
        to stderr, or to FILE; it exits with the command's status.
        """

    /// Parses the arguments (without the program name); throws a message for a usage error.
    static func parse(_ arguments: [String]) throws(UsageError) -> GeneratorOptions {
        var options = GeneratorOptions()
        var positional: [String] = []
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--count", "-n": options.count = try number(iterator.next(), argument, min: 0)
            case "--seed", "-s":
                guard let text = iterator.next(), let seed = UInt64(text) else {
                    throw UsageError(message: "\(argument) needs a non-negative integer")
                }
                options.seed = seed
            case "--briefs", "-k": options.briefs = try number(iterator.next(), argument, min: 1)
            case "--force", "-f": options.force = true
            case "--quiet", "-q": options.quiet = true
            case "--help", "-h": throw UsageError(message: "", isHelp: true)
            default:
                if argument.hasPrefix("-") { throw UsageError(message: "unknown option \(argument)") }
                positional.append(argument)
            }
        }
        guard positional.count == 1, let output = positional.first else {
            throw UsageError(message: positional.isEmpty ? "missing OUTPUT-DIR" : "only one OUTPUT-DIR, please")
        }
        options.output = output
        return options
    }

    private static func number(_ text: String?, _ option: String, min: Int) throws(UsageError) -> Int {
        guard let text, let value = Int(text.replacingFirst("_", with: "")), value >= min else {
            throw UsageError(message: "\(option) needs an integer of at least \(min)")
        }
        return value
    }
}

/// A bad command line: the message, or a request for help.
struct UsageError: Error {
    var message: String
    var isHelp = false
}
