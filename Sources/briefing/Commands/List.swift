import ArgumentParser
import BriefingKit

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the briefs of the config, one a line: id, kind, title."
    )

    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let setup = try BriefingPipeline().setup(configPath: configOptions.config)
        for brief in setup.config.briefs {
            Console.output("\(brief.id)\t\(brief.kind.rawValue)\t\(brief.title)\n")
        }
    }
}
