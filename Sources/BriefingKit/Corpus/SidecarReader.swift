import Foundation
import Yams

/// Reads `ARTICLE.meta.yaml` beside an article: what the user states about it (outlet, url, published, title).
///
/// A sidecar wins over what the page says and over the config's source entry. A sidecar that cannot be
/// used is a warning naming its line, and the article is read without it.
enum SidecarReader {
    static let keys = ["outlet", "url", "published", "title"]
    static let suffix = ".meta.yaml"

    /// The sidecar path of an article: `a/b.txt` → `a/b.meta.yaml`.
    static func path(for article: String) -> String {
        let base = article.hasSuffix(".txt") ? String(article.dropLast(4)) : article
        return base + suffix
    }

    /// The stated values, or nil when there is no sidecar; problems become warnings.
    static func read(beside article: String, shownAs display: String) -> (SourceSpec?, [ReadWarning]) {
        let sidecar = path(for: article)
        guard let data = FileManager.default.contents(atPath: sidecar) else { return (nil, []) }
        let shown = path(for: display)
        guard let text = String(data: data, encoding: .utf8), let root = try? Yams.compose(yaml: text),
              case let .mapping(mapping) = root else {
            return (nil, [ReadWarning(file: shown, message: "not a YAML mapping of outlet, url, published, title; ignored")])
        }
        var spec = SourceSpec(path: article)
        var warnings: [ReadWarning] = []
        for (key, value) in mapping {
            let line = key.mark?.line ?? 1
            guard let name = key.string, keys.contains(name) else {
                let hint = Suggestion.hint(for: key.string ?? "", in: keys)
                warnings.append(ReadWarning(file: "\(shown):\(line)", message: "unknown key '\(key.string ?? "")'\(hint); ignored"))
                continue
            }
            guard let string = value.string?.trimmingWhitespace(), !string.isEmpty else {
                warnings.append(ReadWarning(file: "\(shown):\(line)", message: Messages.emptyValue(name) + "; ignored"))
                continue
            }
            switch name {
            case "outlet": spec.outlet = string
            case "url": spec.url = string
            case "title": spec.title = string
            default:
                if let date = CalendarDate(iso: string) {
                    spec.published = date
                } else {
                    warnings.append(ReadWarning(file: "\(shown):\(line)", message: Messages.invalidDate(string, key: name) + "; ignored"))
                }
            }
        }
        return (spec, warnings)
    }
}
