import Foundation

/// The human-readable form of `briefing facts`: one block per fact, with why it was (not) chosen.
public enum FactListing {
    /// Facts in corpus order; with decisions, each block starts with CHOSEN or REJECTED and the reason.
    public static func text(_ facts: [Fact], articles: [Article], decisions: [FactKey: FactDecision]?) -> String {
        var lines: [String] = []
        for fact in facts {
            var header = "[\(fact.stableKey)] \(articles[fact.article].file)"
            if let decisions {
                guard let decision = decisions[fact.stableKey] else { continue }
                switch decision.outcome {
                case .chosen: header = "CHOSEN   \(score(decision.score))  " + header
                case let .rejected(reason): header = "REJECTED \(reason)  " + header
                }
                lines.append(header)
                if !decision.reasons.isEmpty { lines.append("  why: " + decision.reasons.joined(separator: "; ")) }
            } else {
                lines.append(header)
            }
            lines.append("  " + fact.text)
            let article = articles[fact.article]
            lines.append("  when: \(describe(fact.eventDate, in: article))")
            var details: [String] = []
            if !fact.entities.isEmpty { details.append("entities: " + fact.entities.joined(separator: ", ")) }
            // The person of an opening "He" is implied too, and listed as such on its own.
            let implied = fact.impliedEntities.filter { $0 != fact.referent }
            if !implied.isEmpty { details.append("implied: " + implied.joined(separator: ", ")) }
            if let referent = fact.referent { details.append((PersonalPronoun.opens(fact.text) ? "he/she: " : "refers to: ") + referent) }
            if let source = fact.creditReferent { details.append("it: " + source) }
            if !fact.topics.isEmpty { details.append("topics: " + fact.topics.joined(separator: ", ")) }
            if !details.isEmpty { lines.append("  " + details.joined(separator: " · ")) }
            let background = fact.dates.filter { $0 != fact.eventDate }
            if !background.isEmpty { lines.append("  dates: " + background.map { describe($0, in: article) }.joined(separator: "; ")) }
            if !fact.figures.isEmpty {
                lines.append("  figures: " + fact.figures.map { figure in
                    "\(figure.text) (\(figure.kind.rawValue) \(number(figure.value)) \(figure.unit)\(figure.qualifier.map { ", \($0)" } ?? ""))"
                }.joined(separator: "; "))
            }
            for quote in fact.quotes {
                lines.append("  quote: “\(quote.text)” — \(quote.speakerEntityID ?? quote.speakerName ?? "unattributed")")
            }
            if !fact.stances.isEmpty {
                lines.append("  stances: " + fact.stances.map { "\($0.act.rawValue) by \(FactReport.actor($0.actor)) (“\($0.verb)”)" }
                    .joined(separator: "; "))
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func describe(_ date: EventDate, in article: Article) -> String {
        var text = "\(date.date.iso) (\(date.precision.rawValue)"
        if date.isUpcoming { text += ", upcoming" }
        text += ", \(date.method(in: article))"
        if !date.expression.isEmpty { text += ": “\(date.expression)”" }
        return text + ")"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    static func score(_ value: Double) -> String {
        let text = String(format: "%.2f", value)
        return String(repeating: " ", count: max(0, 6 - text.count)) + text
    }
}
