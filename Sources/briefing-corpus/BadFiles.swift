/// The files a real crawl also contains and a reader must skip or survive:
/// empty files, binary junk, Latin-1 text, and articles in other languages.
enum BadFiles {
    enum Kind: CaseIterable {
        case empty, binary, latin1, vietnamese, german
    }

    static func make(_ kind: Kind, story: Story, rng: inout SeededRandom) -> [UInt8] {
        switch kind {
        case .empty:
            return []
        case .binary:
            var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] // a PNG saved as .txt
            for _ in 0..<rng.int(200...4000) { bytes.append(UInt8(truncatingIfNeeded: rng.next())) }
            return bytes
        case .latin1:
            return latin1(german(story: story, rng: &rng) + "\nCaf\u{E9}-Gespr\u{E4}che \u{A0}\u{B7} \u{A9} Nachrichten")
        case .vietnamese:
            return Array(vietnamese(story: story, rng: &rng).utf8)
        case .german:
            return Array(german(story: story, rng: &rng).utf8)
        }
    }

    /// Encodes as ISO-8859-1 (so the file is not valid UTF-8); other characters become "?".
    static func latin1(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") }
    }

    private static func vietnamese(story: Story, rng: inout SeededRandom) -> String {
        let a = story.a.name(.vietnamese)
        let b = story.b.name(.vietnamese)
        let day = "ngày \(story.date.day) tháng \(story.date.month) năm \(story.date.year)"
        let sentences = [
            "Chủ tịch nước \(b) đã có cuộc điện đàm với Tổng thống Hàn Quốc \(a) vào \(day).",
            "Hai nhà lãnh đạo nhất trí thúc đẩy hợp tác trong các lĩnh vực thương mại, đầu tư, năng lượng hạt nhân và đường sắt tốc độ cao.",
            "Kim ngạch thương mại song phương đạt \(rng.int(60...90)) tỷ USD, hướng tới mục tiêu \(story.tradeTarget) tỷ USD vào năm 2030.",
            "\(a) khẳng định Hàn Quốc coi Việt Nam là đối tác quan trọng hàng đầu trong khu vực.",
            "Hai bên nhất trí tăng cường phối hợp tại các diễn đàn khu vực và quốc tế, trong đó có APEC và ASEAN.",
            "Nhân dịp này, \(b) mời \(a) sớm thăm Việt Nam; \(a) vui vẻ nhận lời.",
        ]
        return " date \(story.date.iso) HÀ NỘI \u{2014} " + sentences.prefix(rng.int(3...6)).joined(separator: "\n\n") + " \u{2014} TTXVN"
    }

    private static func german(story: Story, rng: inout SeededRandom) -> String {
        let a = story.a.plain
        let b = story.b.plain
        let sentences = [
            "Der südkoreanische Präsident \(a) hat am \(story.date.weekdayName.germanWeekday) mit \(b) telefoniert.",
            "Beide Seiten vereinbarten, die Zusammenarbeit in den Bereichen Handel, Kernenergie und Hochgeschwindigkeitszüge zu vertiefen.",
            "Das Handelsvolumen soll bis \(story.targetYear) auf \(story.tradeTarget) Milliarden US-Dollar steigen, teilte das Präsidialamt mit.",
            "\(b) lud \(a) zu einem Besuch ein; ein Termin steht noch nicht fest.",
            "Beobachter werten das Gespräch als Zeichen einer pragmatischen Außenpolitik.",
        ]
        return "Südkorea und \(story.b.country.name(.plain)) vertiefen Zusammenarbeit\n\n"
            + sentences.prefix(rng.int(3...5)).joined(separator: "\n\n") + "\n\n(dpa)"
    }
}

extension String {
    /// The German name of an English weekday name.
    var germanWeekday: String {
        let names = ["Sunday": "Sonntag", "Monday": "Montag", "Tuesday": "Dienstag", "Wednesday": "Mittwoch",
                     "Thursday": "Donnerstag", "Friday": "Freitag", "Saturday": "Samstag"]
        return names[self] ?? self
    }
}
