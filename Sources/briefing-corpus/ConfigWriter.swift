/// Writes the corpus's configs (briefings.yaml with the sample's three briefs,
/// briefings-K.yaml with K generated briefs) and patterns.txt.
enum ConfigWriter {
    /// The sample config's three briefs, verbatim.
    static let sampleBriefs = """
          - id: lee-cuong-gyeongju-2025
            kind: meeting
            title: "Pre-meeting brief: President Lee Jae-myung and State President Lương Cường"
            meeting:
              date: 2025-10-30
              place: Gyeongju, Republic of Korea
              format: Bilateral talks on the sidelines of APEC Economic Leaders' Week
              participants: [lee-jae-myung, luong-cuong]
            require: [vietnam, luong-cuong]
            topics: [relations, trade, nuclear, rail, labour, science, defence, apec, peninsula, east-sea]
            window: {from: 2022-01-01}
            formats: [markdown, text]
            max_facts: 15

          - id: lee-jae-myung
            kind: leader
            title: "Leader brief: Lee Jae-myung"
            person: lee-jae-myung
            require: [lee-jae-myung]
            topics: [relations, trade, nuclear, rail, labour, science, defence, apec, peninsula, east-sea]
            formats: [markdown, text]
            max_facts: 12

          - id: luong-cuong
            kind: leader
            title: "Leader brief: Lương Cường"
            person: luong-cuong
            require: [luong-cuong]
            topics: [relations, trade, nuclear, rail, labour, science, defence, apec, peninsula, east-sea]
            formats: [markdown, text]
            max_facts: 12

        """

    /// The config up to `briefs:`: version, sources, output, entities, topics.
    static func preamble(comment: String) -> String {
        var yaml = "# \(comment)\n# Written by briefing-corpus; README.md of briefing is the reference.\n\n"
        yaml += "version: 1\n\nsources:\n  - path: articles\n\noutput: briefs\n\nentities:\n"
        for entity in ConfigVocabulary.entities {
            yaml += "  \(entity.id):\n    name: \(quoted(entity.name))\n    kind: \(entity.kind)\n"
            if let title = entity.title { yaml += "    title: \(quoted(title))\n" }
            if !entity.aliases.isEmpty { yaml += "    aliases: [\(entity.aliases.map(quoted).joined(separator: ", "))]\n" }
        }
        yaml += "\ntopics:\n"
        for topic in ConfigVocabulary.topics {
            yaml += "  \(topic.id):\n    label: \(quoted(topic.label))\n"
            yaml += "    keywords: [\(topic.keywords.map(quoted).joined(separator: ", "))]\n"
        }
        return yaml + "\nbriefs:\n"
    }

    static func sampleConfig() -> String {
        preamble(comment: "briefings.yaml: the sample config's entities, topics and three briefs, over articles/.")
            + sampleBriefs
    }

    static func manyBriefsConfig(count: Int, seed: UInt64) -> String {
        var rng = SeededRandom(seed: seed, stream: UInt64(count), salt: 0xC0F1)
        var yaml = preamble(comment: "briefings-\(count).yaml: \(count) generated briefs over the same vocabulary.")
        for index in 0..<count {
            yaml += index % 3 == 2
                ? BriefPlanner.leaderBrief(index, rng: &rng)
                : BriefPlanner.meetingBrief(index, rng: &rng)
            yaml += "\n"
        }
        return yaml
    }

    static func patterns() -> String {
        ConfigVocabulary.patterns.joined(separator: "\n") + "\n"
    }

    /// A YAML double-quoted scalar.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
