/// Rules for site chrome: navigation, sharing and comment widgets, related-story headers, tags,
/// translation notes and photo credits. All tests take the lowercased line.
enum PageChrome {
    /// Longer lines are never exact chrome or related-list headers.
    private static let maxExactBytes = 64

    /// Whole lines that are chrome whatever their shape.
    static let exact: Set<String> = [
        "print", "dictionary", "print dictionary print", "send to", "send", "share", "share this", "share this article",
        "share on facebook", "share on twitter", "facebook", "twitter", "x", "kakaotalk", "kakao story", "line",
        "linkedin", "email", "e-mail", "copy link", "copy url", "url copied", "link copied", "font size", "text size",
        "a a", "a+", "a-", "a+ a-", "aa", "listen", "listen to this article", "subscribe", "newsletter",
        "advertisement", "ad", "ads", "sponsored", "log in", "login", "sign in", "sign up", "register", "log out",
        "logout", "menu", "search", "close", "back to top", "top", "go to top", "comment", "comments",
        "leave a comment", "write a comment", "home", "next", "previous", "prev", "next article",
        "previous article", "list", "more", "see more", "view more", "load more", "show more", "lock icon",
        "help-image social comment?", "log in to twitter or facebook account to connect",
        "to write comments, please log in to one of the accounts.", "related article", "tags", "keywords",
        "topics", "photo", "video", "audio", "gallery", "view gallery", "enlarge", "zoom", "skip to content",
        "skip to main content", "toggle navigation", "open menu", "accept", "accept cookies", "all rights reserved",
        "ok", "cancel", "submit", "reply", "like", "report", "translate", "english", "tiếng việt", "한국어", "(end)",
        "end", "reporter's email", "email the author", "minute read", "min read", "print this article",
        "reprints", "permalink", "bookmark", "save", "saved", "follow", "following", "top stories",
    ]

    /// Line openings that are chrome whatever follows (widgets and credits that read like sentences).
    static let strongPrefixes: [String] = [
        "standards board policy", "translated from the", "translated by ", "this article was translated",
        "this article was originally", "copyright ©", "copyright (c)", "©", "ⓒ", "(c) ", "all rights reserved",
        "to write comments", "log in to twitter", "help-image", "please log in", "please sign in",
        "this story has been corrected", "this article has been updated", "our standards:", "reporting by ",
        "additional reporting by ", "editing by ", "writing by ", "compiled by ", "read the original article",
    ]

    /// Line openings that are chrome only when the line is not running text.
    static let weakPrefixes: [String] = [
        "home >", "home ›", "home »", "tags ", "tags:", "tag:", "keywords:", "keywords ", "topics:", "related:",
        "copyright", "log in", "sign in", "share on", "share this", "follow us", "follow the", "click here",
        "subscribe to", "sign up for", "download the", "get the app", "email:", "e-mail:", "reporter's email",
        "email the author", "read more:", "see also:", "also read:", "read also:", "with the korea joongang daily",
        "sponsored", "advertisement", "photo gallery", "watch:", "video:", "listen to",
    ]

    /// `strongPrefixes`, for the classifier's running-text shortcut as well.
    static let strongPrefixTable = PrefixTable(strongPrefixes)
    private static let weakPrefixTable = PrefixTable(weakPrefixes)

    /// Headers after which a list of other stories' headlines follows.
    private static let relatedExact: Set<String> = [
        "related stories", "related articles", "related news", "related", "more stories", "most popular",
        "most read", "most viewed", "most commented", "latest news", "latest stories", "latest", "trending",
        "trending now", "top news", "editor's picks", "editors' picks", "you may also like", "you might also like",
        "recommended", "recommended stories", "read more", "see also", "also read", "other news", "popular",
        "hot news", "in other news", "more news", "news in brief", "what to read next", "read next",
    ]
    private static let relatedPrefixes = ["more in ", "more from ", "latest in ", "more on ", "other stories in "]

    static func isStrongChrome(_ lower: String) -> Bool {
        if lower.utf8.count <= maxExactBytes {
            let key = endsInColon(lower) ? String(lower.dropLast(1)).trimmingSpaces() : lower[...]
            if exact.contains(String(key)) { return true }
        }
        if strongPrefixTable.matchesStart(of: lower) { return true }
        let rightsReserved = TextShape.ends(lower, with: "all rights reserved.")
            || TextShape.ends(lower, with: "all rights reserved")
            || (TextShape.starts(lower, with: "copyright ") && TextShape.contains(lower, "rights reserved"))
        return rightsReserved && TextShape.wordCount(lower) <= 20
    }

