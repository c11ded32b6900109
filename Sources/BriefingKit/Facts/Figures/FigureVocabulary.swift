/// Currency signs and codes, time units and qualifiers the figure extractor recognises.
enum FigureVocabulary {
    /// A currency sign written before the amount.
    static func currencySign(_ tokens: [SentenceToken], _ index: Int) -> String? {
        currencySigns[tokens, index]
    }

    /// Asked of every symbol of a sentence (commas and full stops mostly): a table, not a `switch` over strings.
    private static let currencySigns = WordTable<String>(["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₫": "VND"])

    /// The dollar a country prefix names when joined to "$": "US$", "A$", "HK$".
    static func dollarPrefix(_ word: String) -> String? {
        switch word {
        case "us": "USD"
        case "a", "au": "AUD"
        case "c", "ca": "CAD"
        case "hk": "HKD"
        case "s", "sg": "SGD"
        case "nz": "NZD"
        default: nil
        }
    }

    /// An upper-case ISO code written before or after the amount ("VND 10 trillion", "5 million USD").
    static func currencyCode(_ tokens: [SentenceToken], _ index: Int) -> String? {
        currencyCodes[tokens, index]
    }

    /// Looked up in a table: a `switch` over strings compares with every case, and this is asked of every word.
    private static let currencyCodes = WordTable<String>({
        let codes = ["usd", "krw", "vnd", "eur", "jpy", "cny", "gbp", "aud", "cad", "sgd", "hkd", "chf", "inr", "thb",
                     "idr", "php", "myr", "nzd"]
        var table = Dictionary(uniqueKeysWithValues: codes.map { ($0, $0.uppercased()) })
        table["rmb"] = "CNY"
        return table
    }())

    /// A currency named after the amount ("26 trillion won").
    static func currencyWord(_ tokens: [SentenceToken], _ index: Int) -> String? {
        currencyWords[tokens, index]
    }

    private static let currencyWords = WordTable<String>([
        "won": "KRW", "dong": "VND", "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "yen": "JPY",
        "yuan": "CNY", "renminbi": "CNY", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "rupee": "INR",
        "rupees": "INR",
    ])

    /// Units that make a number a duration; months and years make it a count unless hyphenated ("two-year term").
    static func timeUnit(_ singular: String) -> (unit: String, isDuration: Bool)? {
        switch singular {
        case "second", "minute", "hour", "day", "week": (singular, true)
        case "month", "year", "decade", "century": (singular, false)
        case "min", "mins": ("minute", true)
        case "hr", "hrs": ("hour", true)
        default: nil
        }
    }

    /// The qualifier ending at `index` (inclusive), if any: "more than", "up to", "about".
    static func qualifier(_ tokens: [SentenceToken], endingAt index: Int) -> (text: String, first: Int)? {
        guard index >= 0, tokens[index].isWord else { return nil }
        let word = tokens[index].text
        let before = index > 0 && tokens[index - 1].isWord ? tokens[index - 1].text : ""
        let twoBefore = index > 1 && tokens[index - 2].isWord ? tokens[index - 2].text : ""
        switch (twoBefore, before, word) {
        case ("as", "many", "as"), ("as", "much", "as"), ("in", "excess", "of"):
            return ("\(twoBefore) \(before) \(word)", index - 2)
        case (_, "close", "to"), (_, "up", "to"), (_, "more", "than"), (_, "less", "than"), (_, "fewer", "than"),
             (_, "at", "least"), (_, "upwards", "of"), (_, "just", "over"), (_, "just", "under"), (_, "well", "over"),
             (_, "at", "most"):
            return ("\(before) \(word)", index - 1)
        case (_, _, "over"), (_, _, "about"), (_, _, "approximately"), (_, _, "around"), (_, _, "nearly"),
             (_, _, "almost"), (_, _, "roughly"), (_, _, "some"), (_, _, "under"), (_, _, "above"), (_, _, "below"),
             (_, _, "by"), (_, _, "up"), (_, _, "down"), (_, _, "approx"), (_, _, "since"), (_, _, "until"):
            return (word, index)
        default:
            return nil
        }
    }
}
