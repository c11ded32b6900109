/// Sorts stances into a brief's sections: agreements, what each side asked for, commitments.
///
/// Our principal is the first participant (or the leader); the other participants are the
/// counterparts. "Both sides" counts as both.
///
/// Who "both sides" are is read from the wording shown: the two people it names or implies ("Lee and Albanese
/// agreed", "the two leaders [Lee Jae-myung and Petr Fiala] pledged"). A meeting brief says "both sides" only of
/// its principal and a counterpart; any other pair is named ("Pledged by Lee Jae-myung and Tô Lâm"), and a
/// pair with neither participant in it has no place in the brief's stance sections. A leader brief names the pair.
struct StanceSorter: Sendable {
    enum Section: Sendable, CaseIterable { case agreements, counterpartAsks, principalAsks, commitments }
    static let sectionCount = Section.allCases.count

    let principal: String?
    let counterparts: [String]
    let name: @Sendable (String) -> String
    /// Whether the brief is a meeting's: its principal and counterparts are the two sides.
    var isMeeting = false
    /// The configured people, and those of them whose title is not a leader's (`FactExtractor.roles(of:)`).
    var people: Set<String> = []
    var aides: Set<String> = []
    /// A meeting's sides, each its people and the countries their titles name (`TitleCountries`); nil for a side
    /// whose countries are not all known. One side's stance alone has a place only when its wording names or implies
    /// the other side: "Lee invited Prime Minister Ishiba to visit" is not what Lee asked of Fiala.
    var principalSide: Set<String>?
    var counterpartSide: Set<String>?

    /// Where a group may go: a section, its attribution line, and whether it is by a pair other than the meeting's sides.
    struct Placement: Equatable {
        var section: Section
        var attribution: String
        /// A meeting brief places these after the others: "Pledged by Lee Jae-myung and Tô Lâm" in a brief for Lee's
        /// meeting with Lương Cường comes after what Lee and Cường agreed.
        var byOthers = false
    }

    /// The sections a group belongs to, each with an attribution line ("Proposal by Lương Cường"),
    /// from the stances of the wording shown, so that the attribution matches the text. The brief
    /// places the group in the first section with room.
    func sections(of group: ReportGroup) -> [Placement] {
        guard !group.representative.stances.isEmpty else { return [] }
        var result: [Placement] = []
        var byOthers = false
        func add(_ section: Section, _ text: @autoclosure () -> String) {
            if !result.contains(where: { $0.section == section }) { result.append(Placement(section: section, attribution: text(), byOthers: byOthers)) }
        }
        let involved = [principal].compactMap { $0 } + counterparts
        // Worked out at the first stance of both sides: most stances are one actor's.
        var sides: [String]??
        for stance in group.representative.stances {
            let actorID: String?
            // Named only when a section takes the stance.
            let actorName: () -> String
            byOthers = false
            switch stance.actor {
            case .bothSides:
                actorID = nil
                if sides == nil { sides = .some(Self.sides(of: group.representative, people: people, aides: aides)) }
                if let pair = sides ?? nil {
                    guard pair.contains(where: involved.contains) else { continue }
                    let theirs = isMeeting && pair.contains(principal ?? "") && pair.contains(where: counterparts.contains)
                    // The brief's own people first: a leader brief's counterparts are everyone configured.
                    let own = [principal].compactMap { $0 } + (isMeeting ? counterparts : [])
                    actorName = { theirs ? "both sides" : NamedReferents.principalsFirst(pair, principals: own).map(name).joined(separator: " and ") }
                    byOthers = isMeeting && !theirs
                } else {
                    actorName = { "both sides" }
                }
            case let .entity(id):
                guard isMeeting ? addressesOtherSide(id, group.representative) : true else { continue }
                actorID = id
                actorName = { name(id) }
            case .unknown: continue
            }
            switch stance.act {
            case .agreed:
                if actorID == nil || involved.contains(actorID ?? "") { add(.agreements, "Agreed by \(actorName())") }
            case .proposed, .requested, .invited:
                let noun = stance.act == .invited ? "Invitation" : stance.act == .proposed ? "Proposal" : "Request"
                if let actorID, counterparts.contains(actorID) { add(.counterpartAsks, "\(noun) by \(actorName())") }
                if let actorID, actorID == principal { add(.principalAsks, "\(noun) by \(actorName())") }
            case .pledged:
                if actorID == nil || involved.contains(actorID ?? "") { add(.commitments, "Pledged by \(actorName())") }
            case .congratulated, .thanked, .expressedConcern:
                continue
            }
        }
        return result
    }

    /// Whether `fact`, by `actor` of one of a meeting's sides, names or implies someone or some country of the other
    /// side; true for an actor of neither side, or when the other side's countries are not known.
    private func addressesOtherSide(_ actor: String, _ fact: Fact) -> Bool {
        let other = actor == principal ? counterpartSide : counterparts.contains(actor) ? principalSide : nil
        guard let side = other else { return true }
        return fact.entities.contains(where: side.contains) || fact.impliedEntities.contains(where: side.contains)
    }

    /// The two people a "both sides" stance of `fact` is by: those it names or implies, the people its "the two
    /// leaders" or "they" stands for first; of more than two, those who are not aides ("…, Kang told reporters").
    /// Nil unless that leaves exactly two.
    static func sides(of fact: Fact, people: Set<String>, aides: Set<String>) -> [String]? {
        let implied = fact.impliedEntities.filter(people.contains)
        if implied.count == 2 { return implied }
        var named: [String] = []
        for id in implied + fact.entities where people.contains(id) && !named.contains(id) { named.append(id) }
        if named.count > 2 { named.removeAll(where: aides.contains) }
        return named.count == 2 ? named : nil
    }
}
