/// The entities and topics of the sample briefings.yaml, as data: the generated
/// configs and patterns.txt are written from this one table.
enum ConfigVocabulary {
    struct Entity {
        let id: String
        let name: String
        let kind: String
        let title: String?
        let aliases: [String]
    }

    struct TopicEntry {
        let id: String
        let label: String
        let keywords: [String]
    }

    static let entities: [Entity] = [
        Entity(id: "lee-jae-myung", name: "Lee Jae-myung", kind: "person", title: "President of the Republic of Korea",
               aliases: ["Lee Jae Myung", "President Lee"]),
        Entity(id: "luong-cuong", name: "Lương Cường", kind: "person", title: "State President of Việt Nam",
               aliases: ["Luong Cuong", "President Cường"]),
        Entity(id: "to-lam", name: "Tô Lâm", kind: "person",
               title: "General Secretary of the Communist Party of Việt Nam", aliases: ["To Lam", "General Secretary Tô Lâm"]),
        Entity(id: "yoon-suk-yeol", name: "Yoon Suk Yeol", kind: "person", title: "Former President of the Republic of Korea",
               aliases: ["Yoon Suk-yeol", "President Yoon"]),
        Entity(id: "nguyen-phu-trong", name: "Nguyễn Phú Trọng", kind: "person",
               title: "Former General Secretary of the Communist Party of Việt Nam", aliases: ["Nguyen Phu Trong"]),
        Entity(id: "anthony-albanese", name: "Anthony Albanese", kind: "person", title: "Prime Minister of Australia",
               aliases: []),
        Entity(id: "petr-fiala", name: "Petr Fiala", kind: "person", title: "Prime Minister of the Czech Republic",
               aliases: []),
        Entity(id: "kang-yu-jung", name: "Kang Yu-jung", kind: "person",
               title: "Spokesperson of the Korean presidential office", aliases: []),
        Entity(id: "vietnam", name: "Việt Nam", kind: "country", title: nil,
               aliases: ["Vietnam", "Viet Nam", "Vietnamese", "Hà Nội", "Hanoi"]),
        Entity(id: "korea", name: "Republic of Korea", kind: "country", title: nil,
               aliases: ["South Korea", "Korea", "RoK", "Korean", "Seoul"]),
        Entity(id: "north-korea", name: "North Korea", kind: "country", title: nil, aliases: ["DPRK", "Pyongyang"]),
        Entity(id: "australia", name: "Australia", kind: "country", title: nil, aliases: ["Australian", "Canberra"]),
        Entity(id: "czech-republic", name: "Czech Republic", kind: "country", title: nil, aliases: ["Czech", "Czechia"]),
        Entity(id: "apec", name: "Asia-Pacific Economic Cooperation", kind: "organisation", title: nil, aliases: ["APEC"]),
        Entity(id: "asean", name: "Association of Southeast Asian Nations", kind: "organisation", title: nil,
               aliases: ["ASEAN"]),
        Entity(id: "communist-party-of-vietnam", name: "Communist Party of Việt Nam", kind: "organisation", title: nil,
               aliases: ["Communist Party"]),
    ]

    static let topics: [TopicEntry] = [
        TopicEntry(id: "trade", label: "Trade and investment",
                   keywords: ["trade", "investment", "invest", "economic cooperation", "economic ties", "enterprises",
                              "businesses", "foreign direct investment", "free trade agreement", "supply chain"]),
        TopicEntry(id: "nuclear", label: "Nuclear energy", keywords: ["nuclear power", "nuclear energy", "nuclear power plant"]),
        TopicEntry(id: "rail", label: "High-speed rail", keywords: ["high-speed rail"]),
        TopicEntry(id: "defence", label: "Defence and security",
                   keywords: ["defence", "defense", "security", "military", "transnational crime"]),
        TopicEntry(id: "labour", label: "Labour and people-to-people exchange",
                   keywords: ["workers", "labour", "workforce", "quotas", "people-to-people", "Vietnamese community",
                              "educational", "cultural"]),
        TopicEntry(id: "science", label: "Science and technology",
                   keywords: ["science", "technology", "innovation", "digital transformation", "high-tech"]),
        TopicEntry(id: "apec", label: "APEC and regional forums",
                   keywords: ["APEC", "ASEAN", "Mekong", "regional forums", "international forums",
                              "regional and international forums"]),
        TopicEntry(id: "peninsula", label: "The Korean Peninsula", keywords: ["Korean Peninsula", "North Korea", "provocations"]),
        TopicEntry(id: "east-sea", label: "The East Sea", keywords: ["East Sea", "South China Sea", "Law of the Sea"]),
        TopicEntry(id: "relations", label: "Bilateral relations",
                   keywords: ["comprehensive strategic partnership", "diplomatic ties", "diplomatic relations",
                              "bilateral relations", "bilateral ties", "phone talks", "phone call", "video call", "talks"]),
    ]

    /// Every name, alias and keyword once, in config order: the lines of patterns.txt.
    static var patterns: [String] {
        var seen: Set<String> = []
        var lines: [String] = []
        let all = entities.flatMap { [$0.name] + $0.aliases } + topics.flatMap(\.keywords)
        for pattern in all where seen.insert(pattern).inserted { lines.append(pattern) }
        return lines
    }
}
