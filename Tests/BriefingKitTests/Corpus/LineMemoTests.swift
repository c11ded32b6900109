import Testing
@testable import BriefingKit

@Suite("Remembered line kinds")
struct LineMemoTests {
    /// Every line kind the memo gives is the one the classifier gives, in every context.
    @Test func memoAgreesWithTheClassifier() {
        let lines = ["Korea JoongAng Daily", "Yonhap", "[YONHAP]", "print dictionary print", "Related Stories",
                     "Published: 13 Jun. 2025, 00:06", "13/06/2025 10:20", "By Kim Gyu-tae", "Home > National > Diplomacy",
                     "Lee, Vietnamese President agree to deepen economic ties", "![Lee and Cuong](photo.jpg)", "",
                     "Standards Board Policy (0/250자)", "Nearly 65% of Koreans believe U.S.-China rivalry is the biggest threat: Poll",
                     "June 8, 2022 - 17:20", "8/6/2022 17:20 By Shin Ji-hye", "06/07/2025 10:20",
                     "President Lee Jae-myung talked over the phone with Vietnamese President Luong Cuong on Thursday."]
        // "06/07/2025" reads as 6 July or 7 June depending on the crawler's date.
        let hints: [CalendarDate?] = [nil, CalendarDate(year: 2025, month: 6, day: 7), CalendarDate(year: 2025, month: 7, day: 6),
                                      CalendarDate(year: 2022, month: 6, day: 8)]
        let memo = LineMemo()
        for _ in 0..<2 {
            for line in lines {
                for position in [0, 20] {
                    for hint in hints {
                        #expect(memo.kind(of: line, nonBlankIndex: position, hint: hint)
                                == LineClassifier.classify(line, nonBlankIndex: position, hint: hint))
                    }
                }
            }
        }
    }

    @Test func mastheadOnlyNearTheTop() {
        let memo = LineMemo()
        #expect(memo.kind(of: "Korea JoongAng Daily", nonBlankIndex: 0, hint: nil) == .masthead("Korea JoongAng Daily"))
        #expect(memo.kind(of: "Korea JoongAng Daily", nonBlankIndex: 40, hint: nil) == .credit("Korea JoongAng Daily"))
    }
}
