/// Plans varied, valid briefs for briefings-K.yaml: meetings between pairs of
/// configured people at dated places, and leader briefs, with different
/// topics, windows, formats and sizes.
enum BriefPlanner {
    private struct Pairing {
        let korean: String
        let other: String
        let from: CivilDate
        let to: CivilDate
        let places: [String]
    }

    private static let korea = ["Seoul, Republic of Korea", "Gyeongju, Republic of Korea", "Busan, Republic of Korea"]
    private static let vietnam = ["Hà Nội, Việt Nam", "Ho Chi Minh City, Việt Nam", "Đà Nẵng, Việt Nam"]

    private static let pairings: [Pairing] = [
        Pairing(korean: "lee-jae-myung", other: "luong-cuong", from: CivilDate(year: 2025, month: 6, day: 10),
                to: CivilDate(year: 2026, month: 6, day: 30), places: korea + vietnam),
        Pairing(korean: "lee-jae-myung", other: "to-lam", from: CivilDate(year: 2025, month: 6, day: 10),
                to: CivilDate(year: 2026, month: 6, day: 30), places: korea + vietnam),
        Pairing(korean: "lee-jae-myung", other: "anthony-albanese", from: CivilDate(year: 2025, month: 6, day: 10),
                to: CivilDate(year: 2026, month: 3, day: 31), places: korea + ["Canberra, Australia", "Sydney, Australia"]),
        Pairing(korean: "lee-jae-myung", other: "petr-fiala", from: CivilDate(year: 2025, month: 6, day: 10),
                to: CivilDate(year: 2025, month: 11, day: 1), places: korea + ["Prague, Czech Republic"]),
        Pairing(korean: "yoon-suk-yeol", other: "nguyen-phu-trong", from: CivilDate(year: 2022, month: 6, day: 1),
                to: CivilDate(year: 2024, month: 6, day: 30), places: korea + vietnam),
        Pairing(korean: "yoon-suk-yeol", other: "to-lam", from: CivilDate(year: 2024, month: 6, day: 1),
                to: CivilDate(year: 2025, month: 3, day: 31), places: korea + vietnam),
        Pairing(korean: "yoon-suk-yeol", other: "luong-cuong", from: CivilDate(year: 2024, month: 10, day: 22),
                to: CivilDate(year: 2025, month: 3, day: 31), places: korea + vietnam),
        Pairing(korean: "yoon-suk-yeol", other: "anthony-albanese", from: CivilDate(year: 2022, month: 6, day: 1),
                to: CivilDate(year: 2025, month: 3, day: 31), places: korea + ["Canberra, Australia"]),
        Pairing(korean: "yoon-suk-yeol", other: "petr-fiala", from: CivilDate(year: 2022, month: 6, day: 1),
                to: CivilDate(year: 2025, month: 3, day: 31), places: korea + ["Prague, Czech Republic"]),
    ]

    private static let formats = ["Bilateral talks on the sidelines of APEC Economic Leaders' Week", "State visit",
                                  "Official visit", "Phone call", "Video call", "Summit talks",
                                  "Bilateral meeting on the sidelines of the ASEAN Summit"]
    private static let leaders = ["lee-jae-myung", "luong-cuong", "to-lam", "yoon-suk-yeol", "nguyen-phu-trong",
                                  "anthony-albanese", "petr-fiala"]
    private static let countryOf = ["luong-cuong": "vietnam", "to-lam": "vietnam", "nguyen-phu-trong": "vietnam",
                                    "anthony-albanese": "australia", "petr-fiala": "czech-republic",
                                    "lee-jae-myung": "korea", "yoon-suk-yeol": "korea"]
    private static let outputFormats = ["[markdown]", "[text]", "[markdown, text]"]

