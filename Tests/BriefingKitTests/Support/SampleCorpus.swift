@testable import BriefingKit

/// The sample config and corpus read once, as `briefing generate` reads them.
enum SampleCorpus {
    static let asOf = CalendarDate(year: 2025, month: 10, day: 29) ?? CalendarDate(dayNumber: 0)

    static let setup: BriefingPipeline.Setup? = try? BriefingPipeline().setup(configPath: TestPaths.packageRoot + "/briefings.yaml")

    static let corpus: Corpus? = setup.flatMap { try? BriefingPipeline().readCorpus($0.config, for: $0.config.briefs) }

    /// The day of the Gyeongju talks, whose report (seeds/003, published that day) a brief prepared on `asOf` cannot know.
    static let talksDay = CalendarDate(year: 2025, month: 10, day: 30) ?? CalendarDate(dayNumber: 0)

    static func brief(_ id: String, asOf: CalendarDate = asOf) -> Brief? {
        guard let setup, let corpus, let spec = setup.config.brief(id) else { return nil }
        return BriefingPipeline().select([spec], config: setup.config, corpus: corpus, asOf: asOf).first
    }

    static func everyFact() -> [Fact] {
        guard let setup else { return [] }
        return (try? BriefingPipeline().readCorpus(setup.config, for: nil))?.facts ?? []
    }

    static func file(of fact: Fact, in corpus: Corpus) -> String { corpus.articles[fact.article].file }
}
