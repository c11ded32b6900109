import BriefingKit
import Foundation
import Testing

@Suite("The output folder's lock")
struct LockTests {
    @Test("a second run while the lock is held exits 75 with one line naming the holder")
    func secondRunIsRefused() throws {
        let project = try SampleProject()
        let lock = try OutputLock(folder: project.path + "/briefs")
        defer { lock.release() }
        let result = try project.run("generate", "--as-of", "2025-10-29")
        #expect(result.status == 75)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("pid \(getpid())"))
        #expect(project.read("briefs/lee-jae-myung.md") == nil)
    }

    @Test("a lock left by a run that died is taken over with a warning")
    func staleLockIsTakenOver() throws {
        let project = try SampleProject()
        try project.write("pid 999999 on elsewhere, started 2025-10-29T05:00:00Z", to: "briefs/\(OutputLock.fileName)")
        let result = try project.run("generate", "--as-of", "2025-10-29")
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("taking over a lock"))
        #expect(result.stderr.contains("pid 999999"))
        #expect(project.read("briefs/lee-jae-myung.md") != nil)
        #expect(project.read("briefs/\(OutputLock.fileName)") == "", "the lock record is cleared at the end")
    }
}
