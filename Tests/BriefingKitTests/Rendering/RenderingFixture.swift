import Foundation
@testable import BriefingKit

/// A small brief built in memory, and a scratch folder for user templates.
enum RenderingFixture {
    static let lee = Entity(id: "lee", name: "Lee Jae-myung", kind: .person, title: "President of the Republic of Korea", aliases: [])
    static let trade = Topic(id: "trade", label: "Trade & investment", keywords: ["trade"])

    static func brief(text: String = "Lee & Cường agreed on a US$150 billion trade target by 2030.",
                      insertion: BriefItem.Insertion? = nil, closingInsertion: BriefItem.Insertion? = nil) -> Brief {
        let spec = BriefSpec(
            id: "lee", kind: .leader, title: "Leader brief: Lee & co", meeting: nil, person: "lee", require: ["lee"],
            topics: ["trade"], window: .init(), formats: [.markdown], maxFacts: 5, template: nil, exclude: [], maxPerTopic: nil)
        let date = EventDate(date: CalendarDate(year: 2025, month: 10, day: 30)!, precision: .day, isUpcoming: false,
                             isFallback: false, expression: "on Thursday", method: "weekday")
        let item = BriefItem(text: text, reportedOn: date.date, eventDate: date, topics: ["trade"], entities: ["lee"], citations: [1], reports: 1, score: 1,
                             reasons: [], facts: [FactKey(article: 0, paragraph: 0, sentence: 0)], attribution: nil, discrepancy: nil,
                             insertion: insertion, closingInsertion: closingInsertion)
        let source = SourceEntry(number: 1, outlet: "Viet Nam News", published: ArticleTimestamp(date: date.date),
                                 updated: nil, title: "Talks", lede: nil, url: nil, file: "seeds/003.txt")
        let entry = TimelineEntry(date: date, text: text, citations: [1])
        return Brief(spec: spec, asOf: date.date, participants: [lee], principal: lee, counterparts: [], items: [item],
                     keyPoints: [item], lastContact: nil, engagements: [], agreements: [], counterpartAsks: [], principalAsks: [],
                     commitments: [], sections: [BriefSection(topic: trade, items: [item])], timeline: [entry], figures: [],
                     quotes: [], topicCounts: [(trade, 1)], sources: [source], decisions: [])
    }

    static func templateFolder(_ files: [String: String]) throws -> String {
        let folder = NSTemporaryDirectory() + "briefing-templates-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func render(_ brief: Brief, format: OutputFormat = .markdown, templates: [String: String] = [:]) throws -> String {
        let folder = templates.isEmpty ? nil : try templateFolder(templates)
        let store = try TemplateStore(userFolder: folder)
        return try BriefRenderer(library: try store.compile()).render(brief, format: format, generatedOn: brief.asOf)
    }
}
