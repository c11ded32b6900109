import Yams

/// Decodes the shape of `briefings.yaml` into a `BriefingConfig`, collecting every problem.
///
/// References between parts (a brief naming a topic) are checked afterwards by `ConfigValidator`.
struct ConfigDecoder {
    static let topKeys = ["version", "sources", "output", "templates", "entities", "topics", "briefs"]
    static let sourceKeys = ["path", "outlet", "url", "published", "title"]
    static let entityKeys = ["name", "kind", "title", "aliases"]
    static let topicKeys = ["label", "keywords"]
    static let briefKeys = ["id", "kind", "title", "meeting", "person", "require", "topics", "window",
                            "formats", "max_facts", "template", "exclude", "max_per_topic",
                            "include_sources", "exclude_sources"]
    static let meetingKeys = ["date", "place", "format", "participants"]
    static let windowKeys = ["from", "to"]
    static let defaultMaxFacts = 15

    var reader: YAMLReader
    /// Reference lists kept with their locations for the validator.
    var references = ConfigReferences()

    init(file: String) {
        reader = YAMLReader(file: file)
    }

    mutating func decode(_ root: Node, baseDirectory: String) -> BriefingConfig? {
        guard let top = reader.mapping(root, context: "the config", allowed: Self.topKeys) else { return nil }
        if let text = reader.string(top, "version", required: true), text != "1", let node = top["version"] {
            reader.error(Messages.unsupportedVersion(text), at: node)
        }
        var sources: [SourceSpec] = []
        if let node = top["sources"] { sources = decodeSources(node, baseDirectory: baseDirectory) }
        if top["sources"] == nil {
            reader.error(Messages.missingKey("sources", in: "the config"), at: root)
        }
        let output = reader.string(top, "output") ?? "briefs"
        let templates = reader.string(top, "templates")
        var entities: [Entity] = []
        if let node = top["entities"] { entities = decodeEntities(node) }
        var topics: [Topic] = []
        if let node = top["topics"] { topics = decodeTopics(node) }
        var briefs: [BriefSpec] = []
        if let node = top["briefs"] {
            briefs = decodeBriefs(node)
        } else {
            reader.error(Messages.missingKey("briefs", in: "the config"), at: root)
        }
        return BriefingConfig(
            file: reader.file, directory: baseDirectory, version: 1, sources: sources,
            output: Paths.resolve(output, from: baseDirectory),
            templates: templates.map { Paths.resolve($0, from: baseDirectory) },
            entities: entities, topics: topics, briefs: briefs)
    }

    private mutating func decodeSources(_ node: Node, baseDirectory: String) -> [SourceSpec] {
        let items: [Node]
        switch node {
        case let .sequence(sequence): items = Array(sequence)
        case .scalar where !YAMLReader.isNull(node): items = [node]
        default:
            reader.error(Messages.expected("a list of sources", for: "sources"), at: node)
            return []
        }
        return items.compactMap { item in
            if case .scalar = item {
                return reader.string(item, key: "path").map {
                    SourceSpec(path: Paths.resolve($0, from: baseDirectory), location: reader.location(of: item))
                }
            }
            guard let fields = reader.mapping(item, context: "a source", allowed: Self.sourceKeys),
                  let path = reader.string(fields, "path", required: true) else { return nil }
            return SourceSpec(
                path: Paths.resolve(path, from: baseDirectory),
                outlet: reader.string(fields, "outlet"), url: reader.string(fields, "url"),
                published: reader.date(fields, "published"), title: reader.string(fields, "title"),
                location: reader.location(of: item))
        }
    }

    private mutating func decodeEntities(_ node: Node) -> [Entity] {
        let entries = reader.idMapping(node, context: "entities")
        references.declaredEntities = entries.map(\.id)
        return entries.compactMap { id, key, value in
            guard let fields = reader.mapping(value, context: "entity '\(id)'", allowed: Self.entityKeys) else { return nil }
            let name = reader.string(fields, "name", required: true)
            let kind = reader.string(fields, "kind", required: true).flatMap { text in
                fields["kind"].flatMap { reader.choice(text, key: "kind", at: $0, as: Entity.Kind.self) }
            }
            let title = reader.string(fields, "title")
            let aliases = reader.strings(fields, "aliases") ?? []
            guard let name, let kind else { return nil }
            return Entity(id: id, name: name, kind: kind, title: title, aliases: aliases, location: reader.location(of: key))
        }
    }

    private mutating func decodeTopics(_ node: Node) -> [Topic] {
        let entries = reader.idMapping(node, context: "topics")
        references.declaredTopics = entries.map(\.id)
        return entries.compactMap { id, key, value in
            guard let fields = reader.mapping(value, context: "topic '\(id)'", allowed: Self.topicKeys) else { return nil }
            let label = reader.string(fields, "label", required: true)
            let keywords = reader.strings(fields, "keywords", required: true)
            if let keywords, keywords.isEmpty, let node = fields["keywords"] {
                reader.error(Messages.emptyValue("keywords"), at: node)
            }
            guard let label, let keywords else { return nil }
            return Topic(id: id, label: label, keywords: keywords, location: reader.location(of: key))
        }
    }

