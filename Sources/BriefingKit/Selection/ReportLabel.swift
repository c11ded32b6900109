/// What clustering knows of a text besides its words, packed into the one `Int32` label the clusterer reads per
/// member: its own event day (`ReportGrouper.eventDay`) and the people it names.
///
/// Wire copy repeats a sentence with another leader's name in it: "Yoon is expected to propose that the two sides
/// open more places for Vietnamese workers" and the same of Lee, a year apart and both undated, share all their
/// words but one, and became one item of 195 reports. Two texts that each name people, and none the same, are not
/// one report, and neither are two items whose reports name different people (a report that names nobody, such
/// as "The Korean leader is expected to …", joins one of them, not both); nor are two that share one person but
/// not the other ("Lee and Albanese agreed …", "Lee and Cường agreed …"). The people named are kept as bits (a person's place among the configured ones, modulo the bits there
/// are); two people on one bit only let a pair through that their names would have kept apart, as before.
enum ReportLabel {
    /// Bits for the people named; the day takes the 20 above them (±1,400 years around 1970), 0 for none.
    static let personBitCount = 11
    private static let personMask: Int32 = (1 << personBitCount) - 1
    private static let dayOffset = 1 << 19

    /// The bit of each of `people`, by their order.
    static func personBits(_ people: Set<String>) -> [String: Int32] {
        Dictionary(uniqueKeysWithValues: people.sorted().enumerated().map { ($1, Int32(1) << Int32($0 % personBitCount)) })
    }

    /// The label of a text whose own event day is `day` (`Int32.min` when it has none) and whose entities are `entities`.
    static func label(day: Int32, people entities: [String], bits: [String: Int32]) -> Int32 {
        var named: Int32 = 0
        if !bits.isEmpty { for entity in entities { named |= bits[entity] ?? 0 } }
        let dayField = day == .min ? 0 : Int32(min(max(Int(day) + dayOffset, 1), (1 << 20) - 1))
        return dayField << Int32(personBitCount) | named
    }

    /// The event day a label holds, as `ReportGrouper.eventDay` gives it (`Int32.min` for none).
    @inline(__always)
    private static func day(of label: Int32) -> Int32 {
        let field = label >> Int32(personBitCount)
        return field == 0 ? .min : field - Int32(dayOffset)
    }

    /// The bits of the people a label's text names.
    @inline(__always)
    static func people(_ label: Int32) -> Int32 {
        label & personMask
    }

    /// Whether two texts, by their labels, may report one fact: not when both give their own event days and those
    /// are more than three days apart (`ReportGrouper.mayBeSameEvent`, which this asks), nor when the people of
    /// each are not all among the other's (`peopleMayMeet`).
    @inline(__always)
    static func mayBeOneReport(_ first: Int32, _ second: Int32) -> Bool {
        guard ReportGrouper.mayBeSameEvent(day(of: first), day(of: second)) else { return false }
        return peopleMayMeet(first & personMask, second & personMask)
    }

    /// Whether texts (or sets of them) with these people bits may report one fact: when the people of one are all among
    /// the other's. "Lee and Albanese agreed …" and "Lee and Cường agreed …" share Lee, yet are two agreements;
    /// "Lee agreed …" may be either, and a text that names nobody any.
    @inline(__always)
    static func peopleMayMeet(_ one: Int32, _ other: Int32) -> Bool {
        let both = one & other
        return both == one || both == other
    }
}
