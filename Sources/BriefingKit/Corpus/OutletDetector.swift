/// Known outlets and the ways a page names them: masthead lines, self-references, signatures, credits.
enum OutletDetector {
    struct Outlet {
        var name: String
        /// Lowercased names as they stand alone on a masthead or credit line.
        var aliases: [String]
    }

    static let known: [Outlet] = [
        Outlet(name: "Korea JoongAng Daily", aliases: ["korea joongang daily", "joongang daily",
                                                        "koreajoongangdaily.joins.com"]),
        Outlet(name: "The Korea Herald", aliases: ["the korea herald", "korea herald", "koreaherald.com"]),
        Outlet(name: "The Korea Times", aliases: ["the korea times", "korea times", "koreatimes.co.kr"]),
        Outlet(name: "Yonhap News Agency", aliases: ["yonhap news agency", "yonhap", "yonhap news", "yna.co.kr"]),
        Outlet(name: "Viet Nam News", aliases: ["viet nam news", "vietnam news", "vietnamnews.vn", "vna/vns", "vns"]),
        Outlet(name: "VnExpress International", aliases: ["vnexpress international", "vnexpress",
                                                          "e.vnexpress.net"]),
        Outlet(name: "Nhân Dân", aliases: ["nhân dân", "nhan dan", "nhân dân online", "nhandan online",
                                           "nhandan.vn", "en.nhandan.vn"]),
        Outlet(name: "VOV", aliases: ["vov", "voice of vietnam", "vov world", "vov.vn", "english.vov.vn"]),
        Outlet(name: "Vietnam Plus", aliases: ["vietnam plus", "vietnamplus", "vietnamplus.vn"]),
        Outlet(name: "Vietnam News Agency", aliases: ["vietnam news agency", "vna"]),
        Outlet(name: "Reuters", aliases: ["reuters", "thomson reuters"]),
        Outlet(name: "AP", aliases: ["ap", "associated press", "the associated press"]),
        Outlet(name: "AFP", aliases: ["afp", "agence france-presse", "agence france presse"]),
    ]

    private static let byAlias: [String: String] = {
        var table: [String: String] = [:]
        for outlet in known {
            for alias in outlet.aliases { table[alias] = outlet.name }
        }
        return table
    }()

    private static let wrappers: Set<Character> = ["(", ")", "[", "]", "-", "\u{2013}", "\u{2014}", " ", ".", ":", "©", "ⓒ"]
    private static let selfReferenceCues = ["edited by ", "©", "ⓒ", "copyright", "(c) ", "all rights reserved"]

    /// The outlet a whole line names ("Korea JoongAng Daily", "Yonhap", "— VNA/VNS", "(Reuters)").
    static func outlet(named text: String) -> String? {
        guard text.utf8.count <= 60 else { return nil }
        var key = Substring(text.lowercased())
        while let first = key.first, wrappers.contains(first) { key = key.dropFirst() }
        while let last = key.last, wrappers.contains(last) { key = key.dropLast() }
        return byAlias[String(key)]
    }

    /// Whether a closing credit names a wire service, whose copy other outlets print.
    static func isWire(_ signature: String) -> Bool {
        ["yonhap", "reuters", "ap", "afp", "vna", "xinhua", "kyodo", "bloomberg"].contains(signature.lowercased())
    }

    /// The outlet a page names in a self-reference: "edited by Korea JoongAng Daily staff",
    /// "© The Korea Herald", "Copyright Yonhap News Agency", "with the Korea JoongAng Daily".
    static func selfReference(in lower: String) -> String? {
        let isCue = selfReferenceCues.contains { TextShape.contains(lower, $0) } || TextShape.starts(lower, with: "with the ")
        guard isCue else { return nil }
        return longestAlias(in: lower)
    }

    /// The longest alias of three or more letters that occurs in `lower` on word boundaries.
    static func longestAlias(in lower: String) -> String? {
        var best: (length: Int, name: String)?
        for outlet in known {
            for alias in outlet.aliases where alias.count >= 3 && (best?.length ?? 0) < alias.count {
                if containsWord(lower, alias) { best = (alias.count, outlet.name) }
            }
        }
        return best?.name
    }

    private static func containsWord(_ text: String, _ word: String) -> Bool {
        var searchStart = text.startIndex
        while let range = TextShape.firstRange(of: word, in: text[searchStart...]) {
            let beforeOK = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let afterOK = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if beforeOK && afterOK { return true }
            searchStart = text.index(after: range.lowerBound)
        }
        return false
    }
}
