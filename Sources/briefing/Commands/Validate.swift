import ArgumentParser
import BriefingKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the config, its templates and sources; write nothing.",
        discussion: "Lists every problem at once as file:line:column: error: message, and exits 65 when there is one."
    )

    @OptionGroup var configOptions: ConfigOptions

    @Flag(name: .shortAndLong, help: "Print nothing when the config is valid.")
    var quiet = false

    func run() throws {
        let pipeline = BriefingPipeline()
        let setup = try pipeline.setup(configPath: configOptions.config)
        let problems = try pipeline.checkTemplates(setup.templates)
        let listing = try SourceScanner().scan(setup.config.sources)
        for warning in problems { Console.error(warning.description) }
        for warning in BriefingPipeline.warnings(unreadableFolders: listing.unreadableFolders, relativeTo: setup.config.directory) {
            Console.error(warning.description)
        }
        if !quiet {
            Console.error("\(configOptions.config): valid: \(setup.config.briefs.count) briefs, \(listing.files.count) source files")
        }
    }
}
