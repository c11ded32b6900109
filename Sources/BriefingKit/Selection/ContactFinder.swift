/// Finds meetings and calls between a brief's principals: the last contact, and a leader's engagements.
struct ContactFinder: Sendable {
    let spec: BriefSpec
    let entity: @Sendable (String) -> Entity?

    /// Groups that report a contact, with its format, newest first; ties by corpus order.
    func contacts(in groups: [ReportGroup]) -> [(group: ReportGroup, format: String, counterparts: [Entity])] {
        let principals = spec.principals
        let found = groups.compactMap { group -> (group: ReportGroup, format: String, counterparts: [Entity])? in
            let facts = group.members.facts
            guard Self.isHeld(group.representative),
                  let format = group.members.positions.lazy.compactMap({ facts[$0].contactFormat }).first else { return nil }
            let people = group.entities.filter { entity($0)?.kind == .person }
            let present = principals.filter(people.contains)
            let others: [String]
            if spec.kind == .meeting {
                guard present.count >= min(2, principals.count) else { return nil }
                others = Array(principals.dropFirst())
            } else {
                others = people.filter { !principals.contains($0) }
                guard !present.isEmpty, !others.isEmpty else { return nil }
            }
            return (group, format, others.compactMap(entity))
        }
        return found.sorted { lhs, rhs in
            let (l, r) = (lhs.group.representative.eventDate.date, rhs.group.representative.eventDate.date)
            return l != r ? l > r : lhs.group.key < rhs.group.key
        }
    }

    /// Of `contacts` (from `contacts(in:)`), those before `day`, newest first, one per event: reports of the
    /// same contact are merged, the one stating its date shown; counterparts are leaders when any are named.
    ///
    /// Two reports within three days are of one contact when one's counterparts include the other's: a
    /// sentence also naming who sent greetings ("conveyed congratulations from Tô Lâm") or another call
    /// of the day ("spoke with Cuong and Albanese respectively") joins the contact with the fewer
    /// counterparts, which are the ones shown. Reports naming fewer counterparts are placed first, so
    /// that each contact is founded on the most specific report.
    func engagements(among contacts: [(group: ReportGroup, format: String, counterparts: [Entity])], before day: CalendarDate)
        -> [(first: (group: ReportGroup, format: String, counterparts: [Entity]), all: [ReportGroup])] {
        var merged: [(first: (group: ReportGroup, format: String, counterparts: [Entity]), all: [ReportGroup])] = []
        // The counterparts of each merged contact, as a set: compared with every later report.
        var mergedCounterparts: [Set<String>] = []
        let found = contacts.filter { $0.group.representative.eventDate.date < day }.map { contact in
            var contact = contact
            let leaders = contact.counterparts.filter { $0.title.map { FactExtractor.leaderTitles.firstMatch(in: $0) != nil } == true }
            if !leaders.isEmpty { contact.counterparts = leaders }
            return contact
        }
        // Stable: among equals, newest first as `contacts(in:)` gave them.
        let order = found.indices.sorted { first, second in
            let (lhs, rhs) = (found[first], found[second])
            if lhs.counterparts.count != rhs.counterparts.count { return lhs.counterparts.count < rhs.counterparts.count }
            let (lhsDated, rhsDated) = (!lhs.group.representative.eventDate.isFallback, !rhs.group.representative.eventDate.isFallback)
            return lhsDated != rhsDated ? lhsDated : first < second
        }
        for contact in order.map({ found[$0] }) {
            let date = contact.group.representative.eventDate.date
            let counterparts = Set(contact.counterparts.map(\.id))
            if let index = merged.indices.first(where: { index in
                (mergedCounterparts[index].isSubset(of: counterparts) || counterparts.isSubset(of: mergedCounterparts[index]))
                    && abs(merged[index].first.group.representative.eventDate.date.dayNumber - date.dayNumber) <= 3
            }) {
                merged[index].all.append(contact.group)
                // A report stating its date is shown before one dated by its publication; the counterparts stay.
                if merged[index].first.group.representative.eventDate.isFallback && !contact.group.representative.eventDate.isFallback {
                    merged[index].first.group = contact.group
                    merged[index].first.format = contact.format
                }
            } else {
                merged.append((contact, [contact.group]))
                mergedCounterparts.append(counterparts)
            }
        }
        return merged.sorted { lhs, rhs in
            let (l, r) = (lhs.first.group.representative.eventDate.date, rhs.first.group.representative.eventDate.date)
            return l != r ? l > r : lhs.first.group.key < rhs.first.group.key
        }
    }

    /// The day contacts are looked for before: the meeting's, or the day after the brief is prepared, whichever
    /// comes first. What an article dates after the brief's day has not happened by then, whatever it is.
    static func contactsBefore(_ spec: BriefSpec, asOf: CalendarDate) -> CalendarDate {
        let dayAfter = asOf.adding(days: 1)
        return spec.meeting.map { min($0.date, dayAfter) } ?? dayAfter
    }

    /// Whether a group's report of a contact tells one that has been held: not one its article looks ahead to
    /// ("Cuong invited Lee to pay an official visit to Vietnam in 2026", "Lee will visit Hanoi next week").
    static func isHeld(_ report: Fact) -> Bool {
        !report.eventDate.isUpcoming
    }

    /// What `GroupRanking.recentContacts` picks, from groups already built: the newest `GroupRanking.contactLimit`
    /// groups with a report of a contact that name or imply a principal, newest first, ties by key.
    static func recent(_ groups: [ReportGroup], principals: [String], before day: CalendarDate) -> [ReportGroup] {
        let reporting = groups.filter { group in
            let facts = group.members.facts
            return group.representative.eventDate.date < day && isHeld(group.representative)
                && group.members.positions.contains { facts[$0].contactFormat != nil }
                && (group.entities + group.representative.impliedEntities).contains(where: principals.contains)
        }
        return reporting.sorted { lhs, rhs in
            let (l, r) = (lhs.representative.eventDate.date, rhs.representative.eventDate.date)
            return l != r ? l > r : lhs.key < rhs.key
        }.prefix(GroupRanking.contactLimit).map { $0 }
    }

    /// Of `contacts` (from `contacts(in:)`), the most recent strictly before `day` (the meeting date, or
    /// today for a leader brief). Reports that state their date win over reports dated only by publication.
    func lastContact(among contacts: [(group: ReportGroup, format: String, counterparts: [Entity])], before day: CalendarDate)
        -> (group: ReportGroup, format: String, counterparts: [Entity])? {
        let earlier = contacts.filter { $0.group.representative.eventDate.date < day }
        return earlier.first { !$0.group.representative.eventDate.isFallback } ?? earlier.first
    }
}
