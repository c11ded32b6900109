/// The filters a brief's config applies to each fact, each with the reason it gives for leaving a fact out.
struct CandidateFilter: Sendable {
    let spec: BriefSpec
    let required: [String]
    let exclusions: PhraseMatcher

    init(spec: BriefSpec) {
        self.spec = spec
        required = spec.require.isEmpty ? spec.principals : spec.require
        exclusions = PhraseMatcher(spec.exclude)
    }

    /// Why the fact cannot serve the brief, or nil. `checkWindow` is false while streaming, when
    /// only entities, topics and keywords are known.
    func rejection(of fact: Fact, checkWindow: Bool) -> String? {
        if !required.isEmpty, !required.contains(where: { fact.entities.contains($0) || fact.impliedEntities.contains($0) }) {
            return "no required entity (\(required.joined(separator: ", ")))"
        }
        if !spec.topics.isEmpty, !spec.topics.contains(where: fact.topics.contains), !isContactOfPrincipals(fact) {
            return "no topic of the brief"
        }
        if let keyword = excludedKeyword(in: fact.text) {
            return "excluded keyword '\(keyword)'"
        }
        if checkWindow, !spec.window.contains(fact.eventDate.date) {
            return "outside window (event \(fact.eventDate.date.iso))"
        }
        return nil
    }

    /// A meeting or call of the principals is kept whatever its topic: it may be the last contact.
    func isContactOfPrincipals(_ fact: Fact) -> Bool {
        let principals = spec.principals.filter { fact.entities.contains($0) || fact.impliedEntities.contains($0) }.count
        let needed = spec.kind == .meeting ? min(2, spec.principals.count) : 1
        let people = spec.kind == .leader ? fact.entities.count : principals
        return principals >= needed && people >= 2 && fact.contactFormat != nil
    }

    private func excludedKeyword(in text: String) -> String? {
        guard !spec.exclude.isEmpty else { return nil }
        return exclusions.firstMatch(in: text).map { spec.exclude[$0] }
    }
}
