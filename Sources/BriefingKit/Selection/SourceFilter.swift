/// A brief's `include_sources` and `exclude_sources`: outlet names or path globs.
///
/// An outlet name matches ignoring case and diacritics; a glob (`*`, `?`) matches the
/// article's path as shown in briefs, relative to the config's folder.
struct SourceFilter: Sendable {
    let include: [String]
    let exclude: [String]

    init(spec: BriefSpec) {
        include = spec.includeSources
        exclude = spec.excludeSources
    }

    /// Whether the brief names no sources to include or exclude.
    var isEmpty: Bool { include.isEmpty && exclude.isEmpty }

    /// Why articles of this source are left out, or nil.
    func rejection(of article: Article) -> String? {
        if let pattern = exclude.first(where: { matches($0, article) }) {
            return "source excluded ('\(pattern)')"
        }
        if !include.isEmpty, !include.contains(where: { matches($0, article) }) {
            return "source not included (\(include.joined(separator: ", ")))"
        }
        return nil
    }

    private func matches(_ pattern: String, _ article: Article) -> Bool {
        if let outlet = article.outlet, FoldedText.key(outlet) == FoldedText.key(pattern) { return true }
        return article.file == pattern || SourceScanner.matches(Array(article.file.utf8), Array(pattern.utf8))
    }
}
