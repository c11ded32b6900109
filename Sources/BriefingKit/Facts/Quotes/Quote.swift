/// A passage of quoted speech in a paragraph and who said it.
public struct Quote: Hashable, Sendable {
    /// The quoted words without the quote marks. A trailing comma before the attribution becomes a full stop
    /// when the quotation opens on a capital ("“We agreed,” Lee said" → "We agreed."), and is dropped otherwise;
    /// a sentence the attribution splits is joined again ("…,” Lee said, “and …" → "…, and …").
    public var text: String
    /// The speaker as written: "Kang Yu-jung", "Lee", "an official from the spokesperson’s office".
    public var speakerName: String?
    /// The configured entity the speaker resolves to, when there is one.
    public var speakerEntityID: String?
    /// The sentences of the paragraph the quotation spans.
    public var sentenceIndices: ClosedRange<Int>

    public init(text: String, speakerName: String?, speakerEntityID: String?, sentenceIndices: ClosedRange<Int>) {
        self.text = text
        self.speakerName = speakerName
        self.speakerEntityID = speakerEntityID
        self.sentenceIndices = sentenceIndices
    }
}
