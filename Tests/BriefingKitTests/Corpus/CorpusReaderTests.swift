import Foundation
import Testing
@testable import BriefingKit

@Suite("Merging what the workers read")
struct CorpusReaderTests {
    /// Files read on all cores land in path order: each fact names its article's index in the corpus,
    /// and skipped files leave no gap, whatever the scheduling.
    @Test func factsLandInPathOrderWithTheirArticlesIndex() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("merge-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let article = "Lee meets Cường in Gyeongju\n\n" + String(repeating: Fixture.prose + " ", count: 4)
        // Enough files for several batches of reading and of merging; every seventh one is empty.
        let count = 700
        for number in 0..<count {
            let text = number % 7 == 3 ? "" : article
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/" + String(format: "%04d.txt", number)))
        }
        let files = try SourceScanner().files(for: [SourceSpec(path: root, location: nil)])
        let corpus = CorpusReader().read(files, relativeTo: root) { article, index in
            // A different number of facts per file (none for some), each saying where it came from.
            (0..<(index % 4)).map { sentence in
                let text = "\(article.file) sentence \(sentence)"
                return Fact(article: -1, paragraph: 0, sentence: sentence, bodyRange: 0..<text.utf8.count, text: text,
                            entities: ["lee-jae-myung"], topics: ["trade"], eventDate: .fallback(CalendarDate(dayNumber: 20_000)))
            }
        }
        let read = (0..<count).filter { $0 % 7 != 3 }
        #expect(corpus.skipped == count - read.count)
        #expect(corpus.warnings.map(\.file) == (0..<count).filter { $0 % 7 == 3 }.map { String(format: "%04d.txt", $0) })
        #expect(corpus.articles.map(\.file) == read.map { String(format: "%04d.txt", $0) })
        let expected = read.enumerated().flatMap { position, number in
            (0..<(number % 4)).map { (position, "\(String(format: "%04d.txt", number)) sentence \($0)") }
        }
        #expect(corpus.facts.map(\.article) == expected.map(\.0))
        #expect(corpus.facts.map(\.text) == expected.map(\.1))
    }

    @Test("facts are listed by entity (named or implied) in ascending order, in runs on all cores as in one pass")
    func factsByEntityMatchOnePass() {
        let pool = ["lee-jae-myung", "luong-cuong", "to-lam", "communist-party-of-vietnam", "korea", "vietnam", "apec"]
        var state: UInt64 = 99
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let facts = (0..<70_000).map { index -> Fact in
            let named = Array(Set((0..<next(4)).map { _ in pool[next(pool.count)] })).sorted()
            var fact = Fact(article: index, paragraph: 0, sentence: 0, bodyRange: 0..<1, text: "x",
                            entities: named, topics: [], eventDate: .fallback(CalendarDate(dayNumber: 0)))
            fact.impliedEntities = next(5) == 0 ? pool.filter { !named.contains($0) }.prefix(2).map { $0 } : []
            return fact
        }
        var expected: [String: [Int]] = [:]
        for (index, fact) in facts.enumerated() {
            for entity in fact.entities + fact.impliedEntities { expected[entity, default: []].append(index) }
        }
        #expect(Corpus.factsByEntity(facts) == expected)
    }

    @Test("equal texts and lists of a worker's facts are made to share one copy, with their content unchanged")
    func internedListsShareStorage() {
        let lists = CorpusReader.FactInterner()
        var first = ["lee-jae-myung", "luong-cuong"]
        // Equal content in a buffer of its own.
        var second = first.map { $0 }
        var other = ["to-lam"]
        var empty: [String] = []
        let base = { (list: [String]) in list.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(base(first) != base(second))
        lists.intern(&first)
        lists.intern(&second)
        lists.intern(&other)
        lists.intern(&empty)
        #expect(second == ["lee-jae-myung", "luong-cuong"] && other == ["to-lam"] && empty.isEmpty)
        #expect(base(first) == base(second))
        #expect(base(first) != base(other))
        // A fact's dates too.
        let day = EventDate(date: CalendarDate(dayNumber: 20_000), precision: .day, expression: "on Monday", method: "weekday before publication")
        var fact = Fact(article: 0, paragraph: 0, sentence: 0, bodyRange: 0..<1, text: "x", entities: first.map { $0 },
                        topics: [], eventDate: day)
        fact.dates = [day]
        var copy = fact
        copy.dates = [day].map { $0 }
        copy.text = String("x y".prefix(1)) + String(repeating: "z", count: 40)
        fact.text = "x" + String(repeating: "z", count: 40)
        lists.intern(&fact)
        lists.intern(&copy)
        #expect(copy.dates == [day] && base(fact.entities) == base(first))
        #expect(copy.text == fact.text && copy.text.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
            == fact.text.utf8.withContiguousStorageIfAvailable { $0.baseAddress })
        #expect(fact.dates.withUnsafeBufferPointer { $0.baseAddress } == copy.dates.withUnsafeBufferPointer { $0.baseAddress })
    }

