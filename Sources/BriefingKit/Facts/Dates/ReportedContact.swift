/// The contact an article is telling of: the last one it reported with a date, and who took part.
///
/// What follows in the article without a date of its own is taken to have happened at that contact
/// when it points back to it ("During the call", `EventReference`) or when its people act in it:
/// "The two leaders agreed …", "Cuong invited Lee …", "“…,” Lee said." A readout of a call names
/// the call once and then tells what was said; the report is often published the day after.
struct ReportedContact: Sendable {
    var date: EventDate
    /// The people of the report, and of later reports of the same contact.
    var people: Set<String>

    /// The contact being told of after a sentence reporting one (`report` is that sentence's date).
    ///
    /// A report with a date of its own starts a new contact; one dated from the contact before it
    /// ("During the call, Lee and Cuong agreed …") adds its people to that contact. An undated report
    /// leaves the contact as it was: most retell it ("Lee spoke with Cuong at 9:30 a.m."), and the people
    /// a sentence names are not all on the call ("according to presidential spokesperson Kang Yu-jung").
    /// So does one dated by a target year ("Cuong invited Lee to visit … to raise trade to $200 billion by
    /// 2030"): that is a deadline, not when a contact is, and "during the talks" after it means the talks reported.
    static func after(_ current: ReportedContact?, report: EventDate, people: [String]) -> ReportedContact? {
        if report.isFromContact, var current {
            current.people.formUnion(people)
            return current
        }
        let isTarget = report.isUpcoming && report.precision == .year
        return report.isFallback || isTarget ? current : ReportedContact(date: report, people: Set(people))
    }

    /// The contact's date for a sentence about it; `expression` is the words that tie the sentence to it.
    func date(expression: String) -> EventDate {
        EventDate(date: date.date, precision: date.precision, isUpcoming: date.isUpcoming,
                  expression: expression, method: EventDate.contactMethod)
    }

    /// The words of `fact` in which the contact's people act, or nil: a stance of theirs (its verb,
    /// "agreed"), a stance of both sides, or a quotation one of them is the speaker of (the name as written).
    func act(in fact: Fact) -> String? {
        for stance in fact.stances {
            switch stance.actor {
            case .bothSides: return stance.verb
            case let .entity(id) where people.contains(id): return stance.verb
            default: continue
            }
        }
        for quote in fact.quotes {
            if let speaker = quote.speakerEntityID, people.contains(speaker) { return quote.speakerName ?? speaker }
        }
        return nil
    }
}
