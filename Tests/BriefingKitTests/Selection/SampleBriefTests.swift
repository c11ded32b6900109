import Testing
@testable import BriefingKit

@Suite("The Gyeongju meeting brief from the sample corpus")
struct SampleBriefTests {
    let brief = SampleCorpus.brief("lee-cuong-gyeongju-2025")

    /// Every item shown in the body, in reading order.
    func bodyItems(_ brief: Brief) -> [BriefItem] {
        brief.keyPoints + brief.agreements + brief.commitments + brief.counterpartAsks + brief.principalAsks
            + brief.sections.flatMap(\.items)
    }

    @Test("prepared on the day of the talks, it has their US$150 billion trade target by 2030, as an upcoming target")
    func tradeTarget() throws {
        let brief = try #require(SampleCorpus.brief("lee-cuong-gyeongju-2025", asOf: SampleCorpus.talksDay))
        let target = try #require(brief.timeline.first { $0.text.contains("US$150 billion") })
        #expect(target.date.isUpcoming && target.date.date.year == 2030)
        #expect(brief.figures.contains { $0.figure.text == "US$150 billion" && $0.measure == "bilateral trade target" })
    }

    @Test("a duration measures what lasted: the 25-minute call, and the 15-minute conversation with Albanese, not the word after it")
    func durations() throws {
        let lee = try #require(SampleCorpus.brief("lee-jae-myung"))
        let measures = Dictionary(lee.figures.map { ($0.figure.text, $0.measure) }, uniquingKeysWith: { first, _ in first })
        #expect(measures["25-minute"] == "call")
        // "for about 15 minutes starting at 5 p.m." in the report of Lee's call with Albanese.
        #expect(measures["about 15 minutes"] == "conversation")
    }

    @Test("the high-speed rail and nuclear power agreement appears once, citing both outlets")
    func agreementOnce() throws {
        let brief = try #require(brief)
        let mentions = bodyItems(brief).filter { $0.text.contains("high-speed rail") }
        #expect(mentions.count == 1)
        let item = try #require(mentions.first)
        let outlets = Set(item.citations.map { brief.sources[$0 - 1].file })
        #expect(outlets == ["seeds/000_b615631977886510.txt", "seeds/002_f86aa00e836c1ceb.txt"])
    }

    @Test("the 1992 establishment of diplomatic ties is in the timeline")
    func ties1992() throws {
        let brief = try #require(brief)
        #expect(brief.timeline.contains { $0.date.date.year == 1992 && $0.date.precision == .year && $0.text.contains("diplomatic ties") })
    }

    @Test("the 12 June 2025 phone call is the last contact, citing every outlet that reported it")
    func lastContact() throws {
        let brief = try #require(brief)
        let contact = try #require(brief.lastContact)
        #expect(contact.date.date == CalendarDate(year: 2025, month: 6, day: 12))
        #expect(contact.format == "Phone call")
        #expect(contact.citations.count == 3)
    }

    @Test("the last contact's sentence is told once, in its section: no key point or background item repeats it")
    func lastContactToldOnce() throws {
        let brief = try #require(brief)
        let contact = try #require(brief.lastContact)
        #expect(!bodyItems(brief).contains { $0.text == contact.text })
        // Not at the cost of a key point: the brief still shows five.
        #expect(brief.keyPoints.count == 5)
    }

    @Test("no key point or background item only reports the last contact again; what was said in it stays")
    func reportsOfTheLastContactAreNotRepeated() throws {
        let brief = try #require(brief)
        let texts = bodyItems(brief).map(\.text)
        #expect(!texts.contains { $0.hasPrefix("State President Lương Cường on Thursday held phone talks") })
        #expect(!texts.contains { $0.hasPrefix("President Lee Jae-myung spoke with Vietnamese President Luong Cuong and Australian") })
        #expect(brief.keyPoints.contains { $0.text.hasPrefix("President Cường appreciated the attention President Lee has paid") })
    }

    @Test("a leader brief's body tells each call its table lists once: of the items that only report the 12 June call, the first stays")
    func leaderBriefTellsEachEngagementOnce() throws {
        for id in ["luong-cuong", "lee-jae-myung"] {
            let brief = try #require(SampleCorpus.brief(id))
            #expect(brief.engagements.contains { $0.date.date == CalendarDate(year: 2025, month: 6, day: 12) }, "\(id)")
            let texts = bodyItems(brief).map(\.text)
            #expect(texts.contains { $0.hasPrefix("President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong") }, "\(id)")
            #expect(!texts.contains { $0.hasPrefix("President Lee Jae-myung spoke with Vietnamese President Luong Cuong and Australian") }, "\(id)")
            #expect(!texts.contains { $0.hasPrefix("State President Lương Cường on Thursday held phone talks") }, "\(id)")
        }
        // What was said in the call stays: the place goes to it.
        let cuong = try #require(SampleCorpus.brief("luong-cuong"))
        #expect(cuong.keyPoints.contains { $0.text.hasPrefix("He affirmed Việt Nam’s consistent position") })
    }

