import Foundation
import Testing
@testable import BriefingKit

/// The memo shared by a run's briefs must answer exactly what `PhraseExtractor` answers.
@Suite("Phrases kept for every brief of a run")
struct SentenceMemoTests {
    @Test("the memo gives the extractor's phrase for every figure and date of the sample corpus, asked once or again, in parallel")
    func sameAsExtractor() throws {
        let facts = SampleCorpus.everyFact()
        #expect(facts.contains { !$0.figures.isEmpty } && facts.contains { !$0.dates.isEmpty })
        let memo = SentenceMemo()
        let mismatches = ResultSlots<Int>(count: 4)
        DispatchQueue.concurrentPerform(iterations: 4) { worker in
            var wrong = 0
            // Each worker asks about every fact, in a different order, so answers are both found and kept.
            for index in facts.indices.shuffled() {
                let fact = facts[(index + worker * 7) % facts.count]
                for figure in fact.figures {
                    if memo.measure(before: figure.range, in: fact.text) != PhraseExtractor.measure(before: figure.range, in: fact.text) { wrong += 1 }
                    if memo.noun(after: figure.range, in: fact.text) != PhraseExtractor.noun(after: figure.range, in: fact.text) { wrong += 1 }
                    if memo.ofPhrase(after: figure.range, in: fact.text) != PhraseExtractor.ofPhrase(after: figure.range, in: fact.text) { wrong += 1 }
                    if memo.sincePhrase(after: figure.range, in: fact.text) != PhraseExtractor.sincePhrase(after: figure.range, in: fact.text) {
                        wrong += 1
                    }
                }
                for date in fact.dates where memo.clause(around: date.expression, in: fact.text)
                    != PhraseExtractor.clause(around: date.expression, in: fact.text) {
                    wrong += 1
                }
            }
            mismatches[worker] = wrong
        }
        #expect((0..<4).map { mismatches[$0] } == [0, 0, 0, 0])
    }

    @Test("the noun after a figure and the phrase after its \"of\" are kept apart")
    func queriesKeptApart() throws {
        let memo = SentenceMemo()
        let sentence = "They marked 30 years of diplomatic relations."
        let range = try #require(sentence.range(of: "30 years"))
        #expect(memo.noun(after: range, in: sentence) == nil)
        #expect(memo.ofPhrase(after: range, in: sentence) == "diplomatic relations")
        #expect(memo.noun(after: range, in: sentence) == nil)
    }

    @Test("two sentences with a figure at the same place keep their own phrases")
    func keyedBySentence() throws {
        let memo = SentenceMemo()
        let first = "They set the trade target at 5 percent.", second = "They set the growth ratio at 5 percent."
        let range = try #require(first.range(of: "5 percent"))
        #expect(second.range(of: "5 percent") == range)
        #expect(memo.measure(before: range, in: first) == "trade target")
        #expect(memo.measure(before: range, in: second) == "growth ratio")
        #expect(memo.measure(before: range, in: first) == "trade target")
    }

    @Test("a kept signature is the phrase's own, and the corpus signs each fact's text as a phrase is signed")
    func signatures() throws {
        let setup = try #require(SampleCorpus.setup)
        let corpus = try BriefingPipeline().readCorpus(setup.config, for: nil)
        #expect(corpus.facts.count > 50)
        let memo = SentenceMemo()
        for (index, fact) in corpus.facts.enumerated() {
            #expect(corpus.signatures[index] == TextSignature(fact.text).comparable)
            #expect(memo.signature(of: fact.text) == TextSignature(fact.text))
            #expect(memo.signature(of: fact.text) == TextSignature(fact.text))
        }
    }

    @Test("briefs selected together, sharing what they found, are the briefs selected one by one")
    func sharedEqualsAlone() throws {
        let setup = try #require(SampleCorpus.setup), corpus = try #require(SampleCorpus.corpus)
        let specs = setup.config.briefs
        let together = BriefingPipeline().select(specs + specs, config: setup.config, corpus: corpus, asOf: SampleCorpus.asOf)
        for (index, spec) in (specs + specs).enumerated() {
            let alone = try #require(BriefingPipeline().select([spec], config: setup.config, corpus: corpus, asOf: SampleCorpus.asOf).first)
            let shared = together[index]
            #expect(shared.timeline == alone.timeline)
            #expect(shared.figures == alone.figures)
            #expect(shared.items == alone.items && shared.keyPoints == alone.keyPoints && shared.sections == alone.sections)
            #expect(shared.engagements == alone.engagements && shared.lastContact == alone.lastContact)
            #expect(shared.sources == alone.sources && shared.decisions == alone.decisions)
        }
    }
}
