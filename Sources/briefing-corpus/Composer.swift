/// Fills templates for one article: it knows the story, the outlet's spelling,
/// who has been named already ("President Lee Jae-myung" first, then "Lee"),
/// and the fact being written.
struct Composer {
    var rng: SeededRandom
    let story: Story
    let spelling: Spelling
    /// The outlet's own country: its people need no demonym.
    let home: Country
    let published: CivilDate
    private var mentioned: Set<String> = []
    /// The fact being written: 0 when the first participant speaks.
    var speaker = 0
    var topic: Topic = .relations

    init(rng: SeededRandom, story: Story, spelling: Spelling, home: Country, published: CivilDate) {
        self.rng = rng
        self.story = story
        self.spelling = spelling
        self.home = home
        self.published = published
    }

    /// A sentence from `templates`, its first letter capitalised.
    mutating func sentence(_ templates: [Template]) -> String {
        Self.capitalised(render(rng.pick(templates)))
    }

    /// `text` with its first letter upper-cased: a sentence, or the words a speaker opens with.
    static func capitalised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, first.properties.isLowercase else { return text }
        return first.properties.uppercaseMapping + String(text.unicodeScalars.dropFirst())
    }

    /// Like `sentence`, but the choices come from `seed`, so every article using it words the fact alike.
    mutating func sharedSentence(_ templates: [Template], seed: UInt64) -> String {
        let own = rng
        rng = SeededRandom(seed: seed)
        let text = sentence(templates)
        rng = own
        return text
    }

    mutating func render(_ template: Template) -> String {
        var out = ""
        for piece in template.pieces {
            switch piece {
            case .text(let text): out += text
            case .slot(let slot): out += value(slot)
            }
        }
        return out
    }

    private var speakerPerson: Person { speaker == 0 ? story.a : story.b }
    private var otherPerson: Person { speaker == 0 ? story.b : story.a }

    private mutating func value(_ slot: Slot) -> String {
        switch slot {
        case .x: return person(speakerPerson)
        case .y: return person(otherPerson)
        case .a: return person(story.a)
        case .b: return person(story.b)
        case .both: return both()
        case .xc: return country(speakerPerson.country)
        case .yc: return country(otherPerson.country)
        case .ac: return country(story.a.country)
        case .bc: return country(story.b.country)
        case .xadj: return speakerPerson.country.demonym
        case .yadj: return otherPerson.country.demonym
        case .aadj: return story.a.country.demonym
        case .badj: return story.b.country.demonym
        case .topic: return render(rng.pick(topic.nounPatterns))
        case .topic2:
            let others = story.topics.filter { $0 != topic }
            return render(rng.pick((others.isEmpty ? Topic.trade : rng.pick(others)).nounPatterns))
        case .action: return render(rng.pick(topic.actionPatterns))
        case .quote: return Self.capitalised(render(rng.pick(topic.quotePatterns)))
        case .when: return when()
        case .date: return " on " + dayText(story.date)
        case .place: return story.place.map { " in " + $0.name(spelling) } ?? ""
        case .forum: return story.forum ?? "the APEC Economic Leaders' Week"
        case .meeting: return meetingNoun()
        case .during: return during()
        case .later: return rng.pick(["later this year", "at an early date", "at a convenient time",
                                      "in \(published.year + 1)", "before the end of the year"])
        case .fig:
            let year = story.targetYear > story.date.year ? story.targetYear : 2030
            return "\(dollar())\(story.tradeTarget) billion by \(year)"
        case .bn: return "\(dollar())\(rng.int(1...95)).\(rng.int(1...9)) billion"
        case .pct: return "\(rng.int(1...40)).\(rng.int(0...9)) \(spelling == .vietnamese || rng.chance(0.3) ? "per cent" : "percent")"
        case .minutes: return "\(story.callMinutes)-minute"
        case .year: return "\(story.b.country.tiesYear)"
        case .anniv: return "\(max(published.year - story.b.country.tiesYear, 1))"
        case .annivth: return Composer.ordinal(max(published.year - story.b.country.tiesYear, 1))
        case .growth: return "\(rng.int(2...8)).\(rng.int(0...9)) \(spelling == .vietnamese ? "per cent" : "percent")"
        case .few: return Composer.grouped(rng.int(1...99) * rng.pick([10, 100]))
        case .n: return "\(rng.int(2...9))"
        case .nth: return rng.pick(["second", "third", "fourth", "fifth"])
        case .monthsAgo: return rng.pick(["last year", "in \(CivilDate.monthNames[rng.below(12)])", "\(rng.int(2...11)) months ago"])
        case .count: return Composer.grouped(rng.int(12...98) * rng.pick([10, 100, 1000]) + rng.int(0...9) * 10)
        case .lastYear: return "\(published.year - 1)"
        case .say: return rng.pick(["said", "noted", "added", "stressed", spelling == .vietnamese ? "emphasised" : "emphasized"])
        case .office: return office()
        case .spokes: return "presidential spokesperson \(Roster.spokesperson(on: story.date))"
        case .deepen: return rng.pick(["deepen", "expand", "strengthen", "step up", "broaden", "enhance"])
        case .partnership: return story.b.country.partnership
        case .analyst:
            let analyst = rng.pick(Roster.analysts)
            return "\(analyst.0), \(analyst.1)"
        case .qopen: return rng.pick(["I hope ", "I believe ", "I am confident that ", "We are convinced that ",
                                      "As \(story.b.country.partnership == "alliance" ? "allies" : "partners"), I believe ",
                                      "I told \(story.b.shortName(spelling)) that ", "It is clear that ", "Today we agreed that "])
        case .month: return CivilDate.monthNames[rng.below(12)]
        case .vncity: return spelling == .vietnamese ? "Phú Quốc" : "Phu Quoc"
        case .ordinal: return rng.pick(["largest", "second-largest", "third-largest", "fourth-largest"])
        }
    }

    private func dollar() -> String { spelling == .vietnamese ? "US$" : "$" }

    /// The first mention names the person in full with their office; later ones are short.
    private mutating func person(_ person: Person) -> String {
        let title = person.office(on: story.date)?.title ?? ""
        let name = person.name(spelling)
        guard mentioned.contains(person.plain) else {
            mentioned.insert(person.plain)
            if person.country == home || title.isEmpty { return "\(title) \(name)" }
            if spelling == .vietnamese, person.country == .korea { return "RoK \(title) \(name)" }
            if person.country == .vietnam, title.hasPrefix("General Secretary"), rng.chance(0.4) {
                return "Vietnam's Communist Party chief \(name)"
            }
            return "\(person.country.demonym) \(title) \(name)"
        }
        let short = person.shortName(spelling)
        let roll = rng.below(10)
        if roll < 6 || title.isEmpty { return short }
        for word in ["President", "Prime Minister", "General Secretary", "Foreign Minister"] where title.contains(word) {
            return roll < 9 ? "\(word) \(short)" : "the \(person.country.demonym) \(word == "President" ? "leader" : word)"
        }
        return short
    }

    private mutating func both() -> String {
        let names = [story.a, story.b].map { mentioned.contains($0.plain) }
        guard names.allSatisfy({ $0 }) else { return "\(person(story.a)) and \(person(story.b))" }
        let leaders = story.a.office(on: story.date)?.isLeader == true && story.b.office(on: story.date)?.isLeader == true
        var choices = ["the two sides", "both sides", "\(story.a.shortName(spelling)) and \(story.b.shortName(spelling))"]
        if leaders { choices += ["the two leaders", "the two leaders", "both leaders"] }
        return rng.pick(choices)
    }

    private mutating func country(_ country: Country) -> String {
        let names = country.names(spelling)
        return rng.chance(0.6) ? names[0] : rng.pick(names)
    }

    private func dayText(_ date: CivilDate) -> String {
        spelling == .vietnamese ? date.monthDay : date.apMonthDay
    }

    private mutating func when() -> String {
        let gap = published.dayNumber - story.date.dayNumber
        if gap < 0 {
            let end = story.date.adding(days: 2)
            let until = end.month == story.date.month ? "\(end.day)" : dayText(end)
            return rng.chance(0.5) ? " on \(dayText(story.date))" : " from \(dayText(story.date)) to \(until)"
        }
        if gap <= 6, rng.chance(0.65) {
            let part = rng.pick(["", "", "", " morning", " afternoon", " evening"])
            return " on \(story.date.weekdayName)\(part)"
        }
        if rng.chance(0.15) { return "" }
        return " on \(dayText(story.date))"
    }

    private mutating func meetingNoun() -> String {
        switch story.kind {
        case .phoneCall: return rng.pick(["phone talks", "the phone call", "the call"])
        case .videoCall: return rng.pick(["the video call", "the videoconference"])
        case .summit, .stateVisit: return rng.pick(["the talks", "the summit", "the meeting"])
        case .sideline: return rng.pick(["the meeting", "the talks"])
        case .ministerial: return rng.pick(["the foreign ministers' meeting", "the talks"])
        case .businessMeeting: return rng.pick(["the reception", "the meeting"])
        case .preview: return rng.pick(["the upcoming talks", "the visit"])
        }
    }

    private mutating func during() -> String {
        switch story.kind {
        case .phoneCall, .videoCall: return "During the \(story.callMinutes)-minute call"
        default: return rng.pick(["At the talks", "During the meeting", "At the meeting", "During their talks"])
        }
    }

    private mutating func office() -> String {
        if spelling == .vietnamese {
            return rng.pick(["the Vietnam News Agency", "the Ministry of Foreign Affairs", "the Government news portal"])
        }
        let short = story.a.shortName(spelling)
        if story.date.compact < 20220510 { return rng.pick(["Cheong Wa Dae", "the presidential office", "\(short)'s office"]) }
        return rng.pick(["the presidential office", "\(short)'s office", "the presidential office", "officials"])
    }

    /// "33rd"
    static func ordinal(_ value: Int) -> String {
        let suffix: String
        switch (value % 10, value % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(value)\(suffix)"
    }

    /// "12,500"
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (index, char) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(char)
        }
        return out
    }
}