    static func meetingBrief(_ index: Int, rng: inout SeededRandom) -> String {
        let pairing = rng.pick(pairings)
        let date = CivilDate(dayNumber: rng.int(pairing.from.dayNumber...pairing.to.dayNumber))
        let place = rng.pick(pairing.places)
        let format = rng.pick(formats)
        let city = place.split(separator: ",").first.map { slug(String($0)) } ?? "meeting"
        let id = "m\(ArticleFactory.zeroPadded(index + 1, 2))-\(short(pairing.korean))-\(short(pairing.other))-\(city)-\(date.iso)"
        var require = [pairing.korean, pairing.other]
        if rng.chance(0.5), let country = countryOf[pairing.other] { require = [country, pairing.other] }
        var yaml = "  - id: \(id)\n    kind: meeting\n"
        yaml += "    title: \(ConfigWriter.quoted("Pre-meeting brief: \(name(pairing.korean)) and \(name(pairing.other))"))\n"
        yaml += "    meeting:\n      date: \(date.iso)\n      place: \(ConfigWriter.quoted(place))\n"
        yaml += "      format: \(ConfigWriter.quoted(format))\n      participants: [\(pairing.korean), \(pairing.other)]\n"
        yaml += "    require: [\(require.joined(separator: ", "))]\n"
        yaml += common(rng: &rng, before: date)
        return yaml
    }

    static func leaderBrief(_ index: Int, rng: inout SeededRandom) -> String {
        let person = leaders[(index / 3) % leaders.count]
        var yaml = "  - id: l\(ArticleFactory.zeroPadded(index + 1, 2))-\(person)\n    kind: leader\n"
        yaml += "    title: \(ConfigWriter.quoted("Leader brief: \(name(person))"))\n    person: \(person)\n"
        if rng.chance(0.5), let country = countryOf[person] {
            yaml += "    require: [\(person), \(country)]\n"
        } else {
            yaml += "    require: [\(person)]\n"
        }
        yaml += common(rng: &rng, before: CivilDate(year: 2025, month: 10, day: 29))
        return yaml
    }

    /// Topics, window, formats, size and exclusions.
    private static func common(rng: inout SeededRandom, before date: CivilDate) -> String {
        let topicIDs = ConfigVocabulary.topics.map(\.id)
        var yaml = ""
        if rng.chance(0.9) {
            yaml += "    topics: [\(rng.sample(topicIDs, count: rng.int(2...topicIDs.count)).joined(separator: ", "))]\n"
        }
        switch rng.below(4) {
        case 0: break
        case 1: yaml += "    window: {from: \(date.year - rng.int(1...4))-01-01}\n"
        case 2:
            let from = CivilDate(year: date.year - rng.int(1...3), month: rng.int(1...12), day: 1)
            yaml += "    window: {from: \(from.iso), to: \(date.iso)}\n"
        default: yaml += "    window: {from: \(date.adding(days: -rng.int(90...720)).iso)}\n"
        }
        yaml += "    formats: \(rng.pick(outputFormats))\n"
        yaml += "    max_facts: \(rng.int(6...25))\n"
        if rng.chance(0.25) {
            yaml += "    exclude: [\(rng.sample(["election", "poll", "Olympics", "weather", "K-pop"], count: rng.int(1...2)).joined(separator: ", "))]\n"
        }
        return yaml
    }

    private static func name(_ id: String) -> String {
        ConfigVocabulary.entities.first { $0.id == id }?.name ?? id
    }

    /// "lee-jae-myung" → "lee"; "nguyen-phu-trong" → "trong".
    private static func short(_ id: String) -> String {
        let parts = id.split(separator: "-")
        let special = ["luong-cuong": "cuong", "nguyen-phu-trong": "trong", "to-lam": "tolam",
                       "anthony-albanese": "albanese", "petr-fiala": "fiala"]
        return special[id] ?? parts.first.map(String.init) ?? id
    }

    /// "Hà Nội" → "ha-noi" (ASCII letters, digits and hyphens).
    private static func slug(_ text: String) -> String {
        let folded: [Character: String] = ["à": "a", "ộ": "o", "đ": "d", "ẵ": "a", "ư": "u", "ờ": "o"]
        var out = ""
        for character in text.lowercased() {
            if let replacement = folded[character] { out += replacement } else if character.isASCII, character.isLetter || character.isNumber {
                out.append(character)
            } else if !out.hasSuffix("-") { out += "-" }
        }
        return out
    }
}
