/// Builds the parts of a brief from its scored report groups, numbering sources in reading order.
struct BriefAssembler {
    let spec: BriefSpec
    let config: BriefingConfig
    let asOf: CalendarDate
    let outletOf: @Sendable (Int) -> String
    /// What briefs work out from sentences alone, shared with the other briefs of the run.
    let memo: SentenceMemo
    /// The corpus's signatures of its facts' texts.
    let signatures: [TextSignature]
    /// Writes the reasons of a group scored without them.
    let scorer: FactScorer
    var numbering: SourceNumbering
    /// Items already built, by group: a chosen group is shown once but built for several lists.
    private var built: [FactKey: BriefItem] = [:]

    /// The index of the brief's corpus: reports' outlets and figures are read from it.
    let index: SelectionIndex

    init(spec: BriefSpec, config: BriefingConfig, articles: [Article], signatures: [TextSignature], asOf: CalendarDate,
         outletOf: @escaping @Sendable (Int) -> String, scorer: FactScorer, memo: SentenceMemo = SentenceMemo(), index: SelectionIndex) {
        self.index = index
        self.spec = spec
        self.scorer = scorer
        self.signatures = signatures
        self.memo = memo
        self.config = config
        self.asOf = asOf
        self.outletOf = outletOf
        numbering = SourceNumbering(articles: articles, outletOf: index.outletOfArticle)
    }

    /// A contact found among the groups (`ContactFinder.contacts(in:)`).
    typealias FoundContact = (group: ReportGroup, format: String, counterparts: [Entity])

    /// What a brief places before its key points and background are chosen: the items of its stance sections and
    /// its contacts. The key points and background are chosen from the other groups, so that `max_facts` counts them
    /// alone (`excluded`).
    struct Plan {
        /// The best-scored groups the sections beyond the chosen items draw on, best first.
        var groups: [ReportGroup]
        var placed: [StanceSorter.Section: [(ReportGroup, String)]]
        var found: [FoundContact]
        var last: FoundContact?
        /// The contacts reported on the last contact's day: its section cites them all.
        var lastDay: [FoundContact]
        /// Of `lastDay`, the sentences that only report the contact again.
        var reports: [FactKey]
        /// The day contacts are looked for before.
        var day: CalendarDate
        /// The groups the key points and background are not chosen from: the stance sections' and, in a meeting
        /// brief, the last contact's sentence; at most `maxExcluded` (the reports of the last contact are left out
        /// once chosen, as `told`).
        var excluded: Set<FactKey>
    }

    /// The most groups a plan excludes from the choice: every stance section full, and the last contact. The index
    /// ranks this many more candidates than the choice considers, so that it chooses from the same ones as a
    /// brief selected with every decision recorded, which ranks them all.
    static let maxExcluded = StanceSorter.sectionCount * BriefSelector.stanceLimit + 1

