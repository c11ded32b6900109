/// Sorts stances into a brief's sections: agreements, what each side asked for, commitments.
///
/// Our principal is the first participant (or the leader); the other participants are the
/// counterparts. "Both sides" counts as both.
struct StanceSorter: Sendable {
    enum Section: Sendable { case agreements, counterpartAsks, principalAsks, commitments }

    let principal: String?
    let counterparts: [String]
    let name: @Sendable (String) -> String

    /// The sections a group belongs to, each with an attribution line ("Proposal by Lương Cường"),
    /// from the stances of the wording shown, so that the attribution matches the text. The brief
    /// places the group in the first section with room.
    func sections(of group: ReportGroup) -> [(Section, String)] {
        guard !group.representative.stances.isEmpty else { return [] }
        var result: [(Section, String)] = []
        func add(_ section: Section, _ text: @autoclosure () -> String) {
            if !result.contains(where: { $0.0 == section }) { result.append((section, text())) }
        }
        let involved = [principal].compactMap { $0 } + counterparts
        for stance in group.representative.stances {
            let actorID: String?
            switch stance.actor {
            case .bothSides: actorID = nil
            case let .entity(id): actorID = id
            case .unknown: continue
            }
            let actorName = actorID.map(name) ?? "both sides"
            switch stance.act {
            case .agreed:
                if actorID == nil || involved.contains(actorID ?? "") { add(.agreements, "Agreed by \(actorName)") }
            case .proposed, .requested, .invited:
                let noun = stance.act == .invited ? "Invitation" : stance.act == .proposed ? "Proposal" : "Request"
                if let actorID, counterparts.contains(actorID) { add(.counterpartAsks, "\(noun) by \(actorName)") }
                if let actorID, actorID == principal { add(.principalAsks, "\(noun) by \(actorName)") }
            case .pledged:
                if actorID == nil || involved.contains(actorID ?? "") { add(.commitments, "Pledged by \(actorName)") }
            case .congratulated, .thanked, .expressedConcern:
                continue
            }
        }
        return result
    }
}
