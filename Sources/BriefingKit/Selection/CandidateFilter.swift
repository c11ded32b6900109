/// The filters a brief's config applies to each fact, each with the reason it gives for leaving a fact out.
///
/// A class, immutable: the read asks the filters of every sentence, and each copy of a struct
/// retained and released every string and array of the brief's spec.
final class CandidateFilter: Sendable {
    /// Why a fact cannot serve a brief; the message is built only when someone reads it.
    enum Rejection: Equatable, Sendable {
        case noRequiredEntity([String])
        case noTopic
        case excludedKeyword(String)
        case outsideWindow(CalendarDate)

        var message: String {
            switch self {
            case let .noRequiredEntity(required): "no required entity (\(required.joined(separator: ", ")))"
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

    init(spec: BriefSpec) {
        self.spec = spec
        required = spec.require.isEmpty ? spec.principals : spec.require
        exclusions = PhraseMatcher(spec.exclude)
    }

    /// Why the fact cannot serve the brief, or nil. `checkWindow` is false while streaming, when
    /// only entities, topics and keywords are known.
    func rejection(of fact: Fact, checkWindow: Bool) -> Rejection? {
        if !required.isEmpty, !required.contains(where: { fact.entities.contains($0) || fact.impliedEntities.contains($0) }) {
            return .noRequiredEntity(required)
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
        if !spec.topics.isEmpty, !spec.topics.contains(where: facts[index].topics.contains), !isContactOfPrincipals(facts, at: index) {
            return false
        }
        return spec.exclude.isEmpty || exclusions.firstMatch(in: facts[index].text) == nil
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
