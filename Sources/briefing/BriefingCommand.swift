import ArgumentParser
import BriefingKit
import Foundation

@main
struct BriefingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn a folder of news articles into pre-meeting briefing notes.",
        discussion: """
        Briefs are defined in briefings.yaml (see README.md). Exit codes: 0 success, 64 usage error, \
        65 invalid config or template, 66 missing config or source, 73 output not writable, \
        75 another run holds the output lock.
        """,
        subcommands: [Generate.self, Validate.self, List.self, Facts.self, Parse.self, Templates.self],
        defaultSubcommand: nil
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as BriefingError {
            for line in error.lines { Console.error(line) }
            Foundation.exit(error.exitCode)
        } catch {
            exit(withError: error)
        }
    }
}
