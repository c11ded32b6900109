import ArgumentParser
import BriefingKit
import Foundation

struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the facts read from the sources, and why a brief chose each one or not.",
        discussion: """
        Without --brief, every sentence of every article is listed with its entities, topics, dates, \
        figures, quotes and stances. With --brief ID, the facts that brief chose, as `generate` chooses \
        them; --explain adds the score and reasons of each, and the reason each other fact some brief \
        of the config can use was left out.
        """
    )

    @Option(help: ArgumentHelp("Only the facts this brief chose, as generate chooses them.", valueName: "id"))
    var brief: String?

    @Flag(help: "With --brief: show every candidate's score and reasons, and every rejected fact's reason.")
    var explain = false

    @Flag(help: "Print JSON: an array of facts (see README).")
    var json = false

    @OptionGroup var configOptions: ConfigOptions
    @OptionGroup var runOptions: RunOptions

    func run() throws {
        let pipeline = BriefingPipeline()
        let setup = try pipeline.setup(configPath: configOptions.config)
        let specs = try pipeline.briefs(setup, ids: brief.map { [$0] } ?? [])
        // With --brief, read as `generate` reads (for every brief of the config), so that the decisions are the ones it
        // makes; a sentence no brief can use is then not listed (`facts` alone lists every one).
        let corpus = try pipeline.readCorpus(setup.config, for: brief == nil ? nil : setup.config.briefs)
        if !runOptions.quiet { for warning in corpus.warnings { Console.error(warning.description) } }
        var decisions: [FactKey: FactDecision]?
        if brief != nil, let selected = pipeline.select(specs, config: setup.config, corpus: corpus, asOf: runOptions.today).first {
            decisions = Dictionary(selected.decisions.map { ($0.fact, $0) }, uniquingKeysWith: { first, _ in first })
            if !explain { decisions = decisions?.filter { $0.value.outcome == .chosen } }
        }
        if json {
            let reports = corpus.facts.compactMap { fact -> FactReport? in
                if let decisions, decisions[fact.stableKey] == nil { return nil }
                return FactReport(fact, article: corpus.articles[fact.article], decision: decisions?[fact.stableKey])
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.output(String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n")
            return
        }
        Console.output(FactListing.text(corpus.facts, articles: corpus.articles, decisions: decisions))
    }
}
