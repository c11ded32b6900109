/// What a figure measures.
public enum FigureKind: String, Sendable, Codable {
    case money, percent, duration, count, year
}

/// A number found in a sentence, normalised, with its unit and hedging word.
public struct Figure: Hashable, Sendable {
    public var kind: FigureKind
    /// The span as written, including any qualifier: "US$150 billion", "over 7 per cent".
    public var text: String
    /// Where `text` sits in the sentence.
    public var range: Range<String.Index>
    /// Normalised value: 150_000_000_000 for "US$150 billion", 7 for "7%", 2030 for "by 2030".
    public var value: Double
    /// ISO currency code ("" when unstated), "percent", a time unit, or the counted noun in singular.
    public var unit: String
    /// A hedge or bound written before the number: "over", "about", "more than", "by", "up to".
    public var qualifier: String?
    /// Index of the figure restating this one in another unit: "26 trillion won ($19.17 billion)".
    public var linkedTo: Int?

    public init(kind: FigureKind, text: String, range: Range<String.Index>, value: Double, unit: String,
                qualifier: String? = nil, linkedTo: Int? = nil) {
        self.kind = kind
        self.text = text
        self.range = range
        self.value = value
        self.unit = unit
        self.qualifier = qualifier
        self.linkedTo = linkedTo
    }
}
