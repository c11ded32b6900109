import Foundation
import Mustache

/// load → read → extract → select → render → write: what `briefing generate` does.
public struct BriefingPipeline: Sendable {
    public struct Options: Sendable {
        public var configPath: String
        /// Only these briefs; all when empty.
        public var briefIDs: [String] = []
        /// Overrides each brief's formats.
        public var format: OutputFormat?
        public var outputDirectory: String?
        public var asOf: CalendarDate
        /// Told how the reading goes (for a progress line on a terminal).
        public var progress: ReadProgress.Handler?

        public init(configPath: String, asOf: CalendarDate) {
            self.configPath = configPath
            self.asOf = asOf
        }
    }

    /// A loaded config with its templates, ready to run.
    public struct Setup: Sendable {
        public var config: BriefingConfig
        public var templates: TemplateStore
    }

    public init() {}

    /// Loads and validates the config and the templates it can use.
    public func setup(configPath: String) throws -> Setup {
        let config = try ConfigLoader().load(path: configPath) { folder in
            (try? TemplateStore(userFolder: folder))?.briefTemplateNames ?? DefaultTemplates.briefNames
        }
        let templates = try TemplateStore(userFolder: config.templates)
        return Setup(config: config, templates: templates)
    }

    /// Compiles the templates and checks their names: throws on any error, returns the warnings.
    public func checkTemplates(_ templates: TemplateStore) throws -> [Diagnostic] {
        try compileChecked(templates).warnings
    }

    /// The templates compiled, once, with the warnings of their names; throws every error at once
    /// (a syntax mistake, a partial that does not exist).
    public func compileChecked(_ templates: TemplateStore) throws -> (library: MustacheLibrary, warnings: [Diagnostic]) {
        var diagnostics = TemplateChecker(store: templates).check()
        var library: MustacheLibrary?
        do {
            library = try templates.compile()
        } catch let BriefingError.invalidInput(errors) {
            diagnostics += errors
        }
        guard let library, !diagnostics.hasErrors else { throw BriefingError.invalidInput(diagnostics) }
        return (library, diagnostics)
    }

    /// The briefs a run covers, in config order.
    public func briefs(_ setup: Setup, ids: [String]) throws -> [BriefSpec] {
        guard !ids.isEmpty else { return setup.config.briefs }
        return try ids.map { id in
            guard let spec = setup.config.brief(id) else {
                let hint = Suggestion.hint(for: id, in: setup.config.briefs.map(\.id))
                throw BriefingError.usage(Messages.unknownBriefID(id, suggestion: hint))
            }
            return spec
        }
    }

    /// One pass over the corpus serving every brief in `specs`; with nil, every sentence is kept.
    public func readCorpus(_ config: BriefingConfig, for specs: [BriefSpec]?, progress: ReadProgress.Handler? = nil) throws -> Corpus {
        var timings = RunTimings()
        return try readCorpus(config, for: specs, progress: progress, timings: &timings)
    }

    /// `readCorpus(_:for:progress:)`, ending the phases of `timings` as it goes: listing the sources, reading
    /// them, and grouping the reports.
    public func readCorpus(_ config: BriefingConfig, for specs: [BriefSpec]?, progress: ReadProgress.Handler? = nil,
                           timings: inout RunTimings) throws -> Corpus {
        let listing = try SourceScanner().scan(config.sources)
        timings.end("listing")
        let extractor = FactExtractor(entities: config.entities, topics: config.topics)
        let all: @Sendable (Fact) -> Bool = { _ in true }
        let (keep, keepDated) = specs.map(BriefSelector.keepTests) ?? (all, all)
        let people = Set(config.entities.filter { $0.kind == .person }.map(\.id))
        var corpus = CorpusReader().read(listing.files, relativeTo: config.directory, people: people, progress: progress,
                                         afterReading: { timings.end("reading") }, extract: { article, index, known in
            extractor.extract(from: article, index: index, keep: keep, keepDated: keepDated, knownFigures: known.figures(of:))
        })
        timings.end("grouping reports")
        corpus.warnings.insert(contentsOf: Self.warnings(unreadableFolders: listing.unreadableFolders, relativeTo: config.directory), at: 0)
        return corpus
    }

