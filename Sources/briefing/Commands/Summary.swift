import BriefingKit

/// The warnings and the one-line-per-brief summary of a `generate` run, on stderr. `quiet` drops the
/// summary only: a skipped article or folder is news even to a cron job that wants silence otherwise.
enum Summary {
    static func print(_ report: GenerateReport, quiet: Bool) {
        if let warning = report.lockWarning { Console.error(warning) }
        for warning in report.templateWarnings { Console.error(warning.description) }
        for warning in report.corpus.warnings { Console.error(warning.description) }
        guard !quiet else { return }
        for output in report.outputs {
            Console.error("\(output.result.rawValue): \(output.path) (\(output.facts) facts)")
        }
        let articles = report.corpus.articles.count
        var line = "\(report.outputs.count) file\(report.outputs.count == 1 ? "" : "s") from \(articles) article\(articles == 1 ? "" : "s")"
        if report.corpus.skipped > 0 { line += ", \(report.corpus.skipped) skipped" }
        Console.error(line)
    }
}
