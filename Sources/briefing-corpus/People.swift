/// How an outlet spells names: Korean and wire outlets write "Luong Cuong" and
/// "Vietnam"; Vietnamese outlets keep the diacritics ("Lương Cường", "Việt Nam").
enum Spelling: Sendable {
    case plain
    case vietnamese
}

/// An office a person held from one day to another (compact dates, inclusive).
struct Office: Sendable {
    let from: Int
    let to: Int
    /// The title as it precedes the name: "President", "Prime Minister".
    let title: String
    /// A head of state or government, who holds summits and leaders' calls.
    let isLeader: Bool
}

/// A person who appears in the news, configured in briefings.yaml or not.
struct Person: Sendable {
    let plain: String
    let native: String
    let short: String
    let shortNative: String
    let country: Country
    let offices: [Office]

    func name(_ spelling: Spelling) -> String { spelling == .vietnamese ? native : plain }
    func shortName(_ spelling: Spelling) -> String { spelling == .vietnamese ? shortNative : short }

    /// The office held on `date`, if any.
    func office(on date: CivilDate) -> Office? {
        offices.first { $0.from <= date.compact && date.compact <= $0.to }
    }
}

/// Everyone the generator can write about, with the offices they held in 2019–2025.
enum Roster {
    private static func person(_ plain: String, _ native: String? = nil, short: String, shortNative: String? = nil,
                               _ country: Country, _ offices: [Office]) -> Person {
        Person(plain: plain, native: native ?? plain, short: short, shortNative: shortNative ?? short,
               country: country, offices: offices)
    }

    private static func office(_ from: Int, _ to: Int, _ title: String, leader: Bool = true) -> Office {
        Office(from: from, to: to, title: title, isLeader: leader)
    }

    static let all: [Person] = [
        person("Lee Jae-myung", "Lee Jae Myung", short: "Lee", .korea, [
            office(20180701, 20211025, "Gyeonggi Governor", leader: false),
            office(20220828, 20250409, "Democratic Party leader", leader: false),
            office(20250604, 20991231, "President"),
        ]),
        person("Yoon Suk Yeol", "Yoon Suk-yeol", short: "Yoon", .korea, [
            office(20190725, 20210304, "Prosecutor General", leader: false),
            office(20220510, 20250404, "President"),
        ]),
        person("Moon Jae-in", "Moon Jae-in", short: "Moon", .korea, [office(20170510, 20220509, "President")]),
        person("Han Duck-soo", short: "Han", .korea, [office(20220521, 20250603, "Prime Minister", leader: false)]),
        person("Cho Tae-yul", short: "Cho", .korea, [office(20240111, 20250603, "Foreign Minister", leader: false)]),
        person("Park Jin", short: "Park", .korea, [office(20220512, 20240110, "Foreign Minister", leader: false)]),
        person("Chung Eui-yong", short: "Chung", .korea, [office(20210209, 20220511, "Foreign Minister", leader: false)]),
        person("Kang Kyung-wha", short: "Kang", .korea, [office(20170618, 20210208, "Foreign Minister", leader: false)]),
        person("Luong Cuong", "Lương Cường", short: "Cuong", shortNative: "Cường", .vietnam, [
            office(20210401, 20241020, "Standing member of the Party Secretariat", leader: false),
            office(20241021, 20991231, "State President"),
        ]),
        person("To Lam", "Tô Lâm", short: "Lam", shortNative: "Lâm", .vietnam, [
            office(20160409, 20240521, "Minister of Public Security", leader: false),
            office(20240522, 20241020, "State President"),
            office(20241021, 20991231, "General Secretary"),
        ]),
        person("Nguyen Phu Trong", "Nguyễn Phú Trọng", short: "Trong", shortNative: "Trọng", .vietnam, [
            office(20181023, 20210404, "General Secretary and State President"),
            office(20210405, 20240719, "General Secretary"),
        ]),
        person("Nguyen Xuan Phuc", "Nguyễn Xuân Phúc", short: "Phuc", shortNative: "Phúc", .vietnam, [
            office(20160407, 20210404, "Prime Minister"),
            office(20210405, 20230117, "State President"),
        ]),
        person("Vo Van Thuong", "Võ Văn Thưởng", short: "Thuong", shortNative: "Thưởng", .vietnam, [
            office(20230302, 20240320, "State President"),
        ]),
        person("Pham Minh Chinh", "Phạm Minh Chính", short: "Chinh", shortNative: "Chính", .vietnam, [
            office(20210405, 20991231, "Prime Minister"),
        ]),
        person("Bui Thanh Son", "Bùi Thanh Sơn", short: "Son", shortNative: "Sơn", .vietnam, [
            office(20210408, 20991231, "Foreign Minister", leader: false),
        ]),
        person("Anthony Albanese", short: "Albanese", .australia, [
            office(20190530, 20220522, "Opposition Leader", leader: false),
            office(20220523, 20991231, "Prime Minister"),
        ]),
        person("Scott Morrison", short: "Morrison", .australia, [office(20180824, 20220522, "Prime Minister")]),
        person("Petr Fiala", short: "Fiala", .czech, [
            office(20211217, 20251109, "Prime Minister"),
        ]),
        person("Andrej Babis", "Andrej Babiš", short: "Babis", shortNative: "Babiš", .czech, [
            office(20171206, 20211216, "Prime Minister"),
        ]),
        person("Shigeru Ishiba", short: "Ishiba", .japan, [office(20241001, 20251020, "Prime Minister")]),
        person("Fumio Kishida", short: "Kishida", .japan, [office(20211004, 20240930, "Prime Minister")]),
        person("Yoshihide Suga", short: "Suga", .japan, [office(20200916, 20211003, "Prime Minister")]),
        person("Shinzo Abe", short: "Abe", .japan, [office(20121226, 20200915, "Prime Minister")]),
        person("Joe Biden", short: "Biden", .unitedStates, [office(20210120, 20250119, "President")]),
        person("Donald Trump", short: "Trump", .unitedStates, [
            office(20170120, 20210119, "President"), office(20250120, 20991231, "President"),
        ]),
        person("Xi Jinping", short: "Xi", .china, [office(20130314, 20991231, "President")]),
    ]