    @Test("the stance sections do not cost a leader brief its key points: max_facts counts the key points and background alone")
    func stanceSectionsLeaveTheKeyPoints() throws {
        let brief = try #require(SampleCorpus.brief("lee-jae-myung"))
        let stanceItems = brief.agreements + brief.commitments + brief.counterpartAsks + brief.principalAsks
        #expect(stanceItems.count >= 5)
        #expect(brief.keyPoints.count == 5)
        #expect(brief.keyPoints.contains { $0.text.hasPrefix("It marks Lee's first call with a Southeast Asian leader") })
        // What a stance section shows is shown nowhere else.
        let stanceTexts = Set(stanceItems.map(\.text))
        #expect(!(brief.keyPoints + brief.sections.flatMap(\.items)).contains { stanceTexts.contains($0.text) })
        #expect(brief.items.count <= brief.spec.maxFacts)
    }

    @Test("a key point that opens with \"During the call\" says which day's call: it shows no date of its own")
    func keyPointNamesTheCallsDay() throws {
        let lee = try #require(SampleCorpus.brief("lee-jae-myung"))
        let point = try #require(lee.keyPoints.first { $0.text.hasPrefix("During the call, Lee emphasized") })
        #expect(point.insertion == BriefItem.Insertion(offset: "During the call".utf8.count, names: "12 June 2025"))
    }

    @Test("a leader brief takes what its leader proposed in a sentence that calls them \"He\"")
    func leaderBriefTakesPronounSentences() throws {
        let lee = try #require(SampleCorpus.brief("lee-jae-myung"))
        let proposal = try #require(lee.principalAsks.first { $0.text.hasPrefix("He also proposed that Việt Nam") })
        #expect(proposal.insertion?.names == "Lee Jae-myung")
    }

    @Test("a key point closing with \"it noted\" names the office the article credited before")
    func closingItIsNamed() throws {
        let brief = try #require(brief)
        let hope = try #require(brief.keyPoints.first { $0.text.hasPrefix("Lee responded that he hopes to visit Vietnam") })
        #expect(hope.closingInsertion?.names == "Lee's office")
        // The timeline shows the sentence whole too, and names the office the same way.
        let planned = try #require(brief.timeline.first { $0.text.hasPrefix("Lee responded that he hopes to visit Vietnam") })
        #expect(planned.closingInsertion?.names == "Lee's office")
    }

    @Test("a leader brief lists the 12 June call once, with the one leader on the line, citing every report of it")
    func engagementsOncePerCall() throws {
        for (id, counterpart) in [("luong-cuong", "lee-jae-myung"), ("lee-jae-myung", "luong-cuong")] {
            let brief = try #require(SampleCorpus.brief(id))
            let sameDay = brief.engagements.filter { $0.date.date == CalendarDate(year: 2025, month: 6, day: 12) }
            let calls = sameDay.filter { $0.counterparts.contains { $0.id == counterpart } }
            // "conveyed congratulations from Tô Lâm" and "spoke with Cuong and Albanese respectively" are the same call.
            #expect(calls.count == 1, "\(id): \(sameDay.map { $0.counterparts.map(\.id) })")
            #expect(calls.first?.counterparts.map(\.id) == [counterpart], "\(id)")
            #expect(calls.first?.citations.count == 3, "\(id)")
        }
        // Lee's call with Albanese, later that day, is a contact of its own, on the same day.
        let lee = try #require(SampleCorpus.brief("lee-jae-myung"))
        let albanese = try #require(lee.engagements.first { $0.counterparts.map(\.id) == ["anthony-albanese"] })
        #expect(albanese.date.date == CalendarDate(year: 2025, month: 6, day: 12))
    }

    @Test("prepared on the day of the talks, Cường's proposals at them are what the other side is likely to raise")
    func proposals() throws {
        let asks = try #require(SampleCorpus.brief("lee-cuong-gyeongju-2025", asOf: SampleCorpus.talksDay)).counterpartAsks
        #expect(asks.contains { $0.text.contains("US$150 billion") && $0.attribution == "Proposal by Lương Cường" })
        #expect(asks.contains { $0.text.contains("Vietnamese community") })
    }

    @Test("prepared the day before the talks, it knows nothing of their report: no line cites an article published after that day")
    func nothingFromAfterTheDay() throws {
        let brief = try #require(brief)
        #expect(!brief.sources.isEmpty)
        #expect(!brief.sources.contains { $0.file == "seeds/003_936c27233a25ce62.txt" })
        #expect(brief.sources.allSatisfy { ($0.published?.date).map { $0 <= SampleCorpus.asOf } ?? true })
        // The invitation of the June call is still what the other side is likely to raise.
        #expect(brief.counterpartAsks.map(\.attribution) == ["Invitation by Lương Cường"])
    }

    @Test("nothing about the Australia call or the Czech nuclear deal")
    func offTopic() throws {
        let brief = try #require(brief)
        let texts = bodyItems(brief).map(\.text) + brief.timeline.map(\.text) + brief.quotes.map(\.text)
        #expect(!texts.contains { $0.contains("Albanese for about") || $0.contains("Australia, as comprehensive") })
        #expect(!texts.contains { $0.contains("Czech Prime Minister") || $0.contains("26 trillion won") })
    }

