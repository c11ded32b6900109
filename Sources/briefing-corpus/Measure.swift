import Foundation

/// `briefing-corpus measure [--output FILE] -- COMMAND [ARGUMENT ...]`: runs a
/// command and reports its wall time, user and system CPU time and peak
/// resident set size, from `wait4`'s resource usage, so benchmarks need no
/// `/usr/bin/time`. The command keeps stdin, stdout and stderr.
///
/// The report is one line, `WALL USER SYS MAXRSS_KB STATUS` (seconds with
/// millisecond precision, kilobytes, exit status or 128+signal), written to
/// FILE or else to stderr. The exit status is the command's.
enum Measure {
    struct Report {
        var wall: Double
        var user: Double
        var system: Double
        var maxRSSKilobytes: Int
        var status: Int32

        var line: String {
            String(format: "%.3f %.3f %.3f %d %d", wall, user, system, maxRSSKilobytes, status)
        }
    }

    static func main(_ arguments: [String]) -> Int32 {
        var rest = arguments[...]
        var output: String?
        while let first = rest.first, first != "--" {
            guard first == "--output" || first == "-o", rest.count >= 2 else { break }
            output = rest.dropFirst().first
            rest = rest.dropFirst(2)
        }
        if rest.first == "--" { rest = rest.dropFirst() }
        guard !rest.isEmpty else {
            FileHandleOutput.standardError("usage: briefing-corpus measure [--output FILE] -- COMMAND [ARGUMENT ...]")
            return 64
        }
        let report: Report
        switch run(Array(rest)) {
        case .success(let value): report = value
        case .failure(let message):
            FileHandleOutput.standardError("briefing-corpus measure: \(message.text)")
            return 127
        }
        if let output {
            guard CorpusWriter.write(Array((report.line + "\n").utf8), to: output) == nil else {
                FileHandleOutput.standardError("briefing-corpus measure: cannot write \(output)")
                return 73
            }
        } else {
            FileHandleOutput.standardError(report.line)
        }
        return report.status
    }

    struct SpawnError: Error {
        let text: String
    }

    /// Spawns `command` (searched in PATH), waits for it and collects its resource usage.
    static func run(_ command: [String]) -> Result<Report, SpawnError> {
        var argv: [UnsafeMutablePointer<CChar>?] = command.map { strdup($0) }
        argv.append(nil)
        defer { for pointer in argv { free(pointer) } }

        var pid: pid_t = 0
        let started = monotonicSeconds()
        let spawned = argv.withUnsafeBufferPointer { buffer -> Int32 in
            guard let arguments = buffer.baseAddress, let environment else { return EINVAL }
            return posix_spawnp(&pid, command[0], nil, nil, arguments, environment)
        }
        guard spawned == 0 else {
            return .failure(SpawnError(text: "cannot run \(command[0]): \(String(cString: strerror(spawned)))"))
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else {
                return .failure(SpawnError(text: "wait4 failed: \(String(cString: strerror(errno)))"))
            }
        }
        let wall = monotonicSeconds() - started
        let signal = status & 0x7F
        let exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        #if os(macOS)
        let rss = Int(usage.ru_maxrss) / 1024 // bytes on Darwin
        #else
        let rss = Int(usage.ru_maxrss) // kilobytes on Linux
        #endif
        return .success(Report(wall: wall, user: seconds(usage.ru_utime), system: seconds(usage.ru_stime),
                               maxRSSKilobytes: rss, status: exitStatus))
    }

    private static func seconds(_ value: timeval) -> Double {
        Double(value.tv_sec) + Double(value.tv_usec) / 1_000_000
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1_000_000_000
    }

    private static var environment: UnsafePointer<UnsafeMutablePointer<CChar>?>? {
        #if os(macOS)
        return UnsafePointer(_NSGetEnviron().pointee)
        #else
        return UnsafePointer(environ)
        #endif
    }
}