    /// The plan of a brief from `groups`, the best-scored groups (at most `groupLimit`), best first: the sections
    /// beyond the chosen items draw on these only, as a brief shows a few dozen lines and a large corpus yields
    /// thousands of candidates. `contacts` are the newest groups reporting a contact (`GroupRanking.recentContacts`),
    /// looked at with `groups` for the last contact and the engagements.
    func plan(groups: [ReportGroup], contacts recent: [ReportGroup] = []) -> Plan {
        let config = self.config
        let entity: @Sendable (String) -> Entity? = { config.entity($0) }
        let participants = spec.principals.compactMap(entity)
        let principal = participants.first
        let counterparts = Array(participants.dropFirst())

        let contacts = ContactFinder(spec: spec, entity: entity)
        let listed = Set(groups.map(\.key))
        let found = contacts.contacts(in: groups + recent.filter { !listed.contains($0.key) })
        let day = ContactFinder.contactsBefore(spec, asOf: asOf)
        let last = contacts.lastContact(among: found, before: day)
        // A meeting brief tells its last contact in a section of its own, and what was agreed in it there too.
        let lastToldApart = spec.kind == .meeting ? last?.group.key : nil

        // Each fact has one place in the body: stance sections, then key points, then quotes, then background (a meeting
        // brief's last contact, told in its own section, in none of these).
        let roles = FactExtractor.roles(of: config.entities)
        let countries = TitleCountries.of(config.entities)
        // A side's people and their countries; nil when a title names no country.
        func side(_ people: [String]) -> Set<String>? {
            let side = TitleCountries.side(people, countries: countries)
            return side.complete ? Set(side.members) : nil
        }
        let sorter = StanceSorter(principal: principal?.id, counterparts: spec.kind == .meeting ? counterparts.map(\.id) : otherPeople(),
                                  name: { entity($0)?.name ?? $0 }, isMeeting: spec.kind == .meeting,
                                  people: Set(config.entities.filter { $0.kind == .person }.map(\.id)), aides: roles.aides,
                                  principalSide: side(principal.map { [$0.id] } ?? []), counterpartSide: side(counterparts.map(\.id)))
        var placed: [StanceSorter.Section: [(ReportGroup, String)]] = [:]
        // A meeting's own sides first: a stance of its principal with someone else takes a place left over.
        let placements = groups.map(sorter.sections)
        var placedKeys = Set<FactKey>()
        for late in [false, true] {
            for (group, options) in zip(groups, placements) where !placedKeys.contains(group.key) && group.key != lastToldApart {
                let open = options.first { $0.byOthers == late && placed[$0.section, default: []].count < BriefSelector.stanceLimit }
                guard let open else { continue }
                placed[open.section, default: []].append((group, open.attribution))
                placedKeys.insert(group.key)
            }
        }
        let lastDay = last.map { last in found.filter { Self.sameDay($0.group, last.group) } } ?? []
        // A meeting brief tells its last contact in a section of its own, citing every report of a contact that day:
        // a key point or background item that only reports it again ("State President Lương Cường on Thursday held
        // phone talks with …") would say it twice; what was said in it ("President Cường appreciated …") stays.
        let reports = lastDay.filter { ContactDetector.reportsContact($0.group.representative.text) }.map(\.group.key)
        var excluded = placedKeys
        if spec.kind == .meeting, let last { excluded.insert(last.group.key) }
        return Plan(groups: groups, placed: placed, found: found, last: last, lastDay: lastDay, reports: reports, day: day,
                    excluded: excluded)
    }

