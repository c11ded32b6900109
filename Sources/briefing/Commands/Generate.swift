import ArgumentParser
import BriefingKit

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the briefs of briefings.yaml into the output folder.",
        discussion: """
        Reads the sources once for all briefs, then writes each brief in each of its formats \
        (briefs/ID.md, briefs/ID.txt). A file is replaced only by a complete new version, and \
        not at all when its content is unchanged. Unreadable articles are skipped with a warning.
        """
    )

    @Argument(help: ArgumentHelp("Only these briefs (default: all).", valueName: "brief-id"))
    var briefIDs: [String] = []

    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var runOptions: RunOptions

    @Option(help: ArgumentHelp("Write only this format instead of each brief's formats.", valueName: "markdown|text"))
    var format: OutputFormat?

    @Option(help: ArgumentHelp("The output folder (default: the config's output, briefs/).", valueName: "dir"))
    var output: String?

    @Flag(help: "Write one brief to stdout instead of a file (name it, or have only one).")
    var stdout = false

    @Flag(help: "Also print how long each phase took (reading, grouping reports, selecting, rendering) on stderr, even with --quiet.")
    var timings = false

    func run() throws {
        let pipeline = BriefingPipeline()
        if stdout {
            try writeToStdout(pipeline)
            return
        }
        var options = BriefingPipeline.Options(configPath: configOptions.config, asOf: runOptions.today)
        options.briefIDs = briefIDs
        options.format = format
        options.outputDirectory = output
        let progress = ProgressLine.forTerminal(quiet: runOptions.quiet)
        if let progress {
            options.progress = { progress.update($0) }
        }
        defer { progress?.finish() }
        let report = try pipeline.generate(options)
        progress?.finish()
        Summary.print(report, quiet: runOptions.quiet)
        if timings { Console.error(report.timings.line) }
        ExitReclaim.keep(report)
    }

    private func writeToStdout(_ pipeline: BriefingPipeline) throws {
        var phases = RunTimings()
        let setup = try pipeline.setup(configPath: configOptions.config)
        let specs = try pipeline.briefs(setup, ids: briefIDs)
        guard specs.count == 1, let spec = specs.first else {
            throw BriefingError.usage("--stdout writes one brief; name it, e.g. `briefing generate \(setup.config.briefs.first?.id ?? "ID") --stdout`")
        }
        phases.end("loading the config")
        // As `generate` reads it for every brief (`BriefingPipeline.generate`): the brief is the one the whole run writes.
        let corpus = try pipeline.readCorpus(setup.config, for: setup.config.briefs, timings: &phases)
        let briefs = pipeline.select(specs, config: setup.config, corpus: corpus, asOf: runOptions.today)
        phases.end("selecting")
        let rendered = try pipeline.render(briefs, library: try setup.templates.compile(),
                                           format: format ?? spec.formats.first ?? .markdown, asOf: runOptions.today)
        phases.end("rendering")
        for warning in corpus.warnings { Console.error(warning.description) }
        for brief in rendered { Console.output(brief.text) }
        if timings { Console.error(phases.line) }
        ExitReclaim.keep(corpus)
    }
}

extension OutputFormat: ExpressibleByArgument {}