    static func isWeakChrome(_ lower: String) -> Bool {
        if weakPrefixTable.matchesStart(of: lower) { return true }
        if isBreadcrumb(lower) { return true }
        // One pass over the bytes; for ASCII text one byte is one character.
        var space = false, at = false, nonASCII = false
        var visible = 0
        var alphanumeric = false
        var digit = false
        UTF8Scalars.withBytes(of: lower) { bytes in
            for byte in bytes {
                if byte == 0x20 {
                    space = true
                    continue
                }
                visible += 1
                if byte >= 0x80 { nonASCII = true }
                if byte == UInt8(ascii: "@") { at = true }
                if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digit = true; alphanumeric = true }
                if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { alphanumeric = true }
            }
        }
        if !space, at { return true }
        if nonASCII {
            let visible = SpaceBytes.withoutSpaces(lower)
            // At most two characters: walks no further than the third.
            let short = visible.index(visible.startIndex, offsetBy: 3, limitedBy: visible.endIndex) == nil
            if short && !visible.contains(where: \.isNumber) { return true }
            return !lower.contains { $0.isLetter || $0.isNumber }
        }
        if visible <= 2 && !digit { return true }
        return !alphanumeric
    }

    static func isRelatedHeader(_ lower: String) -> Bool {
        guard lower.utf8.count <= maxExactBytes else { return false }
        let key = endsInColon(lower) ? String(lower.dropLast(1)).trimmingSpaces() : lower[...]
        if relatedExact.contains(String(key)) { return true }
        return TextShape.wordCount(lower) <= 6 && relatedPrefixes.contains { TextShape.starts(lower, with: $0) }
    }

    /// Whether the last character is ":" (tested on the last byte first, which every such line ends in).
    private static func endsInColon(_ lower: String) -> Bool {
        lower.utf8.last == UInt8(ascii: ":") && lower.last == ":"
    }

    /// "Home > National > Diplomacy", "News › World".
    private static func isBreadcrumb(_ lower: String) -> Bool {
        UTF8Scalars.withBytes(of: lower) { bytes in
            guard TextShape.wordCount(bytes, stoppingAfter: 14) <= 14 else { return false }
            // Every separator starts with a space: only the spaces are tried.
            for start in bytes.indices where bytes[start] == 0x20 {
                let rest = bytes.count - start
                if breadcrumbSeparators.contains(where: { separator in
                    separator.count <= rest && separator.indices.allSatisfy { bytes[start + $0] == separator[$0] }
                }) {
                    return true
                }
            }
            return false
        }
    }

    private static let breadcrumbSeparators = [" > ", " › ", " » "].map { Array($0.utf8) }

    /// A credit line on its own: "Yonhap", "[YONHAP]", "(Yonhap)", "EPA-Yonhap", "— VNA/VNS", "AFP/Getty Images".
    static func isCreditLine(_ line: String) -> Bool {
        guard line.utf8.count <= 60 else { return false }
        if OutletDetector.outlet(named: line) != nil { return true }
        // A first character "[" starts with that byte, a last character "]" ends with that byte.
        let firstByte = line.utf8.first, lastByte = line.utf8.last
        if (firstByte == UInt8(ascii: "[") && lastByte == UInt8(ascii: "]")) || (firstByte == UInt8(ascii: "(") && lastByte == UInt8(ascii: ")")) {
            let first = line.first, last = line.last
            if (first == "[" && last == "]") || (first == "(" && last == ")") {
                let inside = line.dropFirst().dropLast(1)
                return TextShape.wordCount(inside) <= 5 && !TextShape.hasLowercase(inside)
                    || photoCreditWords.contains { TextShape.contains(inside.lowercased(), $0) }
            }
        }
        return UTF8Scalars.withBytes(of: line, isWireWords)
    }

    /// One to four wire words ("EPA-Yonhap", "AFP/Getty Images") split at "-", "/" and spaces, in any case.
    private static func isWireWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var parts = 0
        var start = 0
        for end in 0...bytes.count {
            guard end == bytes.count || bytes[end] == 0x2D || bytes[end] == 0x2F || bytes[end] == 0x20 else { continue }
            defer { start = end + 1 }
            guard end > start else { continue }
            parts += 1
            guard parts <= 4, end - start <= longestWireWordBytes else { return false }
            let word = String(unsafeUninitializedCapacity: end - start) { out in
                for offset in 0..<(end - start) { out[offset] = TextShape.asciiLower(bytes[start + offset]) }
                return end - start
            }
            guard wireWords.contains(word) else { return false }
        }
        return parts > 0
    }

    static let wireWords: Set<String> = [
        "yonhap", "afp", "ap", "reuters", "epa", "newsis", "news1", "vna", "vns", "xinhua", "kyodo", "bloomberg",
        "getty", "images", "pool", "photo", "photos", "jiji", "efe", "ansa", "dpa", "upi", "tass", "ria",
    ]

    private static let longestWireWordBytes = wireWords.map(\.utf8.count).max() ?? 0

    /// Words that mark a parenthesised ending as a photo credit.
    static let photoCreditWords: [String] = [
        "photo", "courtesy", "office", "ministry", "pool", "getty", "images", "capture", "provided", "corps",
        "handout", "screenshot", "file", "press", "embassy", "government", "agency", "illustration", "graphic",
    ]
}
