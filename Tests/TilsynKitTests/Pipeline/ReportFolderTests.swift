import Foundation
import Testing
@testable import TilsynKit

@Suite struct ReportFolderTests {
  @Test func replacesThePeriodFolderAsAWhole() throws {
    let reports = Fixtures.temporaryFolder()
    let folder = ReportFolder(reports: reports, period: Period("2024H1")!)
    try folder.write([("a.csv", Array("gammel".utf8)), ("b.md", Array("gammel".utf8))])
    try folder.write([("a.csv", Array("ny".utf8))])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.csv"])
    #expect(FileManager.default.contents(atPath: folder.path + "/a.csv") == Data("ny".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: reports) == ["2024H1"])
  }

  /// A write that fails part-way (here: a file where a folder must go) leaves the previous reports
  /// of the period as they were, other periods untouched, and no staging folder behind.
  @Test func aFailedWriteLeavesThePreviousReportsUntouched() throws {
    let reports = Fixtures.temporaryFolder()
    let folder = ReportFolder(reports: reports, period: Period("2024H1")!)
    try folder.write([("rapport.md", Array("forrige".utf8))])
    try ReportFolder(reports: reports, period: Period("2023H2")!).write([("rapport.md", Array("2023".utf8))])
    #expect(throws: WriteError.self) {
      try folder.write([("breve", Array("en fil".utf8)), ("breve/101.md", Array("brev".utf8))])
    }
    #expect(FileManager.default.contents(atPath: folder.path + "/rapport.md") == Data("forrige".utf8))
    #expect(FileManager.default.contents(atPath: reports + "/2023H2/rapport.md") == Data("2023".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: reports).sorted() == ["2023H2", "2024H1"])
  }

  /// `tilsyn run` writes into the staging folder from two threads while it still computes: nothing
  /// shows in the period's folder until the commit, and a discarded staging folder (a failed
  /// disclosure audit) leaves the previous reports as they were and nothing behind.
  @Test func stagedFilesShowOnlyAtTheCommit() throws {
    let reports = Fixtures.temporaryFolder()
    let folder = ReportFolder(reports: reports, period: Period("2024H1")!)
    try folder.write([("rapport.md", Array("forrige".utf8))])

    let failed = try folder.stage()
    try failed.write([("rapport.md", Array("ny".utf8)), ("breve/101.md", Array("brev".utf8))])
    failed.discard()
    #expect(FileManager.default.contents(atPath: folder.path + "/rapport.md") == Data("forrige".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: reports).filter { !$0.hasPrefix(".tilsyn") } == ["2024H1"])

    let staging = try folder.stage()
    let names = (0..<40).map { "breve/\($0).md" }
    DispatchQueue.concurrentPerform(iterations: 2) { half in
      try? staging.write(names.enumerated().filter { $0.offset % 2 == half }.map { ($0.element, Array($0.element.utf8)) })
    }
    try staging.write([("rapport.md", Array("ny".utf8))])
    #expect(FileManager.default.contents(atPath: folder.path + "/rapport.md") == Data("forrige".utf8))
    try staging.commit()
    #expect(FileManager.default.contents(atPath: folder.path + "/rapport.md") == Data("ny".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/breve").count == 40)
    #expect(FileManager.default.contents(atPath: folder.path + "/breve/7.md") == Data("breve/7.md".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: reports).filter { !$0.hasPrefix(".tilsyn") } == ["2024H1"])
  }

  /// Issue 14: staging folders of killed runs (`.2024H1.tmp-<pid>`) are removed by the next write;
  /// other hidden files and folders are left alone.
  @Test func leftoversOfKilledRunsAreRemoved() throws {
    let reports = Fixtures.temporaryFolder()
    for name in [".2024H1.tmp-12345", ".2023H2.tmp-1", ".noter", ".2024H1.tmp-abc"] {
      try FileManager.default.createDirectory(atPath: reports + "/" + name, withIntermediateDirectories: true)
    }
    try ReportFolder(reports: reports, period: Period("2024H1")!).write([("rapport.md", Array("ny".utf8))])
    #expect(try FileManager.default.contentsOfDirectory(atPath: reports).sorted() == [".2024H1.tmp-abc", ".noter", "2024H1"])
    #expect(ReportFolder.isStagingName(".2024H1.tmp-99"))
    #expect(!ReportFolder.isStagingName("2024H1.tmp-99"))
    #expect(!ReportFolder.isStagingName(".2024H3.tmp-99"))
  }
}
