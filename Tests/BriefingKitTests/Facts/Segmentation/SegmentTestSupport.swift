@testable import BriefingKit
import Testing

/// The sentences the splitter finds in `text`, as strings.
func segmented(_ text: String) -> [String] {
    SentenceSplitter().split(text).map { String(text[$0]) }
}

/// A text and the sentences expected from it; printed by name in test output.
struct SegmentCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: [String]

    init(_ name: String, _ text: String, _ expected: [String]) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    var testDescription: String { name }
}
