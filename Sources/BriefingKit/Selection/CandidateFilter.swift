/// The filters a brief's config applies to each fact, each with the reason it gives for leaving a fact out.
///
/// A class, immutable: the read asks the filters of every sentence, and each copy of a struct
/// retained and released every string and array of the brief's spec.
final class CandidateFilter: Sendable {
    /// Why a fact cannot serve a brief; the message is built only when someone reads it.
    enum Rejection: Equatable, Sendable {
        case noRequiredEntity([String])
        /// In a meeting brief: someone of another country, and none of the counterparts.
        case otherCountry(String)
        case noTopic
        case excludedKeyword(String)
        case outsideWindow(CalendarDate)

        var message: String {
            switch self {
            case let .noRequiredEntity(required): "no required entity (\(required.joined(separator: ", ")))"
            case let .otherCountry(person): "about \(person), of another country, and no counterpart"
            case .noTopic: "no topic of the brief"
            case let .excludedKeyword(keyword): "excluded keyword '\(keyword)'"
            case let .outsideWindow(date): "outside window (event \(date.iso))"
            }
        }
    }

    let spec: BriefSpec
    /// The entities of which a fact must name one: `require`, or the brief's principals.
    let required: [String]
    let exclusions: PhraseMatcher
    /// People of another country than the participants' (`TitleCountries.outsiders`): a meeting brief leaves out a
    /// fact that names or implies one of them and none of its counterparts ("Lee and Albanese agreed …" in a brief
    /// for Lee's talks with Lương Cường). Empty for a leader brief.
    let outsiders: [String]
    /// A meeting's participants but the first.
    let counterparts: [String]

    /// `outsiders` as `TitleCountries.outsiders(of:entities:)` gives them; without them, the filter takes a superset.
    init(spec: BriefSpec, outsiders: [String] = []) {
        self.spec = spec
        required = spec.require.isEmpty ? spec.principals : spec.require
        exclusions = PhraseMatcher(spec.exclude)
        self.outsiders = outsiders
        counterparts = Array(spec.principals.dropFirst())
    }

    /// Why the fact cannot serve the brief, or nil. `checkWindow` is false while streaming, when
    /// only entities, topics and keywords are known.
    func rejection(of fact: Fact, checkWindow: Bool) -> Rejection? {
        if !required.isEmpty, !required.contains(where: { fact.entities.contains($0) || fact.impliedEntities.contains($0) }) {
            return .noRequiredEntity(required)
        }
        if !outsiders.isEmpty, let outsider = withUnsafePointer(to: fact, { outsider(in: UnsafeBufferPointer(start: $0, count: 1), at: 0) }) {
            return .otherCountry(outsider)
        }
        if !spec.topics.isEmpty, !spec.topics.contains(where: fact.topics.contains), !isContactOfPrincipals(fact) {
            return .noTopic
        }
        if !spec.exclude.isEmpty, let match = exclusions.firstMatch(in: fact.text) {
            return .excludedKeyword(spec.exclude[match])
        }
        if checkWindow, !spec.window.contains(fact.eventDate.date) {
            return .outsideWindow(fact.eventDate.date)
        }
        return nil
    }

    /// Whether `facts[index]` can serve the brief: `rejection(of:checkWindow:) == nil`, with the
    /// keyword check (which reads the text) last, when no reason is wanted.
    ///
    /// The fact is read in place: an array's element passed as an argument is copied whole, and
    /// a Fact holds a dozen arrays and strings (`BriefSelector` tries thousands per brief).
    /// `namesRequired` says the caller already knows the fact names or implies a required entity.
    func accepts<Facts: RandomAccessCollection<Fact>>(_ facts: Facts, at index: Facts.Index, checkWindow: Bool,
                                                      namesRequired: Bool = false) -> Bool {
        if checkWindow, !spec.window.contains(facts[index].eventDate.date) { return false }
        if !namesRequired, !required.isEmpty, !required.contains(where: { facts[index].entities.contains($0) || facts[index].impliedEntities.contains($0) }) {
            return false
        }
        if !outsiders.isEmpty, outsider(in: facts, at: index) != nil { return false }
        if !spec.topics.isEmpty, !spec.topics.contains(where: facts[index].topics.contains), !isContactOfPrincipals(facts, at: index) {
            return false
        }
        return spec.exclude.isEmpty || exclusions.firstMatch(in: facts[index].text) == nil
    }

    /// The first outsider `facts[index]` names or implies, when it names or implies no counterpart.
    private func outsider<Facts: RandomAccessCollection<Fact>>(in facts: Facts, at index: Facts.Index) -> String? {
        func names(_ id: String) -> Bool { facts[index].entities.contains(id) || facts[index].impliedEntities.contains(id) }
        guard let outsider = outsiders.first(where: names), !counterparts.contains(where: names) else { return nil }
        return outsider
    }

    /// A meeting or call of the principals is kept whatever its topic: it may be the last contact.
    func isContactOfPrincipals(_ fact: Fact) -> Bool {
        withUnsafePointer(to: fact) { isContactOfPrincipals(UnsafeBufferPointer(start: $0, count: 1), at: 0) }
    }

    private func isContactOfPrincipals<Facts: RandomAccessCollection<Fact>>(_ facts: Facts, at index: Facts.Index) -> Bool {
        guard facts[index].contactFormat != nil else { return false }
        let principals = spec.principals.filter { facts[index].entities.contains($0) || facts[index].impliedEntities.contains($0) }.count
        return contactCounts(principalsPresent: principals, entityCount: facts[index].entities.count)
    }

    /// Whether a contact naming (or implying) `principalsPresent` of the brief's principals and `entityCount`
    /// entities is one of theirs: both of a meeting's (or its only one), one of a leader's, among two people at least.
    func contactCounts(principalsPresent: Int, entityCount: Int) -> Bool {
        let needed = spec.kind == .meeting ? min(2, spec.principals.count) : 1
        let people = spec.kind == .leader ? entityCount : principalsPresent
        return principalsPresent >= needed && people >= 2
    }
}