    private mutating func decodeBriefs(_ node: Node) -> [BriefSpec] {
        guard case let .sequence(sequence) = node else {
            reader.error(Messages.expected("a list of briefs, each starting with '- id:'", for: "briefs"), at: node)
            return []
        }
        if sequence.isEmpty { reader.error(Messages.noBriefs(), at: node) }
        var briefs: [BriefSpec] = []
        for item in sequence { if let brief = decodeBrief(item) { briefs.append(brief) } }
        return briefs
    }

    private mutating func decodeBrief(_ node: Node) -> BriefSpec? {
        guard let fields = reader.mapping(node, context: "a brief", allowed: Self.briefKeys) else { return nil }
        let id = reader.string(fields, "id", required: true)
        if let id, let idNode = fields["id"] { references.briefIDs.append((id, reader.location(of: idNode))) }
        let context = id.map { "brief '\($0)'" } ?? "a brief"
        let kind = reader.choice(fields, "kind", as: BriefSpec.Kind.self)
        if fields["kind"] == nil { reader.error(Messages.missingKey("kind", in: context), at: node) }
        let title = reader.string(fields, "title", required: true)
        var meeting: BriefSpec.Meeting?
        if let node = fields["meeting"] { meeting = decodeMeeting(node) }
        let person = reader.string(fields, "person")
        if let person, let node = fields["person"] { references.people.append((person, reader.location(of: node))) }
        references.entities += reader.locatedStrings(fields, "require")
        references.topics += reader.locatedStrings(fields, "topics")
        var window = BriefSpec.Window()
        if let node = fields["window"], let decoded = decodeWindow(node) { window = decoded }
        var formats: [OutputFormat] = [.markdown]
        if let node = fields["formats"], let names = reader.strings(node, key: "formats") {
            formats = names.compactMap { reader.choice($0, key: "formats", at: node, as: OutputFormat.self) }
        }
        let maxFacts = reader.int(fields, "max_facts") ?? Self.defaultMaxFacts
        if maxFacts < 1, let node = fields["max_facts"] { reader.error(Messages.notPositive("max_facts"), at: node) }
        let maxPerTopic = reader.int(fields, "max_per_topic")
        if let maxPerTopic, maxPerTopic < 1, let node = fields["max_per_topic"] { reader.error(Messages.notPositive("max_per_topic"), at: node) }
        let template = reader.string(fields, "template")
        if let template, let node = fields["template"] { references.templates.append((template, reader.location(of: node))) }
        if kind == .meeting, meeting == nil, fields["meeting"] == nil { reader.error(Messages.meetingNeeded(), at: node) }
        if kind == .leader, person == nil, fields["person"] == nil { reader.error(Messages.personNeeded(), at: node) }
        guard let id, let kind, let title else { return nil }
        return BriefSpec(
            id: id, kind: kind, title: title, meeting: meeting, person: person,
            require: reader.strings(fields, "require") ?? [], topics: reader.strings(fields, "topics") ?? [],
            window: window, formats: formats.isEmpty ? [.markdown] : formats, maxFacts: max(1, maxFacts),
            template: template, exclude: reader.strings(fields, "exclude") ?? [],
            maxPerTopic: maxPerTopic.map { max(1, $0) },
            includeSources: reader.strings(fields, "include_sources") ?? [],
            excludeSources: reader.strings(fields, "exclude_sources") ?? [], location: reader.location(of: node))
    }

    private mutating func decodeMeeting(_ node: Node) -> BriefSpec.Meeting? {
        guard let fields = reader.mapping(node, context: "meeting", allowed: Self.meetingKeys) else { return nil }
        let date = reader.date(fields, "date", required: true)
        let participants = reader.locatedStrings(fields, "participants")
        if fields["participants"] == nil { reader.error(Messages.missingKey("participants", in: "meeting"), at: node) }
        references.people += participants
        guard let date else { return nil }
        return BriefSpec.Meeting(
            date: date, place: reader.string(fields, "place"), format: reader.string(fields, "format"),
            participants: participants.map(\.0))
    }

    private mutating func decodeWindow(_ node: Node) -> BriefSpec.Window? {
        guard let fields = reader.mapping(node, context: "window", allowed: Self.windowKeys) else { return nil }
        let window = BriefSpec.Window(from: reader.date(fields, "from"), to: reader.date(fields, "to"))
        if let from = window.from, let to = window.to, to < from {
            reader.error(Messages.windowReversed(from: from, to: to), at: fields["to"] ?? node)
        }
        return window
    }
}

/// Names a config refers to, with where it refers to them.
struct ConfigReferences {
    var briefIDs: [(String, SourceLocation)] = []
    var people: [(String, SourceLocation)] = []
    var entities: [(String, SourceLocation)] = []
    var topics: [(String, SourceLocation)] = []
    var templates: [(String, SourceLocation)] = []
    /// Every id defined, even one whose definition has errors, so a mistake is reported once.
    var declaredEntities: [String] = []
    var declaredTopics: [String] = []
}
