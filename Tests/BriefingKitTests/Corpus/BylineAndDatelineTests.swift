import Testing
@testable import BriefingKit

@Suite("Bylines and datelines")
struct BylineAndDatelineTests {
    static let bylines: [(String, [String])] = [
        ("BY KIM GYU-TAE [[email protected]]", ["Kim Gyu-tae"]),
        ("By Shin Ji-hye", ["Shin Ji-hye"]),
        ("By Kim A and Lee B", ["Kim A", "Lee B"]),
        ("By Kim Eun-jung, Park Boram & Lee Haye-ah", ["Kim Eun-jung", "Park Boram", "Lee Haye-ah"]),
        ("By Shin Ji-hye Senior Reporter", ["Shin Ji-hye"]),
        ("By Nam Hyun-woo, Staff Reporter", ["Nam Hyun-woo"]),
        ("ByShin Ji-hye", ["Shin Ji-hye"]),
        ("by Francesco Guarascio, Reuters", ["Francesco Guarascio"]),
        ("Written by Nguyen Minh Anh | 5 Minute Read", ["Nguyen Minh Anh"]),
        ("By Lee Jae-lim kim.jl@joongang.co.kr", ["Lee Jae-lim"]),
        ("By Ursula von der Leyen", ["Ursula von der Leyen"]),
    ]

    @Test(arguments: bylines)
    func readsNames(_ form: (String, [String])) {
        #expect(BylineParser.names(in: form.0) == form.1, "\(form.0)")
    }

    @Test(arguments: [
        "Email the author", "3 Minute Read", "By Staff", "By Yonhap", "By the end of the year",
        "By 2030, bilateral trade should reach 150 billion dollars, the two leaders said.", "By June, talks resume",
        "Byun Hee-jin", "Senior Reporter",
    ])
    func rejectsNonBylines(_ line: String) {
        #expect(BylineParser.names(in: line) == nil, "\(line)")
    }

    static let datelines: [(String, String, String?)] = [
        ("HÀ NỘI — State President Lương Cường on Thursday held phone talks.", "Hà Nội", nil),
        ("GYEONGJU — Vietnamese State President Lương Cường held talks.", "Gyeongju", nil),
        ("SEOUL, June 12 (Yonhap) -- South Korea and Vietnam agreed Thursday.", "Seoul", "Yonhap"),
        ("HANOI (Reuters) - Vietnam's exports rose sharply in May.", "Hanoi", "Reuters"),
        ("WASHINGTON (AP) — The United States and Vietnam held talks.", "Washington", "AP"),
        ("SEOUL, South Korea (AP) — North Korea fired a missile.", "Seoul", "AP"),
        ("HO CHI MINH CITY – Exports rose in May.", "Ho Chi Minh City", nil),
        ("Hanoi (AFP) - Vietnam said on Friday it would buy more U.S. goods.", "Hanoi", "AFP"),
    ]

    @Test(arguments: datelines)
    func readsDateline(_ form: (String, String, String?)) throws {
        let dateline = try #require(DatelineParser.parse(form.0), "\(form.0)")
        #expect(dateline.place == form.1)
        #expect(dateline.agency == form.2)
        #expect(dateline.rest.first?.isUppercase == true)
        #expect(!dateline.rest.contains("—") && !dateline.rest.contains("--"))
    }

    @Test(arguments: [
        "President Lee — who took office last week — spoke with Cuong.",
        "BREAKING — Lee and Cuong agree to upgrade ties.",
        "The two leaders met in Seoul - the capital - on Thursday.",
        "COVID-19 — a new wave hit the region.",
    ])
    func rejectsNonDatelines(_ paragraph: String) {
        #expect(DatelineParser.parse(paragraph) == nil, "\(paragraph)")
    }

    @Test func stripsClosingSignatures() throws {
        let vna = try #require(DatelineParser.stripClosing("as well as co-chairing the mechanism. — VNA/VNS"))
        #expect(vna.text == "as well as co-chairing the mechanism.")
        #expect(vna.signature == "VNA/VNS")
        #expect(DatelineParser.stripClosing("the ministry said. (END)")?.text == "the ministry said.")
        #expect(DatelineParser.stripClosing("the two sides agreed (in principle)") == nil)
        #expect(DatelineParser.stripClosing("talks with the United States — and Japan") == nil)
    }
}
