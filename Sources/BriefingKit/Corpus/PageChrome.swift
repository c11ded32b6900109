/// Rules for site chrome: navigation, sharing and comment widgets, related-story headers, tags,
/// translation notes and photo credits. All tests take the lowercased line.
enum PageChrome {
    /// Longer lines are never exact chrome or related-list headers.
    private static let maxExactBytes = 64

    /// Whole lines that are chrome whatever their shape.
    private static let exact: Set<String> = [
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
    private static let weakPrefixes: [String] = [
        "home >", "home ›", "home »", "tags ", "tags:", "tag:", "keywords:", "keywords ", "topics:", "related:",
        "copyright", "log in", "sign in", "share on", "share this", "follow us", "follow the", "click here",
        "subscribe to", "sign up for", "download the", "get the app", "email:", "e-mail:", "reporter's email",
        "email the author", "read more:", "see also:", "also read:", "read also:", "with the korea joongang daily",
        "sponsored", "advertisement", "photo gallery", "watch:", "video:", "listen to",
    ]

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
            let key = lower.last == ":" ? String(lower.dropLast()).trimmingSpaces() : lower[...]
            if exact.contains(String(key)) { return true }
        }
        if strongPrefixes.contains(where: { TextShape.starts(lower, with: $0) }) { return true }
        let rightsReserved = TextShape.ends(lower, with: "all rights reserved.")
            || TextShape.ends(lower, with: "all rights reserved")
            || (TextShape.starts(lower, with: "copyright ") && TextShape.contains(lower, "rights reserved"))
        return rightsReserved && TextShape.wordCount(lower) <= 20
    }

    static func isWeakChrome(_ lower: String) -> Bool {
        if weakPrefixes.contains(where: { TextShape.starts(lower, with: $0) }) { return true }
        if isBreadcrumb(lower) { return true }
        if !lower.utf8.contains(0x20), lower.utf8.contains(UInt8(ascii: "@")) { return true }
        if lower.utf8.contains(where: { $0 >= 0x80 }) {
            let visible = lower.filter { $0 != " " }
            if visible.count <= 2 && !visible.contains(where: \.isNumber) { return true }
            return !lower.contains { $0.isLetter || $0.isNumber }
        }
        // ASCII only: one byte a character.
        var visible = 0
        var alphanumeric = false
        var digit = false
        for byte in lower.utf8 where byte != 0x20 {
            visible += 1
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { digit = true; alphanumeric = true }
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") || byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { alphanumeric = true }
        }
        if visible <= 2 && !digit { return true }
        return !alphanumeric
    }

    static func isRelatedHeader(_ lower: String) -> Bool {
        guard lower.utf8.count <= maxExactBytes else { return false }
        let key = lower.last == ":" ? String(lower.dropLast()).trimmingSpaces() : lower[...]
        if relatedExact.contains(String(key)) { return true }
        return TextShape.wordCount(lower) <= 6 && relatedPrefixes.contains { TextShape.starts(lower, with: $0) }
    }

    /// "Home > National > Diplomacy", "News › World".
    private static func isBreadcrumb(_ lower: String) -> Bool {
        guard TextShape.wordCount(lower) <= 14 else { return false }
        return [" > ", " › ", " » "].contains { TextShape.contains(lower, $0) }
    }

    /// A credit line on its own: "Yonhap", "[YONHAP]", "(Yonhap)", "EPA-Yonhap", "— VNA/VNS", "AFP/Getty Images".
    static func isCreditLine(_ line: String) -> Bool {
        guard line.utf8.count <= 60 else { return false }
        if OutletDetector.outlet(named: line) != nil { return true }
        let first = line.first, last = line.last
        if (first == "[" && last == "]") || (first == "(" && last == ")") {
            let inside = line.dropFirst().dropLast()
            return TextShape.wordCount(inside) <= 5 && !TextShape.hasLowercase(inside)
                || photoCreditWords.contains { TextShape.contains(inside.lowercased(), $0) }
        }
        var parts = 0
        for part in TextShape.asciiLowercased(line).utf8.split(whereSeparator: { $0 == 0x2D || $0 == 0x2F || $0 == 0x20 }) {
            parts += 1
            guard parts <= 4, wireWords.contains(String(decoding: part, as: UTF8.self)) else { return false }
        }
        return parts > 0
    }

    static let wireWords: Set<String> = [
        "yonhap", "afp", "ap", "reuters", "epa", "newsis", "news1", "vna", "vns", "xinhua", "kyodo", "bloomberg",
        "getty", "images", "pool", "photo", "photos", "jiji", "efe", "ansa", "dpa", "upi", "tass", "ria",
    ]

    /// Words that mark a parenthesised ending as a photo credit.
    static let photoCreditWords: [String] = [
        "photo", "courtesy", "office", "ministry", "pool", "getty", "images", "capture", "provided", "corps",
        "handout", "screenshot", "file", "press", "embassy", "government", "agency", "illustration", "graphic",
    ]
}