    @Test("a copy of a sentence shares the first one's figures, stances and quotes when it found the same, and keeps its own otherwise")
    func copiesShareWhatTheyFound() {
        let interner = CorpusReader.FactInterner()
        let text = "The two leaders agreed to raise bilateral trade to US$150 billion by 2030."
        let range = text.startIndex..<text.index(text.startIndex, offsetBy: 3)
        func fact(_ value: Double, sentence: Int) -> Fact {
            var fact = Fact(article: 0, paragraph: 0, sentence: sentence, bodyRange: 0..<1, text: String(text.map { $0 }), entities: [],
                            topics: [], eventDate: .fallback(CalendarDate(dayNumber: 20_000)))
            fact.figures = [Figure(kind: .money, text: "US$150 billion", range: range, value: value, unit: "USD", qualifier: nil)]
            fact.stances = [Stance(actor: .bothSides, act: .agreed, verb: "agreed", range: range)]
            return fact
        }
        var first = fact(150e9, sentence: 0), copy = fact(150e9, sentence: 1), misread = fact(15e9, sentence: 2)
        // Stances alike in another sentence are shared too.
        var another = Fact(article: 0, paragraph: 0, sentence: 3, bodyRange: 0..<1, text: "The two leaders agreed on rail.", entities: [],
                           topics: [], eventDate: .fallback(CalendarDate(dayNumber: 20_000)))
        another.stances = [Stance(actor: .bothSides, act: .agreed, verb: "agreed", range: range)]
        interner.intern(&first)
        interner.intern(&copy)
        interner.intern(&misread)
        interner.intern(&another)
        func base<Element>(_ list: [Element]) -> UnsafePointer<Element>? { list.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(base(copy.figures) == base(first.figures) && base(copy.stances) == base(first.stances))
        #expect(base(misread.figures) != base(first.figures) && misread.figures[0].value == 15e9)
        #expect(base(misread.stances) == base(first.stances))
        #expect(base(another.stances) == base(first.stances))
        #expect(copy.figures == first.figures && copy.sentence == 1)
    }
}

@Suite("What a worker has read before")
struct KnownTextsTests {
    static let text = "The two leaders agreed to raise bilateral trade to US$150 billion by 2030."

    @Test("a sentence read again word for word has the figures of the first fact the worker kept with it")
    func copiesHaveTheFirstFiguresKnown() {
        let interner = CorpusReader.FactInterner()
        let known = KnownTexts(interner: interner)
        #expect(known.figures(of: Self.text) == nil)
        var first = Fact(article: 0, paragraph: 0, sentence: 0, bodyRange: 0..<1, text: Self.text, entities: [], topics: [],
                         eventDate: .fallback(CalendarDate(dayNumber: 20_000)))
        first.figures = FigureExtractor().figures(in: Self.text)
        interner.intern(&first)
        // Another string of the same words; one word more is another sentence.
        #expect(known.figures(of: String(Self.text.map { $0 })) == first.figures && !first.figures.isEmpty)
        #expect(known.figures(of: Self.text.replacingOccurrences(of: "150", with: "160")) == nil)
    }

    @Test("extraction takes a known sentence's figures instead of reading them again, and reads them when none are known")
    func extractionTakesKnownFigures() {
        let lee = Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: nil, aliases: [])
        let extractor = FactExtractor(entities: [lee], topics: [])
        let article = Article(file: "a.txt", published: ArticleTimestamp(date: CalendarDate(dayNumber: 20_000)),
                              paragraphs: ["Lee Jae-myung agreed to raise bilateral trade to US$150 billion by 2030."])
        let marker = [Figure(kind: .count, text: "marker", range: Self.text.startIndex..<Self.text.startIndex, value: 1, unit: "", qualifier: nil)]
        let taken = extractor.extract(from: article, index: 0, keep: { _ in true }, keepDated: { _ in true }, knownFigures: { _ in marker })
        let read = extractor.extract(from: article, index: 0, keep: { _ in true }, keepDated: { _ in true }, knownFigures: { _ in nil })
        #expect(taken.facts.map(\.figures) == [marker])
        #expect(read.facts.map(\.figures.count) == [2] && read.facts[0].figures.map(\.text) == ["US$150 billion", "by 2030"])
    }
}

@Suite("Facts staged between reading and the move")
struct FactStageTests {
    private func facts(_ file: String, count: Int) -> [Fact] {
        (0..<count).map { sentence in
            Fact(article: -1, paragraph: 0, sentence: sentence, bodyRange: 0..<1, text: "\(file) sentence \(sentence) of a longer text",
                 entities: ["lee-jae-myung"], topics: ["trade"], eventDate: .fallback(CalendarDate(dayNumber: 20_000)))
        }
    }

    /// Each file's facts keep their order; a file that does not fit in the slab goes to a new one, and one larger
    /// than a slab gets a slab of its size. The arrays they came in are left with no storage.
    @Test func filesGoToSlabsInOrderAndComeOutWhole() {
        let stage = FactStage(slabBytes: 4 * MemoryLayout<Fact>.stride)
        var files = [facts("a", count: 3), facts("b", count: 1), facts("c", count: 2), facts("d", count: 5)]
        let expected = files
        let staged = files.indices.map { stage.stage(&files[$0]) }
        #expect(files.allSatisfy { $0.isEmpty && $0.capacity == 0 })
        #expect(staged.map(\.range) == [0..<3, 3..<4, 0..<2, 0..<5])
        #expect(staged[0].slab === staged[1].slab && staged[1].slab !== staged[2].slab && staged[2].slab !== staged[3].slab)
        for (file, place) in staged.enumerated() {
            let out = [Fact](unsafeUninitializedCapacity: place.range.count) { buffer, initialized in
                if let base = buffer.baseAddress { place.slab.moveOut(place.range, to: base) }
                initialized = place.range.count
            }
            #expect(out == expected[file])
        }
    }
}
