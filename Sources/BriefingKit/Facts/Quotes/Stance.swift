/// What a party did, as reported.
public enum StanceAct: String, Sendable, Codable, CaseIterable {
    case agreed, proposed, requested, pledged, invited, congratulated, thanked, expressedConcern
}

/// Who did it: one configured entity, both parties of the meeting, or someone not resolved.
public enum StanceActor: Hashable, Sendable {
    case entity(String)
    case bothSides
    case unknown
}

/// One act found in a sentence, with its actor and the verb phrase that expresses it.
public struct Stance: Hashable, Sendable {
    public var actor: StanceActor
    public var act: StanceAct
    /// The verb phrase as written: "suggested", "asked for", "expressed serious concerns".
    public var verb: String
    /// Where the verb phrase is in the sentence.
    public var range: Range<String.Index>

    public init(actor: StanceActor, act: StanceAct, verb: String, range: Range<String.Index>) {
        self.actor = actor
        self.act = act
        self.verb = verb
        self.range = range
    }
}