    /// People of `country` holding an office on `date` (leaders only, if asked).
    static func holders(of country: Country, on date: CivilDate, leadersOnly: Bool) -> [Person] {
        all.filter { person in
            guard person.country == country, let office = person.office(on: date) else { return false }
            return !leadersOnly || office.isLeader
        }
    }

    /// Presidential spokespeople and officials who brief reporters, by period.
    static func spokesperson(on date: CivilDate) -> String {
        if date.compact >= 20250604 { return "Kang Yu-jung" }
        if date.compact >= 20220510 { return "Kim Eun-hye" }
        return "Park Kyung-mee"
    }

    /// Journalists' bylines for the Korean outlets.
    static let reporters = ["Kim Gyu-tae", "Shin Ji-hye", "Kim Eun-jung", "Park Boram", "Lee Haye-ah", "Choi Si-young",
                            "Jeong Yoon-seo", "Ko Dong-hwan", "Son Ji-hyoung", "Yoo Jee-ho", "Chae Yun-hwan",
                            "Kim Arin", "Ji Da-gyum", "Lee Jeong-joo", "Seo Ji-eun", "Park Han-na", "Sarah Kim"]

    /// Experts quoted for context: name and affiliation.
    static let analysts: [(String, String)] = [
        ("Choi Won-ki", "a professor at the Korea National Diplomatic Academy"),
        ("Lee Jae-hyon", "a senior fellow at the Asan Institute for Policy Studies"),
        ("Nguyen Thi Thu Trang", "director of the WTO Centre at the Vietnam Chamber of Commerce and Industry"),
        ("Kim Heung-chong", "a research fellow at the Korea Institute for International Economic Policy"),
        ("Cho Won-deuk", "an economist at the Korea Development Institute"),
        ("Ha Hoang Hop", "a senior fellow at the ISEAS-Yusof Ishak Institute"),
        ("Park Won-gon", "a professor of North Korean studies at Ewha Womans University"),
        ("Jang Ji-hyang", "a research director at the Asan Institute"),
        ("Tran Viet Thai", "a researcher at the Diplomatic Academy of Vietnam"),
    ]
}

extension Roster {
    /// Business leaders who meet foreign leaders with delegations.
    static let businessLeaders: [Person] = [
        ("Lee Jae-yong", "Lee", "Samsung Electronics Chairman"), ("Chey Tae-won", "Chey", "SK Group Chairman"),
        ("Chung Eui-sun", "Chung", "Hyundai Motor Group Executive Chair"), ("Koo Kwang-mo", "Koo", "LG Group Chairman"),
        ("Shin Dong-bin", "Shin", "Lotte Group Chairman"), ("Cho Hyun-joon", "Cho", "Hyosung Group Chairman"),
    ].map { name, short, title in
        Person(plain: name, native: name, short: short, shortNative: short, country: .korea,
               offices: [Office(from: 20190101, to: 20991231, title: title, isLeader: false)])
    }

    /// Used only if the roster has nobody for a date (it always has someone).
    static let fallbackKorean = Person(plain: "Han Duck-soo", native: "Han Duck-soo", short: "Han", shortNative: "Han",
                                       country: .korea,
                                       offices: [Office(from: 20190101, to: 20991231, title: "Prime Minister", isLeader: true)])
}
