import Foundation
import Testing

/// A reports or output folder that is, contains or lies inside the extracts or data folder is refused
/// with exit 2 before anything is written, and the input is left as it was (issue 14: `--reports D
/// --extracts D` used to replace the period's extract with the reports).
@Suite(.serialized) struct OutputFolderGuardTests {
  /// A copy of the small generated extract, so a failure here cannot spoil the other suites' input.
  static func extractCopy() throws -> String {
    let root = BinaryRunner.temporaryFolder()
    try FileManager.default.copyItem(atPath: RunCommandTests.extracts, toPath: root + "/x")
    return root + "/x"
  }

  static func fileCount(_ folder: String) -> Int {
    (FileManager.default.enumerator(atPath: folder)?.allObjects.count) ?? 0
  }

  @Test(arguments: ["same", "inside", "parent", "dotted"])
  func runRefusesReportsOverlappingTheExtracts(_ layout: String) throws {
    let extracts = try Self.extractCopy()
    let before = Self.fileCount(extracts)
    let reports: String
    switch layout {
    case "same": reports = extracts
    case "inside": reports = extracts + "/2024H1/rapporter"
    case "parent": reports = (extracts as NSString).deletingLastPathComponent
    default: reports = extracts + "/../x/."
    }
    let outcome = try BinaryRunner.run([
      "run", "--period", "2024H1", "--extracts", extracts, "--reports", reports, "--quiet",
    ])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.hasPrefix("tilsyn run: --reports \(reports) overlapper --extracts \(extracts)"))
    #expect(outcome.stderr.split(separator: "\n").count == 1)
    #expect(Self.fileCount(extracts) == before, "the extract folder changed")
    #expect(FileManager.default.fileExists(atPath: extracts + "/2024H1/benchmark.csv"))
  }

  /// A symbolic link to the extracts folder is the extracts folder.
  @Test func runRefusesALinkToTheExtracts() throws {
    let extracts = try Self.extractCopy()
    let link = BinaryRunner.temporaryFolder() + "/link"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: extracts)
    let outcome = try BinaryRunner.run([
      "run", "--period", "2024H1", "--extracts", extracts, "--reports", link, "--quiet",
    ])
    #expect(outcome.status == 2)
    #expect(FileManager.default.fileExists(atPath: extracts + "/2024H1/benchmark.csv"))
  }

  @Test func runRefusesReportsInsideTheDataFolder() throws {
    let outcome = try BinaryRunner.run([
      "run", "--period", "2024H1", "--extracts", RunCommandTests.extracts, "--reports", "data/regler", "--quiet",
    ])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.contains("overlapper --data data"))
    #expect(!FileManager.default.fileExists(atPath: BinaryRunner.packageRoot + "/data/regler/2024H1"))
  }

  @Test func validateRefusesAnOutputFolderInsideTheExtracts() throws {
    let extracts = try Self.extractCopy()
    let before = Self.fileCount(extracts)
    let outcome = try BinaryRunner.run([
      "validate", "--period", "2024H1", "--extracts", extracts, "--out", extracts + "/2024H1", "--quiet",
    ])
    #expect(outcome.status == 2)
    #expect(outcome.stderr.contains("--out \(extracts)/2024H1 overlapper --extracts"))
    #expect(Self.fileCount(extracts) == before)
  }

  /// A sibling folder whose name starts like the extracts folder's is no overlap.
  @Test func aSiblingWithACommonPrefixIsAllowed() throws {
    let extracts = try Self.extractCopy()
    let outcome = try BinaryRunner.run([
      "validate", "--period", "2024H1", "--extracts", extracts, "--out", extracts + "-kvalitet", "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(FileManager.default.fileExists(atPath: extracts + "-kvalitet/datakvalitet.csv"))
  }
}
