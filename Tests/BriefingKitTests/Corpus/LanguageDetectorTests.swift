import Testing
@testable import BriefingKit

@Suite("Language heuristic")
struct LanguageDetectorTests {
    @Test func englishProseIsEnglish() {
        guard case .english(let share) = LanguageDetector.judge([Fixture.prose, Fixture.prose]) else {
            Issue.record("expected English")
            return
        }
        #expect(share >= LanguageDetector.threshold)
    }

    @Test func samplesAreEnglish() throws {
        for name in Fixture.samples {
            #expect(try Fixture.read(name).0.language == "en")
        }
    }

    @Test(arguments: [
        "Chủ tịch nước Lương Cường đã điện đàm với Tổng thống Hàn Quốc Lee Jae-myung, người chính thức nhậm chức ngày 4/6, và hai bên nhất trí thúc đẩy hợp tác kinh tế, thương mại và đầu tư.",
        "이재명 대통령은 12일 베트남 르엉 끄엉 국가주석과 통화하고 원전과 고속철도 등 전략 분야에서 협력을 확대하기로 했다고 대통령실이 밝혔다 양 정상은 포괄적 전략적 동반자 관계에 걸맞게 협력을 심화하기로 했다",
        "Der Präsident sprach am Donnerstag mit dem vietnamesischen Staatschef über die Zusammenarbeit in den Bereichen Handel, Energie und Infrastruktur, teilte das Präsidialamt in Seoul mit.",
    ])
    func otherLanguagesAreNotEnglish(_ text: String) {
        let verdict = LanguageDetector.judge([text, text])
        switch verdict {
        case .notEnglish: break
        case .undetermined: break
        case .english(let share): Issue.record("judged English at \(share): \(text.prefix(30))")
        }
    }

    @Test func shortTextIsUndetermined() throws {
        #expect(LanguageDetector.judge(["Lee meets Cuong in Seoul."]) == .undetermined)
        let article = try Fixture.article("Talks\nLee and Cuong met in Seoul on Thursday.")
        #expect(article.language == "und")
    }
}
