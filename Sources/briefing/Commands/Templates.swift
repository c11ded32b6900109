import ArgumentParser
import BriefingKit

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the template names, or print one to start a custom template from it.",
        discussion: """
        Without a name, lists every template: the built-in defaults and the files of the config's \
        templates folder, marking those that override a default. With a name, prints that template, e.g. \
        `briefing templates meeting.md > templates/meeting.md.mustache`.
        """
    )

    @Argument(help: ArgumentHelp("A template to print, such as meeting.md.", valueName: "name"))
    var name: String?

    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let store = try Self.store(configPath: configOptions.config)
        guard let name else {
            for entry in store.entries.values.sorted(by: { $0.name < $1.name }) {
                let origin = entry.path.map { entry.overridesDefault ? "\($0) (overrides the default)" : $0 } ?? "built-in"
                Console.output("\(entry.name)\t\(origin)\n")
            }
            return
        }
        let key = name.hasSuffix(".mustache") ? String(name.dropLast(".mustache".count)) : name
        guard let entry = store.entries[key] else {
            let hint = Suggestion.hint(for: key, in: store.entries.keys)
            throw BriefingError.usage("no template named '\(name)'\(hint); `briefing templates` lists the names")
        }
        Console.output(entry.text.hasSuffix("\n") ? entry.text : entry.text + "\n")
    }

    /// The user's templates when a config is there; the defaults alone otherwise.
    static func store(configPath: String) throws -> TemplateStore {
        do {
            return try BriefingPipeline().setup(configPath: configPath).templates
        } catch BriefingError.missingInput {
            return try TemplateStore(userFolder: nil)
        }
    }
}