    @Test("every source is cited and every citation has a source")
    func citations() throws {
        let brief = try #require(brief)
        #expect(Self.cited(in: brief) == Set(1...brief.sources.count))
    }

    /// Every source number the brief's lines cite (a discrepancy cites in its text).
    static func cited(in brief: Brief) -> Set<Int> {
        let body = brief.keyPoints + brief.agreements + brief.commitments + brief.counterpartAsks + brief.principalAsks
            + brief.sections.flatMap(\.items)
        var cited = Set(body.flatMap(\.citations))
        cited.formUnion(brief.timeline.flatMap(\.citations))
        cited.formUnion(brief.figures.flatMap(\.citations))
        cited.formUnion(brief.quotes.flatMap(\.citations))
        cited.formUnion(brief.lastContact?.citations ?? [])
        cited.formUnion(brief.engagements.flatMap(\.citations))
        return cited
    }

    @Test("two runs give byte-identical briefs")
    func deterministic() throws {
        let setup = try #require(SampleCorpus.setup)
        func render() throws -> [String] {
            let corpus = try BriefingPipeline().readCorpus(setup.config, for: setup.config.briefs)
            let briefs = BriefingPipeline().select(setup.config.briefs, config: setup.config, corpus: corpus, asOf: SampleCorpus.asOf)
            return try BriefingPipeline().render(briefs, library: setup.templates.compile(), format: nil, asOf: SampleCorpus.asOf).map(\.text)
        }
        #expect(try render() == render())
    }

    @Test("explain: every candidate has a score and reasons, every rejection a reason")
    func explain() throws {
        let brief = try #require(brief)
        #expect(brief.decisions.contains { $0.outcome == .chosen && $0.reasons.contains { $0.hasPrefix("topic ") } })
        let reasons = brief.decisions.compactMap { decision -> String? in
            if case let .rejected(reason) = decision.outcome { return reason }
            return nil
        }
        #expect(reasons.contains { $0.hasPrefix("duplicate of ") })
        #expect(reasons.contains { $0.hasPrefix("no required entity") })
    }
}

