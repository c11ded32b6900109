@testable import BriefingKit

/// A small valid config the tests vary one mistake at a time.
enum ConfigFixture {
    static let valid = """
    version: 1
    sources:
      - path: seeds
    entities:
      lee:
        name: Lee Jae-myung
        kind: person
        aliases: [Lee Jae Myung]
      vietnam: {name: Việt Nam, kind: country, aliases: [Vietnam]}
    topics:
      trade: {label: Trade, keywords: [trade]}
    briefs:
      - id: lee-brief
        kind: leader
        title: Leader brief
        person: lee
        topics: [trade]
    """

    static func parse(_ text: String) throws -> BriefingConfig {
        try ConfigLoader().parse(text, file: "briefings.yaml", baseDirectory: "/project",
                                 templateNames: { _ in DefaultTemplates.briefNames })
    }

    /// The diagnostics a config produces; empty when it is valid.
    static func diagnostics(_ text: String) -> [Diagnostic] {
        do {
            _ = try parse(text)
            return []
        } catch let BriefingError.invalidInput(diagnostics) {
            return diagnostics.sortedByLocation()
        } catch {
            return [Diagnostic(.error, "unexpected \(error)")]
        }
    }
}

extension Diagnostic {
    var line: Int { location?.line ?? 0 }
    var column: Int { location?.column ?? 0 }
}
