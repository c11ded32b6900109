/// The countries stories involve, with the names and places outlets use for them.
enum Country: Sendable, CaseIterable {
    case korea, vietnam, australia, czech, japan, unitedStates, china

    /// The name in running text: "South Korea", "the RoK", "Việt Nam".
    func names(_ spelling: Spelling) -> [String] {
        switch (self, spelling) {
        case (.korea, .plain): return ["South Korea", "Korea", "South Korea"]
        case (.korea, .vietnamese): return ["the RoK", "the Republic of Korea", "the RoK"]
        case (.vietnam, .plain): return ["Vietnam"]
        case (.vietnam, .vietnamese): return ["Việt Nam"]
        case (.australia, _): return ["Australia"]
        case (.czech, _): return ["the Czech Republic", "Czechia"]
        case (.japan, _): return ["Japan"]
        case (.unitedStates, _): return ["the United States", "the U.S."]
        case (.china, _): return ["China"]
        }
    }

    /// The first, formal name: used where a name must be unambiguous.
    func name(_ spelling: Spelling) -> String { names(spelling)[0] }

    var demonym: String {
        switch self {
        case .korea: return "Korean"
        case .vietnam: return "Vietnamese"
        case .australia: return "Australian"
        case .czech: return "Czech"
        case .japan: return "Japanese"
        case .unitedStates: return "U.S."
        case .china: return "Chinese"
        }
    }

    /// Cities where meetings take place, as (plain, Vietnamese-outlet spelling).
    var cities: [(String, String)] {
        switch self {
        case .korea: return [("Seoul", "Seoul"), ("Gyeongju", "Gyeongju"), ("Busan", "Busan"), ("Incheon", "Incheon")]
        case .vietnam: return [("Hanoi", "Hà Nội"), ("Ho Chi Minh City", "HCM City"), ("Da Nang", "Đà Nẵng"),
                               ("Hai Phong", "Hải Phòng")]
        case .australia: return [("Canberra", "Canberra"), ("Sydney", "Sydney"), ("Melbourne", "Melbourne")]
        case .czech: return [("Prague", "Prague"), ("Brno", "Brno")]
        case .japan: return [("Tokyo", "Tokyo"), ("Hiroshima", "Hiroshima")]
        case .unitedStates: return [("Washington", "Washington"), ("New York", "New York")]
        case .china: return [("Beijing", "Beijing")]
        }
    }

    /// The year diplomatic relations with South Korea were established.
    var tiesYear: Int {
        switch self {
        case .vietnam: return 1992
        case .australia: return 1961
        case .czech: return 1990
        case .japan: return 1965
        case .unitedStates: return 1882
        case .china: return 1992
        case .korea: return 1948
        }
    }

    /// The current framework of relations with South Korea.
    var partnership: String {
        switch self {
        case .vietnam: return "comprehensive strategic partnership"
        case .australia: return "comprehensive strategic partnership"
        case .czech: return "strategic partnership"
        case .japan: return "bilateral relations"
        case .unitedStates: return "alliance"
        case .china: return "strategic cooperative partnership"
        case .korea: return "bilateral relations"
        }
    }
}

/// A city in a country, spelt for an outlet.
struct Place: Sendable {
    let country: Country
    let plain: String
    let native: String

    func name(_ spelling: Spelling) -> String { spelling == .vietnamese ? native : plain }
}
