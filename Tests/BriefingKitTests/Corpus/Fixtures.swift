import Foundation
import Testing
@testable import BriefingKit

/// Loads test fixtures from the bundled `Fixtures` folder.
enum Fixture {
    /// A fixture's bytes; `sample-NNN-…` names are the project's own seeds/ articles.
    static func bytes(_ name: String) throws -> [UInt8] {
        if name.hasPrefix("sample-") {
            let number = name.dropFirst("sample-".count).prefix(3)
            let file = try #require(try FileManager.default.contentsOfDirectory(atPath: TestPaths.seeds)
                .first { $0.hasPrefix(number + "_") })
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestPaths.seeds + "/" + file)))
        }
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures/Corpus"))
        return [UInt8](try Data(contentsOf: url))
    }

    static func read(_ name: String) throws -> (Article, [ReadWarning]) {
        let outcome = ArticleReader().read(try bytes(name), file: name)
        guard case .article(let article, let warnings) = outcome else {
            Issue.record("expected an article from \(name), got \(outcome)")
            throw FixtureError.skipped
        }
        return (article, warnings)
    }

    static func article(_ text: String, file: String = "inline.txt") throws -> Article {
        let outcome = ArticleReader().read(Array(text.utf8), file: file)
        guard case .article(let article, _) = outcome else {
            Issue.record("expected an article, got \(outcome)")
            throw FixtureError.skipped
        }
        return article
    }

    static func skipMessage(_ data: [UInt8]) -> String? {
        if case .skipped(let warning) = ArticleReader().read(data, file: "x.txt") { return warning.message }
        return nil
    }

    static let samples = [
        "sample-000-joongang-masthead-related.txt",
        "sample-001-vna-header-dateline.txt",
        "sample-002-joongang-images-byline.txt",
        "sample-003-vna-gyeongju.txt",
        "sample-004-herald-send-to.txt",
    ]

    /// A body paragraph long enough to be running English text.
    static let prose = "The two leaders agreed to expand cooperation in trade, energy and infrastructure, officials said on Thursday."
}

enum FixtureError: Error { case skipped }
