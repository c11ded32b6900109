import ArgumentParser

/// `--config FILE`, shared by every command that reads briefings.yaml.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The config file.", valueName: "file"))
    var config: String = "briefings.yaml"
}
