import BriefingKit
import Foundation

/// One progress line on stderr, redrawn in place at most ten times a second; only when stderr is
/// an interactive terminal and `--quiet` is not given, so cron mail and pipes never see it.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let start = ContinuousClock.now
    private var lastDrawn: ContinuousClock.Instant?
    private var shown = false

    /// A progress line for this run, or nil when nothing should be shown.
    static func forTerminal(quiet: Bool) -> ProgressLine? {
        quiet || isatty(STDERR_FILENO) == 0 ? nil : ProgressLine()
    }

    func update(_ progress: ReadProgress) {
        lock.withLock {
            let now = ContinuousClock.now
            let finished = progress.filesRead >= progress.totalFiles
            if let lastDrawn, now - lastDrawn < .milliseconds(100), !finished { return }
            lastDrawn = now
            shown = true
            let elapsed = now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            write("\r\u{1B}[K" + progress.line(elapsed: seconds))
        }
    }

    /// Clears the line, so the summary starts on a clean one.
    func finish() {
        lock.withLock {
            if shown { write("\r\u{1B}[K") }
            shown = false
        }
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
