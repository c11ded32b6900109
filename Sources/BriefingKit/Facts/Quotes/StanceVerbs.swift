/// How a stance verb is inflected, which decides where its subject is.
enum VerbForm: Sendable {
    /// "agreed", "urges", "agree": subject before it.
    case finite
    /// "expressing", "pledging": subject of the main clause.
    case gerund
}

/// What must follow a verb for it to count.
enum VerbCondition: Sendable {
    case none
    /// Exactly these words next: "asked for", "called on", "put forward".
    case followedBy([String])
    /// One of these nouns within a few words: "expressed (his sincere) thanks", "extended an invitation".
    case objectWithin(Set<String>)
    /// A word object that is not a question word ("asked Vietnam to", not "asked whether" or "he asked.").
    case requestObject
    /// A future or readiness word later in the clause: "confirmed that Việt Nam will".
    case commitmentAhead
    /// Not "thanks to".
    case notFollowedByTo
}

struct VerbEntry: Sendable {
    var act: StanceAct
    var form: VerbForm
    var condition: VerbCondition
}

/// The stance verb table, keyed by the verb's first word (lowercase). Entries for one word are tried in order.
enum StanceVerbs {
    private static let expressObjects: [(Set<String>, StanceAct)] = [
        (["thanks", "gratitude", "appreciation"], .thanked),
        (["concern", "concerns"], .expressedConcern),
        (["readiness", "willingness"], .pledged),
    ]

    static let table: WordTable<[VerbEntry]> = {
        var table: [String: [VerbEntry]] = [:]
        func add(_ words: [String], _ act: StanceAct, _ form: VerbForm = .finite, _ condition: VerbCondition = .none) {
            for word in words { table[word, default: []].append(VerbEntry(act: act, form: form, condition: condition)) }
        }
        add(["agreed", "agree", "agrees", "consented", "consents", "concurred", "concur"], .agreed)
        add(["agreeing", "consenting"], .agreed, .gerund)
        add(["reached", "reach"], .agreed, .finite, .followedBy(["consensus"]))
        add(["reached", "reach"], .agreed, .finite, .followedBy(["a", "consensus"]))
        add(["reached", "reach"], .agreed, .finite, .followedBy(["an", "agreement"]))

        add(["proposed", "propose", "proposes", "suggested", "suggest", "suggests"], .proposed)
        add(["proposing", "suggesting"], .proposed, .gerund)
        add(["put", "puts"], .proposed, .finite, .followedBy(["forward"]))
        add(["put", "puts"], .proposed, .finite, .followedBy(["forth"]))

        add(["asked", "asks"], .requested, .finite, .followedBy(["for"]))
        add(["called", "calls"], .requested, .finite, .followedBy(["on"]))
        add(["called"], .requested, .finite, .followedBy(["for"]))
        add(["calling"], .requested, .gerund, .followedBy(["on"]))
        add(["calling"], .requested, .gerund, .followedBy(["for"]))
        add(["asked", "asks"], .requested, .finite, .requestObject)
        add(["asking"], .requested, .gerund, .requestObject)
        add(["urged", "urge", "urges", "requested"], .requested)
        add(["urging", "requesting"], .requested, .gerund)

        add(["pledged", "pledge", "pledges", "vowed", "vow", "vows", "promised", "promise"], .pledged)
        add(["pledging", "vowing", "promising"], .pledged, .gerund)
        add(["committed", "commits"], .pledged, .finite, .followedBy(["to"]))
        add(["confirmed", "confirms", "reaffirmed"], .pledged, .finite, .commitmentAhead)

        add(["invited", "invite", "invites"], .invited)
        add(["inviting"], .invited, .gerund)
        add(["extended", "extends"], .invited, .finite, .objectWithin(["invitation"]))
        add(["extending"], .invited, .gerund, .objectWithin(["invitation"]))

        add(["congratulated", "congratulate", "congratulates"], .congratulated)
        add(["conveyed", "extended", "sent", "offered"], .congratulated, .finite, .objectWithin(["congratulations"]))
        add(["congratulating"], .congratulated, .gerund)

        add(["thanked", "thank"], .thanked)
        add(["thanks"], .thanked, .finite, .notFollowedByTo)
        add(["thanking"], .thanked, .gerund)

        for (objects, act) in expressObjects {
            add(["expressed", "expresses", "voiced", "voices", "raised"], act, .finite, .objectWithin(objects))
            add(["expressing", "voicing", "raising"], act, .gerund, .objectWithin(objects))
        }
        return WordTable(table)
    }()

    /// Words whose presence before a verb makes it an adjective or a passive: "the agreed plan", "as agreed".
    static let adjectivalPredecessors = WordTable(Lexicon.determiners.members + ["as", "to"])

    static let questionWords = WordTable(["about", "whether", "if", "how", "what", "why", "when", "where", "who"])

    static let commitmentWords = WordTable(["will", "would", "ready", "shall"])

    /// Lowercase beginnings of every table word, grouped by first letter; a sentence with no word starting so
    /// has no stance.
    private static let stems: [[[UInt8]]] = {
        var groups = [[[UInt8]]](repeating: [], count: 26)
        for stem in ["agre", "conse", "concur", "reach", "propos", "sugges", "put", "ask", "call", "urg", "request",
                     "pledg", "vow", "promis", "commit", "confirm", "reaffirm", "invit", "extend", "convey", "sent",
                     "offer", "congrat", "thank", "express", "voic", "rais"] {
            let bytes = Array(stem.utf8)
            groups[Int(bytes[0] - 0x61)].append(bytes)
        }
        return groups
    }()

    /// Cheap pre-check over the sentence's bytes: does any word start like a stance verb?
    static func mightContainTrigger(_ text: String) -> Bool {
        WordScanner.withUTF8(text) { bytes in
            var previousIsLetter = false
            for index in bytes.indices {
                let byte = bytes[index]
                let lower = byte | 0x20
                let isASCIILetter = lower >= 0x61 && lower <= 0x7A
                if isASCIILetter, !previousIsLetter {
                    for stem in stems[Int(lower - 0x61)] where matches(stem, bytes, at: index) { return true }
                }
                previousIsLetter = isASCIILetter || byte >= 0x80
            }
            return false
        }
    }

    private static func matches(_ stem: [UInt8], _ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard bytes.count - start >= stem.count else { return false }
        for offset in 1..<stem.count where bytes[start + offset] | 0x20 != stem[offset] { return false }
        return true
    }
}