    /// A warning for each source folder that could not be opened: its articles are missing from the briefs.
    public static func warnings(unreadableFolders folders: [String], relativeTo root: String) -> [ReadWarning] {
        folders.map { ReadWarning(file: Paths.relative($0, to: root), message: Messages.unreadableFolder) }
    }

    /// Selects every brief of `specs` from one corpus, in parallel; `explain` records every fact's decision.
    public func select(_ specs: [BriefSpec], config: BriefingConfig, corpus: Corpus, asOf: CalendarDate, explain: Bool = true) -> [Brief] {
        let selector = BriefSelector(config: config)
        let wholeClusters = ClusterGroups()
        let index = explain ? nil : SelectionIndex(corpus: corpus, config: config, specs: specs)
        let slots = ResultSlots<Brief>(count: specs.count)
        DispatchQueue.concurrentPerform(iterations: specs.count) { position in
            slots[position] = selector.select(specs[position], corpus: corpus, asOf: asOf, explain: explain, wholeClusters: wholeClusters,
                                              index: index)
        }
        return specs.indices.compactMap { slots[$0] }
    }

    /// Renders every brief in every format it asks for (or `format`), in parallel; in that order,
    /// or the error of the first that fails.
    public func render(_ briefs: [Brief], library: MustacheLibrary, format: OutputFormat?, asOf: CalendarDate) throws -> [RenderedBrief] {
        let renderer = BriefRenderer(library: library)
        let jobs = briefs.indices.flatMap { index in (format.map { [$0] } ?? briefs[index].spec.formats).map { (brief: index, format: $0) } }
        let slots = ResultSlots<Result<RenderedBrief, any Error>>(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { job in
            let (index, format) = jobs[job]
            slots[job] = Result {
                RenderedBrief(id: briefs[index].spec.id, format: format, text: try renderer.render(briefs[index], format: format, generatedOn: asOf))
            }
        }
        return try jobs.indices.compactMap { try slots.take($0)?.get() }
    }

    /// The whole run: reads once, writes each brief atomically into the output folder.
    public func generate(_ options: Options) throws -> GenerateReport {
        var timings = RunTimings()
        let setup = try setup(configPath: options.configPath)
        let specs = try briefs(setup, ids: options.briefIDs)
        let (library, templateWarnings) = try compileChecked(setup.templates)
        let output = options.outputDirectory.map { Paths.resolve($0, from: Paths.currentDirectory) } ?? setup.config.output
        let lock = try OutputLock(folder: output)
        defer { lock.release() }
        timings.end("loading the config")
        // Read for every brief of the config, even when only some are written: which facts are kept shapes the reports
        // (their wordings are compared with all the kept ones), and a brief written alone is the one the whole run writes.
        let corpus = try readCorpus(setup.config, for: setup.config.briefs, progress: options.progress, timings: &timings)
        let briefs = select(specs, config: setup.config, corpus: corpus, asOf: options.asOf, explain: false)
        timings.end("selecting")
        let rendered = try render(briefs, library: library, format: options.format, asOf: options.asOf)
        timings.end("rendering")
        let writer = OutputWriter()
        var report = GenerateReport(corpus: corpus)
        report.lockWarning = lock.takeoverWarning
        report.templateWarnings = templateWarnings
        for brief in rendered {
            let path = "\(output)/\(brief.id).\(brief.format.fileExtension)"
            let result = try writer.write(brief.text, to: path)
            let facts = briefs.first { $0.spec.id == brief.id }?.items.count ?? 0
            report.outputs.append(.init(briefID: brief.id, path: path, result: result, facts: facts))
        }
        timings.end("writing")
        report.timings = timings
        return report
    }
}

/// One brief in one format, ready to write.
public struct RenderedBrief: Sendable {
    public var id: String
    public var format: OutputFormat
    public var text: String
}

/// What a `generate` run did, for the summary on stderr.
public struct GenerateReport: Sendable {
    public struct Output: Sendable {
        public var briefID: String
        public var path: String
        public var result: OutputWriter.Result
        public var facts: Int
    }

    public var corpus: Corpus
    public var outputs: [Output] = []
    /// Names in the templates that the brief model does not have.
    public var templateWarnings: [Diagnostic] = []
    /// Set when this run took over a lock left by a run that died.
    public var lockWarning: String?
    /// How long each phase took (`generate --timings`).
    public var timings = RunTimings()
}
