import Foundation
import Glibc
import Testing

/// Issue 14 through the binary: a named pipe among the tables is rejected at once instead of hanging
/// the run, and a report folder that cannot be written ends with exit 1, the path and a Danish reason.
@Suite(.serialized) struct HardeningTests {
  @Test func aNamedPipeIsRejectedNotWaitedFor() throws {
    let root = BinaryRunner.temporaryFolder()
    try FileManager.default.copyItem(atPath: RunCommandTests.extracts, toPath: root + "/x")
    let table = root + "/x/2024H1/101/forloeb.csv"
    try FileManager.default.removeItem(atPath: table)
    #expect(mkfifo(table, 0o644) == 0)
    let started = Date()
    let outcome = try BinaryRunner.run([
      "validate", "--period", "2024H1", "--extracts", root + "/x", "--out", root + "/kvalitet", "--quiet",
    ])
    #expect(Date().timeIntervalSince(started) < 60)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.contains("Afvist: 2024H1/101/forloeb.csv: kan ikke åbne"))
    #expect(outcome.stdout.contains("ikke en almindelig fil"))
    let quality = try String(contentsOfFile: root + "/kvalitet/datakvalitet.csv", encoding: .utf8)
    #expect(quality.contains(";forloeb;2024H1/101/forloeb.csv;afvist;"))
  }

  /// `--reports` below a regular file cannot be created: exit 1 (not a usage error), one line with the
  /// path and the reason in Danish.
  @Test func anUnwritableReportsFolderExitsOne() throws {
    let root = BinaryRunner.temporaryFolder()
    FileManager.default.createFile(atPath: root + "/fil", contents: Data("x".utf8))
    let outcome = try BinaryRunner.run([
      "run", "--period", "2024H1", "--extracts", RunCommandTests.extracts, "--reports", root + "/fil/rapporter",
      "--quiet",
    ])
    #expect(outcome.status == 1)
    #expect(outcome.stderr.hasPrefix("tilsyn run: kan ikke skrive \(root)/fil/rapporter: "))
    #expect(outcome.stderr.contains("en del af stien er ikke en mappe"))
    #expect(outcome.stderr.split(separator: "\n").count == 1)
    let validate = try BinaryRunner.run([
      "validate", "--period", "2024H1", "--extracts", RunCommandTests.extracts, "--out", root + "/fil/ud", "--quiet",
    ])
    #expect(validate.status == 1)
    #expect(validate.stderr.contains("kan ikke skrive"))
  }
}
