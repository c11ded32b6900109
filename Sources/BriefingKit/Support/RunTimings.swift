import Foundation

/// Wall-clock and CPU time of each phase of a run, for `generate --timings`: where an hourly run over a
/// large corpus spends its time (reading the articles, grouping the reports, selecting, rendering).
public struct RunTimings: Sendable {
    public struct Phase: Sendable, Equatable {
        public var name: String
        /// Seconds of wall-clock time.
        public var wall: Double
        /// Seconds of CPU time, of all threads: more than `wall` when the phase runs on several cores.
        public var cpu: Double
    }

    public private(set) var phases: [Phase] = []
    private var wallMark: UInt64
    private var cpuMark: clock_t

    /// Starts timing the first phase.
    public init() {
        wallMark = DispatchTime.now().uptimeNanoseconds
        cpuMark = clock()
    }

    /// Ends the phase that ran since the last call (or since `init`) and records it as `name`.
    public mutating func end(_ name: String) {
        let wall = DispatchTime.now().uptimeNanoseconds, cpu = clock()
        phases.append(Phase(name: name, wall: Double(wall - wallMark) / 1e9, cpu: Double(cpu - cpuMark) / Double(CLOCKS_PER_SEC)))
        (wallMark, cpuMark) = (wall, cpu)
    }

    /// "Timings: reading 10.04 s (19.81 s CPU) · grouping reports 1.78 s (3.03 s CPU) · … · total 12.85 s (22.69 s CPU)".
    public var line: String {
        let total = Phase(name: "total", wall: phases.reduce(0) { $0 + $1.wall }, cpu: phases.reduce(0) { $0 + $1.cpu })
        return "Timings: " + (phases + [total]).map { "\($0.name) \(Self.seconds($0.wall)) (\(Self.seconds($0.cpu)) CPU)" }.joined(separator: " · ")
    }

    /// 0.0042 → "0.00 s", 12.345 → "12.35 s", whatever the locale.
    static func seconds(_ value: Double) -> String {
        let hundredths = Int((max(0, value) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction) s"
    }
}
