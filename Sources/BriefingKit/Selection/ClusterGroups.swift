import Foundation

/// The group of each whole cluster of one corpus, built the first time a brief can use every
/// report in it and kept for the other briefs of the run: a brief's filters mostly take or leave
/// a cluster whole (copies of a sentence name the same entities and topics), and building a group
/// reads every report.
///
/// Bound to one corpus and its outlets; a group's score and reasons are each brief's own, set after.
/// Only the clusters some brief builds are held: a slot for every cluster (over half a million at
/// 100,000 articles with 50 briefs, most never built) would take 90 MB.
final class ClusterGroups: @unchecked Sendable {
    private let lock = NSLock()
    private var groups: [Int: ReportGroup] = [:]

    init() {}

    /// The group of `cluster` as `build` makes it, built once.
    func group(_ cluster: Int, build: () -> ReportGroup) -> ReportGroup {
        if let known = lock.withLock({ groups[cluster] }) { return known }
        let group = build()
        lock.withLock { groups[cluster] = group }
        return group
    }
}
