/// A passage of quoted speech in a paragraph and who said it.
public struct Quote: Hashable, Sendable {
    /// The quoted words without the quote marks. A trailing comma before the attribution becomes a full stop
    /// when the quotation opens on a capital and the sentence does not go on in another quotation
    /// ("“We agreed,” Lee said" → "We agreed."); otherwise it is dropped.
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
