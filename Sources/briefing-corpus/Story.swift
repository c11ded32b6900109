/// What kind of event a story reports.
enum StoryKind: Sendable {
    case phoneCall, videoCall, summit, stateVisit, sideline, ministerial, businessMeeting, preview
}

/// What a participant does in one fact of a story.
enum Stance: Sendable, CaseIterable {
    case agreed, proposed, askedFor, pledged, invited, discussed, quote, congratulated
}

/// One thing a story says happened: who, what stance, about which topic.
struct StoryFact: Sendable {
    let stance: Stance
    /// 0: the first participant, 1: the second.
    let speaker: Int
    let topic: Topic
    /// Seeds the wording when an article reuses the story's shared wording.
    let wording: UInt64
}

/// An event that one or several articles report: a call, a meeting, a visit.
///
/// Stories are derived from the run's seed and a story number alone, so
/// every article that reports the same story sees the same participants,
/// date, figures and facts, and words them in its own way.
struct Story: Sendable {
    let number: UInt64
    let kind: StoryKind
    let date: CivilDate
    /// The Korean side.
    let a: Person
    /// The counterpart.
    let b: Person
    let place: Place?
    let forum: String?
    let topics: [Topic]
    let facts: [StoryFact]
    let callMinutes: Int
    let tradeTarget: Int
    let targetYear: Int
    /// Salt shared by every report of this story.
    let wording: UInt64

    /// The earliest and latest event days (2019-01-01 ... 2025-10-28).
    static let firstDay = CivilDate(year: 2019, month: 1, day: 1).dayNumber
    static let lastDay = CivilDate(year: 2025, month: 10, day: 28).dayNumber

    init(seed: UInt64, number: UInt64) {
        var rng = SeededRandom(seed: seed, stream: number, salt: 0x5707)
        self.number = number
        wording = rng.next()
        // Half the stories fall in 2024-2025, the period the sample briefs care about.
        let recentStart = CivilDate(year: 2024, month: 1, day: 1).dayNumber
        let day = rng.chance(0.5) ? rng.int(recentStart...Story.lastDay) : rng.int(Story.firstDay...Story.lastDay)
        let eventDate = CivilDate(dayNumber: day)
        date = eventDate

        let counterparts: [Country] = [.vietnam, .australia, .czech, .japan, .unitedStates, .china]
        let country = counterparts[rng.weighted([58, 12, 9, 9, 7, 5])]
        var kind = [StoryKind.phoneCall, .videoCall, .summit, .stateVisit, .sideline, .ministerial,
                    .businessMeeting, .preview][rng.weighted([24, 6, 18, 8, 14, 10, 8, 12])]
        if kind == .videoCall, !(2020...2022).contains(date.year), rng.chance(0.7) { kind = .phoneCall }
        let leadersOnly = kind != .ministerial && kind != .businessMeeting
        var koreans = Roster.holders(of: .korea, on: date, leadersOnly: leadersOnly)
        var others = Roster.holders(of: country, on: date, leadersOnly: leadersOnly)
        if kind == .ministerial {
            koreans = koreans.filter { $0.office(on: eventDate)?.title == "Foreign Minister" }
            others = others.filter { $0.office(on: eventDate)?.title == "Foreign Minister" }
        }
        if kind == .businessMeeting {
            koreans = Roster.businessLeaders
            others = Roster.holders(of: country, on: date, leadersOnly: true)
        }
        if koreans.isEmpty || others.isEmpty {
            kind = .phoneCall
            koreans = Roster.holders(of: .korea, on: date, leadersOnly: true)
            others = Roster.holders(of: country, on: date, leadersOnly: true)
        }
        a = koreans.isEmpty ? Roster.fallbackKorean : rng.pick(koreans)
        b = others.isEmpty ? Roster.fallbackKorean : rng.pick(others)
        self.kind = kind

        switch kind {
        case .phoneCall, .videoCall:
            place = nil
            forum = nil
        case .sideline:
            let forums = ["the APEC Economic Leaders' Week", "the ASEAN-Korea Summit", "the G20 Summit",
                          "the United Nations General Assembly", "the ASEAN Summit and related meetings"]
            forum = rng.pick(forums)
            let host = rng.pick([Country.korea, .vietnam, .japan, .unitedStates, .australia])
            let city = rng.pick(host.cities)
            place = Place(country: host, plain: city.0, native: city.1)
        default:
            forum = kind == .businessMeeting ? "a business forum" : nil
            let host = rng.chance(0.5) ? Country.korea : country
            let city = rng.pick(host.cities)
            place = Place(country: host, plain: city.0, native: city.1)
        }

        var topics: [Topic] = [.relations]
        let pool: [Topic] = country == .vietnam
            ? [.trade, .trade, .nuclear, .rail, .defence, .labour, .science, .apec, .peninsula, .eastSea]
            : [.trade, .trade, .nuclear, .defence, .science, .peninsula, .apec]
        for topic in rng.sample(pool, count: rng.int(2...4)) where !topics.contains(topic) {
            topics.append(topic)
        }
        self.topics = topics
        callMinutes = rng.pick([15, 20, 25, 30, 35, 40, 45, 50])
        tradeTarget = rng.pick([100, 150, 150, 200])
        targetYear = rng.pick([2025, 2030, 2030])

        var facts: [StoryFact] = []
        let count = rng.int(4...9)
        for index in 0..<count {
            let stance: Stance = index == 0 ? .agreed : rng.pick(Stance.allCases)
            let topic = index < topics.count ? topics[index] : rng.pick(topics)
            facts.append(StoryFact(stance: stance, speaker: rng.below(2), topic: topic, wording: rng.next()))
        }
        self.facts = facts
    }
}
