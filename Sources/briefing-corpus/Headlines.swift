/// Headlines for stories, and the unrelated headlines pages list under
/// "More in Diplomacy", "Related Stories" or "Most Viewed".
enum Headlines {
    static func headline(for story: Story, spelling: Spelling, rng: inout SeededRandom) -> String {
        let a = story.a.shortName(spelling)
        let b = story.b.shortName(spelling)
        let badj = story.b.country.demonym
        let bTitle = story.b.office(on: story.date)?.title ?? "leader"
        let topic = rng.pick(story.topics.dropFirst().isEmpty ? story.topics : Array(story.topics.dropFirst()))
        let subject = shortTopic(topic)
        let noun = topicNoun(topic)
        let korea = spelling == .vietnamese ? "RoK" : "Korean"
        let verb = rng.pick(["deepen", "expand", "strengthen", "boost"])
        var options: [String]
        switch story.kind {
        case .phoneCall, .videoCall:
            options = ["\(a), \(badj) \(bTitle) agree to \(verb) \(subject) ties",
                       "\(a) holds phone talks with \(badj) \(bTitle) \(b)",
                       "\(badj), \(korea) leaders hold phone talks, agree to \(verb) \(subject) cooperation",
                       "(LEAD) \(a), \(b) discuss \(noun) in phone talks"]
        case .summit, .stateVisit, .sideline:
            options = ["\(a), \(b) agree to \(verb) cooperation in \(noun)",
                       "\(korea), \(badj) leaders agree to upgrade bilateral relations",
                       "\(b) holds talks with \(korea) President \(a)",
                       "(2nd LD) \(a), \(b) hold summit, vow to \(verb) \(subject) ties"]
        case .ministerial:
            options = ["Foreign ministers of \(story.a.country.name(spelling)), \(story.b.country.name(spelling)) discuss \(noun)",
                       "FM \(a) meets \(badj) counterpart \(b), discusses \(noun)"]
        case .businessMeeting:
            options = ["\(b) urges \(korea) firms to invest more in \(noun)",
                       "\(story.a.plain) meets \(badj) \(bTitle), eyes \(subject) investment"]
        case .preview:
            options = ["\(b) to visit \(story.a.country.name(spelling)) for talks on \(noun)",
                       "\(a), \(b) to meet; \(noun) on agenda"]
        }
        return rng.pick(options)
    }

    static func shortTopic(_ topic: Topic) -> String {
        switch topic {
        case .relations: return "bilateral"
        case .trade: return "economic"
        case .nuclear: return "nuclear power"
        case .rail: return "high-speed rail"
        case .defence: return "defense"
        case .labour: return "labor"
        case .science: return "tech"
        case .apec: return "APEC"
        case .peninsula: return "security"
        case .eastSea: return "maritime"
        }
    }

    static func topicNoun(_ topic: Topic) -> String {
        switch topic {
        case .relations: return "bilateral ties"
        case .trade: return "trade"
        case .nuclear: return "nuclear power"
        case .rail: return "high-speed rail"
        case .defence: return "defense"
        case .labour: return "labor"
        case .science: return "technology"
        case .apec: return "APEC"
        case .peninsula: return "North Korea"
        case .eastSea: return "maritime security"
        }
    }

    private static let subjects = ["Anti-China sentiment", "KakaoBank", "Hyundai Motor", "Seoul's new envoy", "Exports",
                                   "The finance ministry", "Samsung", "The Bank of Korea", "Portuguese ambassador",
                                   "Korea-Japan ties", "Defense chiefs", "Chip exports", "Tourist arrivals", "LG Energy"]
    private static let predicates = ["rises on perception of regional bullying", "vows 'tangible' results in Southeast Asia",
                                     "marks National Day in Seoul", "hit record high in {M}", "to expand presence in {C}",
                                     "eyes deeper ties with {C}", "slips for third month", "to host forum on {T}",
                                     "discusses supply chains with {C}", "signs MOU on {T}", "unveils plan for {T}",
                                     "hold talks on {T} in {C}"]
    private static let places = ["Vietnam", "Australia", "Japan", "Indonesia", "Poland", "the Philippines",
                                 "Southeast Asia", "Europe", "the Middle East"]
    private static let themes = ["critical minerals", "clean energy", "semiconductors", "ESG data", "shipbuilding",
                                 "AI", "batteries", "defense exports", "tourism"]

    /// A plausible headline of some other story.
    static func unrelated(_ rng: inout SeededRandom) -> String {
        var text = "\(rng.pick(subjects)) \(rng.pick(predicates))"
        text = text.replacingFirst("{C}", with: rng.pick(places))
        text = text.replacingFirst("{T}", with: rng.pick(themes))
        text = text.replacingFirst("{M}", with: rng.pick(CivilDate.monthNames))
        if rng.chance(0.2) { text += ": Poll" }
        return text
    }
}

extension String {
    /// The string with the first occurrence of `target` replaced (Foundation-free).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return self[startIndex..<range.lowerBound] + replacement + self[range.upperBound...]
    }

    private func range(of target: String) -> Range<String.Index>? {
        var index = startIndex
        while index < endIndex {
            if self[index...].hasPrefix(target) { return index..<(self.index(index, offsetBy: target.count)) }
            index = self.index(after: index)
        }
        return nil
    }
}
