import Foundation
import Glibc
import Testing

/// End-to-end runs of `tilsyn run` on a small generated extract: success, usage errors, `--strict`
/// and the lock that keeps two runs out of one reports folder (SPEC 1).
@Suite(.serialized) struct RunCommandTests {
  /// A small clean and a small dirty extract, generated once by the binary itself.
  static let extracts: String = {
    let root = BinaryRunner.temporaryFolder()
    for (period, dirty) in [("2023H2", "0"), ("2024H1", "0.01")] {
      let outcome = try! BinaryRunner.run([
        "generate", "--period", period, "--scale", "0.003", "--seed", "5", "--dirty", dirty, "--out", root + "/x",
      ])
      precondition(outcome.status == 0, outcome.stderr)
    }
    return root + "/x"
  }()

  @Test func runWritesEveryReportAndTheTrend() throws {
    let reports = BinaryRunner.temporaryFolder()
    let first = try BinaryRunner.run(["run", "--period", "2023H2", "--extracts", Self.extracts, "--reports", reports, "--quiet"])
    #expect(first.status == 0, "\(first.stderr)")
    let second = try BinaryRunner.run(["run", "--period", "2024H1", "--extracts", Self.extracts, "--reports", reports, "--quiet"])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("Periode 2024H1: rapporter skrevet i \(reports)/2024H1/"))
    #expect(second.stderr.hasPrefix("Tid: "))
    let files = Set(try FileManager.default.contentsOfDirectory(atPath: reports + "/2024H1"))
    #expect(files.isSuperset(of: [
      "afviste_raekker.csv", "bilag_skaerpet_tilsyn.md", "bilag_tidlig_indsats.csv", "bilag_tidlig_indsats.md",
      "datakvalitet.csv", "manifest.json", "rapport.md", "skaerpet_tilsyn.csv", "tidlig_indsats_kommuner.csv",
      "tidlig_indsats_maalgrupper.csv", "tidlig_indsats_maaneder.csv",
    ]))
    let report = try String(contentsOfFile: reports + "/2024H1/rapport.md", encoding: .utf8)
    #expect(report.contains("i forrige opfølgning"))
    let hidden = try FileManager.default.contentsOfDirectory(atPath: reports).filter { $0.hasPrefix(".") && $0 != ".tilsyn.lock" }
    #expect(hidden.isEmpty, "staging folders left behind: \(hidden)")
  }

  @Test func strictExitsThreeOnRejectedRowsAndZeroOnACleanPeriod() throws {
    let reports = BinaryRunner.temporaryFolder()
    let dirty = try BinaryRunner.run(["run", "--period", "2024H1", "--extracts", Self.extracts, "--reports", reports, "--strict", "--quiet"])
    #expect(dirty.status == 3)
    #expect(FileManager.default.fileExists(atPath: reports + "/2024H1/rapport.md"))
    let clean = try BinaryRunner.run(["run", "--period", "2023H2", "--extracts", Self.extracts, "--reports", reports, "--strict", "--quiet"])
    #expect(clean.status == 0, "\(clean.stdout)")
  }

  @Test func usageErrorsExitTwoWithOneLine() throws {
    let reports = BinaryRunner.temporaryFolder()
    let unknown = try BinaryRunner.run(["run", "--period", "2024H3", "--reports", reports])
    #expect(unknown.status == 2)
    #expect(unknown.stderr == "tilsyn run: ukendt periode '2024H3': forventede ÅÅÅÅH1 eller ÅÅÅÅH2, fx 2024H1\n")
    let noPeriod = try BinaryRunner.run(["run", "--period", "2022H1", "--extracts", Self.extracts, "--reports", reports])
    #expect(noPeriod.status == 2)
    #expect(noPeriod.stderr == "tilsyn run: udtræksmappen for perioden 2022H1 findes ikke: \(Self.extracts)/2022H1\n")
    let noFolder = try BinaryRunner.run(["run", "--period", "2024H1", "--extracts", "/nonexistent", "--reports", reports])
    #expect(noFolder.status == 2)
    #expect(noFolder.stderr == "tilsyn run: udtræksmappen (--extracts) findes ikke: /nonexistent\n")
    #expect(!FileManager.default.fileExists(atPath: reports + "/2024H1"))
  }

  /// A second run of the same reports folder refuses while the first holds the lock.
  @Test func aSecondConcurrentRunRefuses() throws {
    let reports = BinaryRunner.temporaryFolder()
    let descriptor = open(reports + "/.tilsyn.lock", O_RDWR | O_CREAT, 0o644)
    #expect(flock(descriptor, LOCK_EX) == 0)
    defer { close(descriptor) }
    let blocked = try BinaryRunner.run(["run", "--period", "2024H1", "--extracts", Self.extracts, "--reports", reports])
    #expect(blocked.status == 2)
    #expect(blocked.stderr.contains("en anden kørsel skriver allerede i \(reports)"))
  }
}

@Suite struct ThreadIndependenceTests {
  /// The outputs are byte-identical whether the work runs on every core or on one thread.
  @Test func oneThreadGivesTheSameBytes() throws {
    let parallel = BinaryRunner.temporaryFolder()
    let serial = BinaryRunner.temporaryFolder()
    let extracts = RunCommandTests.extracts
    #expect(try BinaryRunner.run(["run", "--period", "2024H1", "--extracts", extracts, "--reports", parallel, "--quiet"]).status == 0)
    #expect(
      try BinaryRunner.run(
        ["run", "--period", "2024H1", "--extracts", extracts, "--reports", serial, "--quiet"],
        environment: ["TILSYN_THREADS": "1"]
      ).status == 0)
    let files = FileManager.default.enumerator(atPath: parallel + "/2024H1")!.compactMap { $0 as? String }
    #expect(files.count > 10)
    for file in files {
      var isFolder: ObjCBool = false
      FileManager.default.fileExists(atPath: parallel + "/2024H1/" + file, isDirectory: &isFolder)
      if isFolder.boolValue { continue }
      #expect(
        FileManager.default.contentsEqual(atPath: parallel + "/2024H1/" + file, andPath: serial + "/2024H1/" + file), "\(file)")
    }
  }
}