    /// The brief of `plan`, with `chosen` (in pick order; none of `plan.excluded`) for its key points and background.
    /// `topicCounts` (`topicCounts(of:spec:)`) are of every group.
    mutating func assemble(_ plan: Plan, chosen chosenGroups: [ReportGroup], topicCounts counts: [String: Int]) -> Brief {
        let config = self.config
        let entity: @Sendable (String) -> Entity? = { config.entity($0) }
        let participants = spec.principals.compactMap(entity)
        let principal = participants.first
        let counterparts = Array(participants.dropFirst())
        let groups = plan.groups, placed = plan.placed, found = plan.found, last = plan.last, lastDay = plan.lastDay
        let contacts = ContactFinder(spec: spec, entity: entity)
        var shown = Set(placed.values.flatMap { $0.map(\.0.key) })
        // A meeting brief tells the last contact apart: its engagements are the contacts before it.
        let listedContacts = Array(contacts.engagements(among: found, before: plan.day).filter { engagement in
            spec.kind != .meeting || !engagement.all.contains { $0.key == last?.group.key }
        }.prefix(Self.engagementLimit))
        // An item of a stance section tells its call before any key point or background item can.
        var told = Self.retold(listedContacts.map(\.all), in: groups.filter { plan.excluded.contains($0.key) } + chosenGroups)
        if spec.kind == .meeting { told.formUnion((last.map { [$0.group.key] } ?? []) + plan.reports) }
        // Key points are about the participants: an item naming or implying none of them (what a predecessor agreed with
        // the counterpart's country) goes to the background, however widely reported; when no item is, the best are.
        let unplaced = chosenGroups.filter { !shown.contains($0.key) && !told.contains($0.key) }
        let aboutParticipants = unplaced.filter { group in
            (group.entities + group.representative.impliedEntities).contains(where: spec.principals.contains)
        }
        let keyGroups = Array((aboutParticipants.isEmpty ? unplaced : aboutParticipants).prefix(Self.keyPointCount))
        shown.formUnion(keyGroups.map(\.key))
        let quoted = QuoteDigest(entity: entity).select(from: groups.filter { !shown.contains($0.key) },
                                                          preferring: spec.kind == .leader ? principal?.id : nil)
        shown.formUnion(quoted.map(\.group.key))
        shown.formUnion(told)
        let rest = chosenGroups.filter { !shown.contains($0.key) }

        // Sources are numbered in the order the brief's built-in templates read (`readingOrder`).
        var keyPoints: [BriefItem] = []
        var lastContact: Contact?
        var engagements: [Contact] = []
        var sections: [StanceSorter.Section: [BriefItem]] = [:]
        var topicSections: [BriefSection] = []
        var timeline: [TimelineEntry] = []
        var figures: [KeyFigure] = []
        var quotes: [BriefQuote] = []
        for part in Self.readingOrder(of: spec.kind) {
            switch part {
            case .keyPoints:
                // A key point shows no date: one that opens with "During the call" says which day's call it was.
                keyPoints = keyGroups.map { group in
                    var point = item(group)
                    if point.insertion == nil { point.insertion = NamedReferents.contactDay(for: group.representative) }
                    return point
                }
            case .lastContact:
                lastContact = last.map { contact($0) }
                if let last = lastContact {
                    lastContact?.citations = lastDay.reduce(last.citations) { numbering.cite($1.group, adding: $0) }
                }
            case .engagements:
                engagements = listedContacts.map { found in
                    var merged = contact(found.first)
                    merged.citations = found.all.reduce(merged.citations) { numbering.cite($1, adding: $0) }
                    return merged
                }
            case .stances(let section):
                sections[section] = (placed[section] ?? []).map { group, attribution in
                    var entry = item(group)
                    entry.attribution = attribution
                    return entry
                }
            case .background:
                // By the brief's topics, or every configured one when it names none; what none of them covers comes last,
                // so that every item chosen is shown.
                let sectionTopics = spec.topics.isEmpty ? config.topics.map(\.id) : spec.topics
                topicSections = sectionTopics.compactMap { id -> BriefSection? in
                    guard let topic = config.topic(id) else { return nil }
                    let members = rest.filter { $0.topics.first(where: sectionTopics.contains) == id }
                    return members.isEmpty ? nil : BriefSection(topic: topic, items: datedItems(members))
                }
                let uncovered = rest.filter { !$0.topics.contains(where: sectionTopics.contains) }
                if !uncovered.isEmpty { topicSections.append(BriefSection(topic: Self.otherReports, items: datedItems(uncovered))) }
            case .timeline:
                timeline = TimelineBuilder(memo: memo).entries(from: groups, signatures: signatures, insertions: insertions) {
                    numbering.cite($0, adding: $1)
                }
            case .figures:
                figures = FigureDigest(memo: memo).figures(from: groups) { numbering.cite($0) }
            case .quotes:
                quotes = QuoteDigest(entity: entity).quotes(quoted, principals: spec.principals,
                                                            published: { numbering.articles[$0.article].referenceDate }) {
                    numbering.cite($0)
                }
            }
        }

        let topicCounts = config.topics.compactMap { topic in counts[topic.id].map { (topic, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.id < $1.0.id }

        return Brief(
            spec: spec, asOf: asOf, participants: participants, principal: principal, counterparts: counterparts,
            items: chosenGroups.map { item($0) }, keyPoints: keyPoints, lastContact: lastContact, engagements: engagements,
            agreements: sections[.agreements] ?? [], counterpartAsks: sections[.counterpartAsks] ?? [],
            principalAsks: sections[.principalAsks] ?? [], commitments: sections[.commitments] ?? [],
            sections: topicSections, timeline: timeline, figures: figures, quotes: quotes,
            topicCounts: topicCounts, sources: numbering.entries, decisions: [])
    }

    /// How many of `groups` touch each topic of the brief (each topic, when it names none).
    static func topicCounts(of groups: [ReportGroup], spec: BriefSpec) -> [String: Int] {
        var counts: [String: Int] = [:]
        for group in groups { for topic in group.topics where spec.topics.isEmpty || spec.topics.contains(topic) { counts[topic, default: 0] += 1 } }
        return counts
    }

    /// A part of a brief that cites sources.
    enum Part {
        case keyPoints, lastContact, engagements, stances(StanceSorter.Section), background, timeline, figures, quotes
    }

    /// The parts in the order the built-in templates of a kind show them, so that footnotes read [1], [2] … down the
    /// page. A leader brief shows the leader's own words and proposals, and what others asked of them, first; a
    /// meeting brief, the last contact and what each side has agreed and asked for. The last contact, which a leader
    /// brief does not show, is numbered after the engagements, among which it is.
    static func readingOrder(of kind: BriefSpec.Kind) -> [Part] {
        switch kind {
        case .meeting:
            [.keyPoints, .lastContact, .engagements, .stances(.agreements), .stances(.commitments), .stances(.counterpartAsks),
             .stances(.principalAsks), .background, .timeline, .figures, .quotes]
        case .leader:
            [.keyPoints, .engagements, .lastContact, .quotes, .stances(.principalAsks), .stances(.counterpartAsks), .stances(.agreements),
             .stances(.commitments), .background, .timeline, .figures]
        }
    }

    static let keyPointCount = BriefSelector.keyPointCount
    static let groupLimit = 400
    /// The background section of items on none of the brief's topics.
    static let otherReports = Topic(id: "other", label: "Other reports", keywords: [])

    /// The items of `groups`, oldest first, as a background section lists them: sorted before they are built, so that
    /// their sources are numbered in that order.
    private mutating func datedItems(_ groups: [ReportGroup]) -> [BriefItem] {
        let keys = groups.map { group in
            let fact = group.representative
            return (Self.reportedOn(fact.eventDate, published: numbering.articles[fact.article].referenceDate), group.members[0].stableKey)
        }
        return groups.indices.sorted { keys[$0] < keys[$1] }.map { item(groups[$0]) }
    }

    private func otherPeople() -> [String] {
        config.entities.filter { $0.kind == .person && !spec.principals.contains($0.id) }.map(\.id)
    }

    /// The day a report's words were said or its act done, for items and quotes alike: its event's day when
    /// that is a day and not a target, else the day its article speaks from.
    static func reportedOn(_ eventDate: EventDate, published: CalendarDate?) -> CalendarDate {
        eventDate.precision == .day && !eventDate.isUpcoming ? eventDate.date : published ?? eventDate.date
    }

    /// The item for a group; built once, as its sources are numbered the first time it is cited.
    private mutating func item(_ group: ReportGroup) -> BriefItem {
        if let item = built[group.key] { return item }
        let citations = numbering.cite(group)
        // Named as the source list names them: an article whose outlet is not known is not shown by its path.
        let discrepancy = FigureDigest().discrepancy(in: group, index: index, outletOf: { numbering.articles[$0].outlet ?? "Unknown outlet" }) {
            numbering.cite(article: $0)
        }
        let facts = group.members.facts, shown = group.representativeIndex
        let eventDate = facts[shown].eventDate
        let reportedOn = Self.reportedOn(eventDate, published: numbering.articles[facts[shown].article].referenceDate)
        let (opening, closing) = insertions(facts[shown])
        let item = BriefItem(text: facts[shown].text, reportedOn: reportedOn, eventDate: eventDate, topics: group.topics, entities: group.entities,
                             citations: citations, reports: SourceNumbering.reportCount(group), score: group.score,
                             // Groups are scored without reasons unless explaining: an item writes its own.
                             reasons: group.reasons.isEmpty ? scorer.score(group).1 : group.reasons,
                             facts: group.members.stableKeys, attribution: nil, discrepancy: discrepancy,
                             insertion: opening, closingInsertion: closing)
        built[group.key] = item
        return item
    }

    /// The names a fact's sentence shows in brackets, wherever the brief shows it whole (`NamedReferents`).
    private func insertions(_ fact: Fact) -> (opening: BriefItem.Insertion?, closing: BriefItem.Insertion?) {
        let config = config
        return (NamedReferents.insertion(for: fact, principals: spec.principals) { config.entity($0)?.name },
                NamedReferents.closingInsertion(for: fact))
    }

    /// The engagements a brief lists, at most.
    static let engagementLimit = 8

    /// The groups that would tell a listed engagement again: a brief's table lists each contact once, and of
    /// the items that only report one (`ContactDetector.reportsContact`), the first in `order` stays, as it says what
    /// the table does not ("… and agreed to elevate bilateral ties"); the others ("… spoke with Vietnamese President
    /// Luong Cuong and Australian Prime Minister Anthony Albanese respectively on Thursday") tell the same call again.
    static func retold(_ engagements: [[ReportGroup]], in order: [ReportGroup]) -> Set<FactKey> {
        var retold: Set<FactKey> = []
        for reports in engagements {
            let keys = Set(reports.filter { ContactDetector.reportsContact($0.representative.text) }.map(\.key))
            retold.formUnion(order.map(\.key).filter(keys.contains).dropFirst())
        }
        return retold
    }

    /// Whether `group` reports an event on the day of `last`'s, both dated to the day.
    private static func sameDay(_ group: ReportGroup, _ last: ReportGroup) -> Bool {
        let date = group.representative.eventDate
        return date.precision == .day && date.date == last.representative.eventDate.date
    }

    private mutating func contact(_ found: (group: ReportGroup, format: String, counterparts: [Entity])) -> Contact {
        Contact(date: found.group.representative.eventDate, format: found.format, counterparts: found.counterparts,
                text: found.group.representative.text, citations: numbering.cite(found.group))
    }
}