@Suite("Selection filters and de-duplication")
struct SelectionFilterTests {
    static let lee = Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: nil, aliases: [])
    static let cuong = Entity(id: "cuong", name: "Lương Cường", kind: .person, title: nil, aliases: ["Luong Cuong"])
    static let trade = Topic(id: "trade", label: "Trade", keywords: ["trade"])
    static let rail = Topic(id: "rail", label: "Rail", keywords: ["high-speed rail"])

    static func spec(_ change: (inout BriefSpec) -> Void = { _ in }) -> BriefSpec {
        var spec = BriefSpec(id: "b", kind: .leader, title: "B", meeting: nil, person: "lee", require: ["lee"], topics: ["trade", "rail"],
                             window: .init(), formats: [.markdown], maxFacts: 10, template: nil, exclude: [], maxPerTopic: nil)
        change(&spec)
        return spec
    }

    /// A brief from sentences, one article each: (outlet, published, text).
    static func select(_ spec: BriefSpec, _ reports: [(String, String, String)]) -> Brief {
        let config = BriefingConfig(file: "b.yaml", directory: "/", version: 1, sources: [], output: "/out", templates: nil,
                                    entities: [lee, cuong], topics: [trade, rail], briefs: [spec])
        let extractor = FactExtractor(entities: config.entities, topics: config.topics)
        var articles: [Article] = []
        var facts: [Fact] = []
        for (index, report) in reports.enumerated() {
            let date = CalendarDate(iso: report.1).map { ArticleTimestamp(date: $0) }
            let article = Article(file: "a\(index).txt", outlet: report.0.isEmpty ? nil : report.0, published: date, paragraphs: [report.2])
            articles.append(article)
            facts += extractor.facts(of: article, index: index)
        }
        return BriefSelector(config: config).select(spec, corpus: Corpus(articles: articles, facts: facts),
                                                     asOf: CalendarDate(year: 2025, month: 10, day: 29) ?? CalendarDate(dayNumber: 0))
    }

    static func reason(_ brief: Brief, _ prefix: String) -> String? {
        for decision in brief.decisions where decision.text.hasPrefix(prefix) {
            if case let .rejected(reason) = decision.outcome { return reason }
            return "chosen"
        }
        return nil
    }

    /// Every item a brief chose, wherever it is shown.
    static func shownTexts(_ brief: Brief) -> Set<String> {
        Set((brief.keyPoints + brief.agreements + brief.commitments + brief.counterpartAsks + brief.principalAsks
             + brief.sections.flatMap(\.items)).map(\.text) + (brief.lastContact.map { [$0.text] } ?? []))
    }

    /// Sentences on rail and trade that share too little to be one report.
    static let railAndTrade = [
        ("A", "2025-06-11", "Lee Jae-myung said trade with Europe grew by 7 percent in the quarter."),
        ("A", "2025-06-12", "Exporters told Lee Jae-myung that semiconductor trade faces new tariffs."),
        ("A", "2025-06-13", "Lee Jae-myung asked ministers to diversify trade routes through Central Asia."),
        ("A", "2025-06-14", "A trade fair opened by Lee Jae-myung drew buyers from forty countries."),
        ("B", "2025-07-11", "Lee Jae-myung inspected the high-speed rail line between Seoul and Busan."),
        ("B", "2025-07-12", "Engineers briefed Lee Jae-myung on signalling for high-speed rail tunnels."),
        ("B", "2025-07-13", "Lee Jae-myung promised a high-speed rail link for Gangwon province by 2031."),
        ("B", "2025-07-14", "Farmers protested to Lee Jae-myung about noise from high-speed rail works."),
    ]

    @Test("a brief that names no topics shows its background by the config's topics, and every item it chose")
    func backgroundWithoutTopics() {
        let brief = Self.select(Self.spec { $0.topics = [] }, Self.railAndTrade)
        // Two go to the stance sections ("asked", "promised"); the key points and background take the other six.
        #expect(brief.principalAsks.count + brief.commitments.count == 2)
        #expect(brief.items.count == 6)
        #expect(!brief.sections.isEmpty)
        #expect(brief.sections.allSatisfy { ["Trade", "Rail"].contains($0.topic.label) })
        #expect(Set(Self.railAndTrade.map(\.2)) == Self.shownTexts(brief))
    }

    @Test("with no topic filter, an item on no configured topic is shown under other reports, after the topics")
    func otherReports() throws {
        let reports = Self.railAndTrade + [("C", "2023-02-01", "Lee Jae-myung visited a primary school in Daegu.")]
        let brief = Self.select(Self.spec { $0.topics = [] }, reports)
        #expect(Set(brief.items.map(\.text)).isSubset(of: Self.shownTexts(brief)))
        let other = try #require(brief.sections.last)
        #expect(other.topic.label == "Other reports")
        #expect(other.items.map(\.text) == ["Lee Jae-myung visited a primary school in Daegu."])
    }

    @Test("require, topics, window, exclude and sources each leave a fact out with their reason")
    func filters() {
        let reports = [
            ("A", "2025-06-13", "Lee Jae-myung discussed trade on Thursday."),
            ("A", "2025-06-13", "Officials discussed trade on Thursday."),
            ("A", "2025-06-13", "Lee Jae-myung discussed the weather on Thursday."),
            ("A", "2019-06-13", "Lee Jae-myung discussed trade in 2019."),
            ("B", "2025-06-13", "Lee Jae-myung discussed rice trade with farmers."),
        ]
        let brief = Self.select(Self.spec {
            $0.window = .init(from: CalendarDate(year: 2022, month: 1, day: 1), to: nil)
            $0.exclude = ["rice"]
        }, reports)
        #expect(Self.reason(brief, "Lee Jae-myung discussed trade on") == "chosen")
        #expect(Self.reason(brief, "Officials")?.hasPrefix("no required entity") == true)
        #expect(Self.reason(brief, "Lee Jae-myung discussed the weather") == "no topic of the brief")
        #expect(Self.reason(brief, "Lee Jae-myung discussed trade in 2019")?.hasPrefix("outside window") == true)
        #expect(Self.reason(brief, "Lee Jae-myung discussed rice") == "excluded keyword 'rice'")
        let onlyB = Self.select(Self.spec { $0.excludeSources = ["a"] }, reports)
        #expect(Self.reason(onlyB, "Lee Jae-myung discussed trade on")?.hasPrefix("source excluded") == true)
    }

    /// A meeting brief of Lee and Cường on `day`, otherwise as `spec()`.
    static func meeting(on day: CalendarDate) -> BriefSpec {
        spec {
            $0.kind = .meeting
            $0.person = nil
            $0.meeting = .init(date: day, place: nil, format: nil, participants: ["lee", "cuong"])
        }
    }

    /// The config of these tests, with `briefs` and `entities`.
    static func config(_ briefs: [BriefSpec], entities: [Entity] = [lee, cuong]) -> BriefingConfig {
        BriefingConfig(file: "b.yaml", directory: "/", version: 1, sources: [], output: "/out", templates: nil,
                       entities: entities, topics: [trade, rail], briefs: briefs)
    }

    /// Articles of (outlet, published, paragraphs) read with `config`, each learning what it names as reading does.
    /// `updated` gives each article's update stamp, by position (none when empty or missing).
    static func corpus(_ pieces: [(String, String, [String])], config: BriefingConfig, updated: [String] = []) -> Corpus {
        let extractor = FactExtractor(entities: config.entities, topics: config.topics)
        let stamp = { (iso: String) in CalendarDate(iso: iso).map { ArticleTimestamp(date: $0) } }
        var articles: [Article] = [], facts: [Fact] = []
        for (index, piece) in pieces.enumerated() {
            var article = Article(file: "a\(index).txt", outlet: piece.0, published: stamp(piece.1),
                                  updated: index < updated.count ? stamp(updated[index]) : nil, paragraphs: piece.2)
            let extracted = extractor.extract(from: article, index: index)
            article.named = extracted.named
            articles.append(article)
            facts += extracted.facts
        }
        return Corpus(articles: articles, facts: facts)
    }

    /// What each of `specs` shows when `generate` selects it (through the index, without reasons) on 29 October 2025.
    static func generatedTexts(_ specs: [BriefSpec], config: BriefingConfig, corpus: Corpus) throws -> [Set<String>] {
        let asOf = try #require(CalendarDate(year: 2025, month: 10, day: 29))
        let briefs = BriefingPipeline().select(specs, config: config, corpus: corpus, asOf: asOf, explain: false)
        try #require(briefs.count == specs.count)
        return briefs.map(shownTexts)
    }

    @Test("a call on no topic of the brief, kept for the contacts, that agrees something is shown as an agreement, and --explain says it was chosen")
    func agreementOnNoTopic() {
        let call = "Lee Jae-myung held talks with Lương Cường in Hanoi and agreed to meet again next spring."
        let brief = Self.select(Self.spec(), [("A", "2025-06-13", call), ("B", "2025-06-12", "Lee Jae-myung discussed trade with exporters in Busan.")])
        #expect(brief.agreements.map(\.text) == [call])
        #expect(Self.reason(brief, "Lee Jae-myung held talks") == "chosen")
        #expect(Self.reason(brief, "Lee Jae-myung discussed trade") == "chosen")
    }

    @Test("a meeting brief prepared after its meeting leaves out what was published after the meeting's day")
    func publishedAfterTheMeeting() throws {
        let reports = [
            ("A", "2025-09-02", "Lee Jae-myung signed a trade pact with Vietnam after the talks."),
            ("B", "2025-09-01", "Lee Jae-myung will discuss trade with Lương Cường at the talks today."),
            ("C", "2025-08-20", "Exporters briefed Lee Jae-myung on semiconductor trade in Busan."),
        ]
        let meeting = Self.meeting(on: try #require(CalendarDate(year: 2025, month: 9, day: 1)))
        let brief = Self.select(meeting, reports)
        #expect(Self.reason(brief, "Lee Jae-myung signed") == "published 2025-09-02, after the meeting date 2025-09-01")
        #expect(Self.reason(brief, "Lee Jae-myung will discuss") == "chosen")
        #expect(Self.reason(brief, "Exporters briefed") == "chosen")
        // The same in `generate`; a leader brief of the same day keeps the article.
        let config = Self.config([meeting, Self.spec()])
        let texts = try Self.generatedTexts(config.briefs, config: config, corpus: Self.corpus(reports.map { ($0.0, $0.1, [$0.2]) }, config: config))
        #expect(!texts[0].contains { $0.hasPrefix("Lee Jae-myung signed") })
        #expect(texts[0].contains { $0.hasPrefix("Lee Jae-myung will discuss") })
        #expect(texts[1].contains { $0.hasPrefix("Lee Jae-myung signed") })
    }

    @Test("reading the sample corpus records what each article names, kept sentences or not")
    func articlesKnowWhatTheyName() throws {
        let corpus = try #require(SampleCorpus.corpus)
        #expect(corpus.articles.allSatisfy { $0.named != nil })
        let call = try #require(corpus.articles.first { $0.file.hasSuffix("000_b615631977886510.txt") })
        #expect(Set(["lee-jae-myung", "luong-cuong", "vietnam", "kang-yu-jung"]).isSubset(of: Set(call.named ?? [])))
    }

    @Test("a meeting brief draws only on articles that name a counterpart or their country, in whatever sentence")
    func articlesNamingACounterpart() throws {
        let vietnam = Entity(id: "vietnam", name: "Việt Nam", kind: .country, title: nil, aliases: ["Vietnam"])
        let cuong = Entity(id: "cuong", name: "Lương Cường", kind: .person, title: "State President of Việt Nam", aliases: [])
        let meeting = Self.meeting(on: try #require(CalendarDate(year: 2025, month: 9, day: 1)))
        let config = Self.config([meeting, Self.spec()], entities: [Self.lee, cuong, vietnam])
        let corpus = Self.corpus([
            ("A", "2025-09-01", ["Lee Jae-myung discussed trade with Japanese Prime Minister Shigeru Ishiba.", "Lee Jae-myung invited Ishiba to Seoul."]),
            ("B", "2025-09-01", ["Lee Jae-myung discussed trade with exporters in Busan.", "Vietnam is the third-largest market for Korean exporters."]),
            ("C", "2025-09-01", ["Lee Jae-myung called for more high-speed rail links in Asia.", "Lương Cường is due in Seoul next week."]),
        ], config: config)
        #expect(corpus.articles.map(\.named) == [["lee"], ["lee", "vietnam"], ["lee", "cuong"]])
        let explained = BriefSelector(config: config).select(meeting, corpus: corpus, asOf: try #require(CalendarDate(year: 2025, month: 10, day: 29)))
        #expect(Self.reason(explained, "Lee Jae-myung discussed trade with Japanese") == "the article names no counterpart (cuong, vietnam)")
        #expect(Self.reason(explained, "Lee Jae-myung discussed trade with exporters") == "chosen")
        #expect(Self.reason(explained, "Lee Jae-myung called for") == "chosen")
        // The same in `generate`; a leader brief keeps the article.
        let texts = try Self.generatedTexts(config.briefs, config: config, corpus: corpus)
        #expect(!texts[0].contains { $0.hasPrefix("Lee Jae-myung discussed trade with Japanese") })
        #expect(texts[0].contains { $0.hasPrefix("Lee Jae-myung discussed trade with exporters") })
        #expect(texts[1].contains { $0.hasPrefix("Lee Jae-myung discussed trade with Japanese") })
    }

    @Test("a page updated after the day a brief speaks from is left out, whenever it was first published")
    func updatedAfterTheDay() throws {
        // The text read is the updated one: "Updated: 2025-09-02" may report what the meeting of 1 September brought.
        let pages = [
            (published: "", updated: "2025-09-02", text: "Lee Jae-myung signed a trade pact with Lương Cường after the talks."),
            (published: "2025-08-30", updated: "2025-09-03", text: "Lee Jae-myung discussed rail and trade with Lương Cường in Seoul."),
            (published: "2025-08-30", updated: "2025-08-31", text: "Lee Jae-myung will discuss trade with Lương Cường at the talks."),
        ]
        let meeting = Self.meeting(on: try #require(CalendarDate(year: 2025, month: 9, day: 1)))
        let config = Self.config([meeting, Self.spec()])
        let corpus = Self.corpus(pages.map { ("A", $0.published, [$0.text]) }, config: config, updated: pages.map(\.updated))
        let explained = BriefSelector(config: config).select(meeting, corpus: corpus, asOf: try #require(CalendarDate(year: 2025, month: 10, day: 29)))
        #expect(Self.reason(explained, "Lee Jae-myung signed") == "updated 2025-09-02, after the meeting date 2025-09-01")
        #expect(Self.reason(explained, "Lee Jae-myung discussed rail") == "updated 2025-09-03, after the meeting date 2025-09-01")
        #expect(Self.reason(explained, "Lee Jae-myung will discuss") == "chosen")
        // The same in `generate`; the leader brief, prepared on 29 October, draws on all three.
        let texts = try Self.generatedTexts(config.briefs, config: config, corpus: corpus)
        #expect(texts[0].contains { $0.hasPrefix("Lee Jae-myung will discuss") })
        #expect(!texts[0].contains { $0.hasPrefix("Lee Jae-myung signed") || $0.hasPrefix("Lee Jae-myung discussed rail") })
        #expect(texts[1].contains { $0.hasPrefix("Lee Jae-myung signed") } && texts[1].contains { $0.hasPrefix("Lee Jae-myung discussed rail") })
    }

    @Test("a brief's key points are about its participants: an item naming neither, however widely reported, is background")
    func keyPointsAreAboutTheParticipants() throws {
        let vietnam = Entity(id: "vietnam", name: "Việt Nam", kind: .country, title: nil, aliases: ["Vietnam"])
        let cuong = Entity(id: "cuong", name: "Lương Cường", kind: .person, title: "State President of Việt Nam", aliases: [])
        let yoon = Entity(id: "yoon", name: "Yoon Suk Yeol", kind: .person, title: nil, aliases: [])
        var meeting = Self.meeting(on: try #require(CalendarDate(year: 2025, month: 10, day: 30)))
        meeting.require = ["vietnam", "cuong"]
        let config = Self.config([meeting], entities: [Self.lee, cuong, vietnam, yoon])
        let predecessor = "Yoon Suk Yeol praised trade with Vietnam at a forum in Hanoi."
        let principal = "Lee Jae-myung praised trade with Vietnam at a forum in Busan."
        let corpus = Self.corpus(["A", "B", "C", "D", "E", "F"].map { ($0, "2025-10-01", [predecessor]) } + [("G", "2025-10-20", [principal])],
                                 config: config)
        let asOf = try #require(CalendarDate(year: 2025, month: 10, day: 29))
        let explained = BriefSelector(config: config).select(meeting, corpus: corpus, asOf: asOf)
        let generated = try #require(BriefingPipeline().select([meeting], config: config, corpus: corpus, asOf: asOf, explain: false).first)
        for brief in [explained, generated] {
            #expect(brief.keyPoints.map(\.text) == [principal])
            #expect(brief.sections.flatMap(\.items).map(\.text) == [predecessor])
        }
    }

    @Test("an article published after the as-of day is left out with its reason; one of that day, or with no date, is used")
    func publishedAfterAsOf() throws {
        // The fixture prepares briefs on 29 October 2025.
        let reports = [
            ("A", "2025-10-30", "Lee Jae-myung signed a trade pact with Vietnam."),
            ("B", "2025-10-29", "Lee Jae-myung discussed trade with exporters."),
            ("C", "", "Lee Jae-myung praised trade with Australia."),
        ]
        let brief = Self.select(Self.spec(), reports)
        #expect(Self.reason(brief, "Lee Jae-myung signed") == "published 2025-10-30, after the as-of date 2025-10-29")
        #expect(Self.reason(brief, "Lee Jae-myung discussed") == "chosen")
        #expect(Self.reason(brief, "Lee Jae-myung praised") == "chosen")
        // `generate` selects without reasons, through the index: the same article is left out there, and an outlet or
        // path the brief excludes, or one it does not include, is left out there too.
        let specs = [Self.spec(), Self.spec { $0.excludeSources = ["B"] }, Self.spec { $0.includeSources = ["a0.txt", "C"] }]
        let config = Self.config(specs)
        let texts = try Self.generatedTexts(specs, config: config, corpus: Self.corpus(reports.map { ($0.0, $0.1, [$0.2]) }, config: config))
        #expect(texts[0].contains { $0.hasPrefix("Lee Jae-myung discussed") } && texts[0].contains { $0.hasPrefix("Lee Jae-myung praised") })
        #expect(!texts[0].contains { $0.hasPrefix("Lee Jae-myung signed") })
        for filtered in texts.dropFirst() {
            #expect(filtered.contains { $0.hasPrefix("Lee Jae-myung praised") } && !filtered.contains { $0.hasPrefix("Lee Jae-myung discussed") })
        }
    }

    /// Pages that name no outlet count as one outlet: a sentence on three of them earns no points for outlets,
    /// the same sentence shape from three named outlets earns two further outlets' (3 points), in both ways of selecting.
    @Test("pages naming no outlet count as one outlet")
    func unknownOutletsCountAsOne() throws {
        let unknown = "Lee Jae-myung discussed trade with exporters at the port of Busan."
        let known = "Lee Jae-myung praised trade fairs held across Daegu this spring."
        let reports = ["", "", ""].map { ($0, "2025-06-12", unknown) } + ["A", "B", "C"].map { ($0, "2025-06-12", known) }
        let explained = Self.select(Self.spec(), reports)
        let reasons = { (text: String) in explained.decisions.first { $0.text == text }?.reasons ?? [] }
        #expect(!reasons(unknown).contains { $0.hasSuffix("outlets") })
        #expect(reasons(known).contains("3 outlets"))
        let config = BriefingConfig(file: "b.yaml", directory: "/", version: 1, sources: [], output: "/out", templates: nil,
                                    entities: [Self.lee, Self.cuong], topics: [Self.trade, Self.rail], briefs: [Self.spec()])
        let extractor = FactExtractor(entities: config.entities, topics: config.topics)
        let articles = reports.enumerated().map { index, report in
            Article(file: "a\(index).txt", outlet: report.0.isEmpty ? nil : report.0, published: CalendarDate(iso: report.1).map { ArticleTimestamp(date: $0) },
                    paragraphs: [report.2])
        }
        let facts = articles.enumerated().flatMap { extractor.facts(of: $1, index: $0) }
        let generated = try #require(BriefingPipeline().select(config.briefs, config: config, corpus: Corpus(articles: articles, facts: facts),
                                                               asOf: SampleCorpus.asOf, explain: false).first)
        for brief in [explained, generated] {
            let items = brief.keyPoints + brief.sections.flatMap(\.items)
            let score = { (text: String) in items.first { $0.text == text }?.score }
            let (low, high) = (try #require(score(unknown)), try #require(score(known)))
            #expect(high - low == 3)
        }
    }

    @Test("two outlets' different wordings of one event become one item citing both")
    func mergesRewordings() {
        let brief = Self.select(Self.spec(), [
            ("Korea JoongAng Daily", "2025-06-13", "\"Lee Jae-myung and Luong Cuong agreed to expand and deepen bilateral cooperation, including in strategic sectors such as high-speed rail and nuclear power,\" Kang told reporters."),
            ("Viet Nam News", "2025-06-13", "Lee Jae-myung and Luong Cuong agreed to deepen strategic cooperation in areas such as high-speed rail and nuclear energy."),
        ])
        #expect(brief.items.count + brief.agreements.count >= 1)
        let all = brief.items + brief.agreements
        #expect(all.contains { $0.citations == [1, 2] })
        #expect(brief.decisions.contains { if case let .rejected(reason) = $0.outcome { return reason.hasPrefix("duplicate of") } else { return false } })
    }

    @Test("two different events that share many words stay apart")
    func keepsDifferentEventsApart() {
        let brief = Self.select(Self.spec(), [
            ("A", "2025-06-13", "Lee Jae-myung and Luong Cuong agreed to strengthen trade cooperation on supply chains related to defense, clean energy and critical minerals."),
            ("B", "2025-06-13", "Lee Jae-myung and Luong Cuong agreed to deepen trade cooperation in areas such as high-speed rail and nuclear energy."),
        ])
        let all = brief.items + brief.agreements
        #expect(Set(all.map(\.text)).count == 2)
    }

    @Test("when outlets give different figures for one event, both are kept and the difference is marked")
    func discrepancy() {
        let brief = Self.select(Self.spec(), [
            ("Korea JoongAng Daily", "2025-06-13", "Lee Jae-myung and Luong Cuong held a 25-minute phone call on trade and investment on Thursday."),
            ("Viet Nam News", "2025-06-13", "Lee Jae-myung and Luong Cuong held a 30-minute phone call on trade and investment on Thursday."),
        ])
        let merged = (brief.items + brief.agreements).first { $0.citations == [1, 2] }
        #expect(merged?.discrepancy == "Sources differ: Korea JoongAng Daily [1]: 25-minute; Viet Nam News [2]: 30-minute")
    }

    @Test("figures the shown sentence does not state are not compared under it")
    func discrepancyOnlyOfShownFigures() {
        let brief = Self.select(Self.spec(), [
            ("Korea JoongAng Daily", "2025-06-13",
             "Lee Jae-myung and Luong Cuong held a 25-minute phone call on trade and investment on Thursday, Lee's office said."),
            ("Viet Nam News", "2025-06-13",
             "Lee Jae-myung and Luong Cuong held a 30-minute phone call on trade and investment on Thursday, Lee's office said."),
            // The fullest report, shown: one topic more (rail), and no duration.
            ("Yonhap", "2025-06-13",
             "Lee Jae-myung and Luong Cuong held a phone call on trade and investment and high-speed rail on Thursday, Lee's office said."),
        ])
        let merged = (brief.items + brief.agreements).first { $0.citations.count == 3 }
        #expect(merged?.text.hasPrefix("Lee Jae-myung and Luong Cuong held a phone call on trade") == true)
        #expect(merged != nil && merged?.discrepancy == nil)
    }

    @Test("a source whose outlet is not known is named as the source list names it, not by its path, when figures differ")
    func discrepancyFromAnUnknownOutlet() {
        let brief = Self.select(Self.spec(), [
            ("", "2025-06-13", "Lee Jae-myung and Luong Cuong held a 25-minute phone call on trade and investment on Thursday."),
            ("Viet Nam News", "2025-06-13", "Lee Jae-myung and Luong Cuong held a 30-minute phone call on trade and investment on Thursday."),
        ])
        let merged = (brief.items + brief.agreements).first { $0.citations == [1, 2] }
        #expect(merged?.discrepancy == "Sources differ: Unknown outlet [1]: 25-minute; Viet Nam News [2]: 30-minute")
    }

    @Test("outlets that give the same figure for one event show no difference")
    func noDiscrepancy() {
        let brief = Self.select(Self.spec(), [
            ("Korea JoongAng Daily", "2025-06-13", "Lee Jae-myung and Luong Cuong held a 25-minute phone call on trade and investment on Thursday."),
            ("Viet Nam News", "2025-06-13", "Lee Jae-myung and Luong Cuong held a 25-minute phone call on trade and investment on Thursday."),
        ])
        let merged = (brief.items + brief.agreements).first { $0.citations == [1, 2] }
        #expect(merged != nil && merged?.discrepancy == nil)
    }

    @Test("a fact reported by many articles cites four of them, one per outlet first, and counts the rest")
    func citationCap() {
        let outlets = ["Yonhap", "Yonhap", "Viet Nam News", "Korea JoongAng Daily", "Yonhap", "The Korea Herald", "VnExpress"]
        let reports = (0..<30).map { index in
            (outlets[index % outlets.count], "2025-06-13", "Lee Jae-myung and Luong Cuong agreed to raise bilateral trade to US$150 billion by 2030.")
        }
        let brief = Self.select(Self.spec(), reports)
        let item = (brief.items + brief.agreements).first { $0.text.contains("US$150 billion") }
        #expect(item?.citations.count == 4)
        #expect(item?.reports == 30)
        let citedOutlets = Set(item?.citations.map { brief.sources[$0 - 1].outlet ?? "" } ?? [])
        #expect(citedOutlets.count == 4)
        #expect(SampleBriefTests.cited(in: brief) == Set(1...brief.sources.count), "every source listed is cited")
        let context = BriefContext(format: .markdown, generatedOn: SampleCorpus.asOf).item(item ?? brief.items[0])
        #expect((context["citations"] as? TemplateText)?.renderText.hasSuffix("] and 26 other reports") == true)
    }

    @Test("a report that both agrees and pledges is shown once, in the first stance section")
    func oneStanceSection() {
        let brief = Self.select(Self.spec(), [
            ("A", "2025-06-13", "Lee Jae-myung and Luong Cuong agreed to raise bilateral trade to US$150 billion and pledged to open markets."),
        ])
        let sections = [brief.agreements, brief.commitments, brief.counterpartAsks, brief.principalAsks]
        #expect(sections.map { $0.filter { $0.text.contains("US$150 billion") }.count }.reduce(0, +) == 1)
    }

    @Test("max_facts and max_per_topic cap the chosen items")
    func caps() {
        let reports = [
            "Lee Jae-myung praised trade with Busan shipyards.", "Lee Jae-myung questioned trade barriers on semiconductors.",
            "Lee Jae-myung celebrated record trade in seafood exports.", "Lee Jae-myung opened a trade fair for electric vehicles.",
            "Lee Jae-myung signed trade rules covering pharmaceuticals.", "Lee Jae-myung visited trade offices handling rice imports.",
        ].map { ("A", "2025-06-13", $0) }
        #expect(Self.select(Self.spec { $0.maxFacts = 3 }, reports).items.count == 3)
        let capped = Self.select(Self.spec { $0.maxPerTopic = 2 }, reports)
        #expect(capped.items.count == 2)
        #expect(capped.decisions.contains { if case let .rejected(reason) = $0.outcome { return reason.contains("max_per_topic") } else { return false } })
    }
}
