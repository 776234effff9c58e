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

  /// `--strict` says why it exits 3, and an empty period folder (every file missing) fails it too.
  @Test func strictSaysWhyAndCountsMissingFiles() throws {
    let reports = BinaryRunner.temporaryFolder()
    let dirty = try BinaryRunner.run([
      "run", "--period", "2024H1", "--extracts", RunCommandTests.extracts, "--reports", reports, "--strict", "--quiet",
    ])
    #expect(dirty.status == 3)
    #expect(dirty.stderr.contains("--strict: ") && dirty.stderr.contains("afviste rækker"))
    let empty = BinaryRunner.temporaryFolder()
    try FileManager.default.createDirectory(atPath: empty + "/2024H1", withIntermediateDirectories: true)
    let none = try BinaryRunner.run([
      "run", "--period", "2024H1", "--extracts", empty, "--reports", reports, "--strict", "--quiet",
    ])
    #expect(none.status == 3)
    #expect(none.stderr.contains("589 filer mangler"))
  }

  @Test func versionAndTypos() throws {
    let version = try BinaryRunner.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "tilsyn 0.2.0, regelsæt 2026.1 (data/regler/regelsaet.csv)\n")
    let period = try BinaryRunner.run(["run", "--peroid", "2024H1"])
    #expect(period.status == 2)
    #expect(period.stderr == "tilsyn run: run kræver --period (skrevet '--peroid'?) (se 'tilsyn run --help')\n")
    let option = try BinaryRunner.run(["validate", "--period", "2024H1", "--out", "/tmp/x", "--extract", "data/extracts"])
    #expect(option.stderr.contains("ukendt argument '--extract' til validate; mente du --extracts?"))
    let command = try BinaryRunner.run(["valdiate"])
    #expect(command.stderr == "tilsyn: ukendt kommando 'valdiate'; mente du 'validate'? (se 'tilsyn --help')\n")
    let far = try BinaryRunner.run(["run", "--period", "2024H1", "--xyz"])
    #expect(far.stderr.contains("ukendt argument '--xyz' til run (se"))
  }

  /// Issue 14: a folder named like a CPR number and a CPR-like extra column header reach no output:
  /// not the report, not datakvalitet.csv, not the terminal.
  @Test func cprLikeNamesAreMaskedEverywhere() throws {
    let root = BinaryRunner.temporaryFolder()
    try FileManager.default.copyItem(atPath: RunCommandTests.extracts, toPath: root + "/x")
    try FileManager.default.createDirectory(atPath: root + "/x/2024H1/1710047502", withIntermediateDirectories: true)
    let table = root + "/x/2024H1/101/forloeb.csv"
    var lines = try String(contentsOfFile: table, encoding: .utf8).components(separatedBy: "\n")
    let delimiter = lines[0].contains(";") ? ";" : (lines[0].contains("\t") ? "\t" : ",")
    for index in lines.indices where !lines[index].isEmpty {
      lines[index] += delimiter + (index == 0 ? "171004-7502" : "x")
    }
    try lines.joined(separator: "\n").write(toFile: table, atomically: true, encoding: .utf8)
    let reports = BinaryRunner.temporaryFolder()
    let outcome = try BinaryRunner.run(["run", "--period", "2024H1", "--extracts", root + "/x", "--reports", reports])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(!outcome.stdout.contains("171004") && !outcome.stderr.contains("171004"))
    let names = FileManager.default.enumerator(atPath: reports)?.allObjects as? [String] ?? []
    var checked = 0
    for name in names {
      guard let data = FileManager.default.contents(atPath: reports + "/" + name) else { continue }
      checked += 1
      #expect(!String(decoding: data, as: UTF8.self).contains("171004"), "\(name)")
    }
    #expect(checked > 20)
    let quality = try String(contentsOfFile: reports + "/2024H1/datakvalitet.csv", encoding: .utf8)
    #expect(quality.contains("ekstra kolonner ignoreret: 'XXXXXX-XXXX'"))
  }

  /// Two table files whose names differ only in letter case are both rejected, with a message; a file
  /// given as --extracts is said to be a file.
  @Test func ambiguousTableNamesAndAFileAsExtracts() throws {
    let root = BinaryRunner.temporaryFolder()
    try FileManager.default.copyItem(atPath: RunCommandTests.extracts, toPath: root + "/x")
    let folder = root + "/x/2024H1/101"
    try FileManager.default.copyItem(atPath: folder + "/forloeb.csv", toPath: folder + "/FORLOEB.CSV")
    let outcome = try BinaryRunner.run([
      "validate", "--period", "2024H1", "--extracts", root + "/x", "--out", root + "/kvalitet", "--quiet",
    ])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("flere filer med samme navn (FORLOEB.CSV, forloeb.csv): fjern alle på nær én"))
    let file = try BinaryRunner.run([
      "validate", "--period", "2024H1", "--extracts", folder + "/forloeb.csv", "--out", root + "/ud",
    ])
    #expect(file.status == 2)
    #expect(file.stderr == "tilsyn validate: udtræksmappen (--extracts) er en fil, ikke en mappe: \(folder)/forloeb.csv\n")
  }

  /// The manifest names the reference files without the folders above `data/`, so it does not depend
  /// on where the checkout is.
  @Test func theManifestHasNoAbsolutePaths() throws {
    let reports = BinaryRunner.temporaryFolder()
    let outcome = try BinaryRunner.run([
      "run", "--period", "2023H2", "--extracts", RunCommandTests.extracts, "--reports", reports, "--quiet",
      "--data", BinaryRunner.packageRoot + "/data",
    ])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let manifest = try String(contentsOfFile: reports + "/2023H2/manifest.json", encoding: .utf8)
    #expect(manifest.contains("\"path\": \"reference/kommuner.csv\""))
    #expect(manifest.contains("\"path\": \"regler/regelsaet.csv\""))
    #expect(!manifest.contains(BinaryRunner.packageRoot))
  }

  /// Run from a folder without data/, tilsyn names the option to give; installed as `make install`
  /// lays it out (bin/tilsyn beside share/tilsyn/data), it finds its data from any folder.
  @Test func runsFromAnyFolderWhenInstalled() throws {
    let elsewhere = BinaryRunner.temporaryFolder()
    let bare = try BinaryRunner.run(["validate", "--period", "2024H1", "--out", elsewhere + "/ud"], in: elsewhere)
    #expect(bare.status == 2)
    #expect(bare.stderr.contains("giv --data MAPPE, eller installer tilsyn med make install"))
    let prefix = BinaryRunner.temporaryFolder()
    try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: prefix + "/share/tilsyn/data", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: BinaryRunner.executable.path, toPath: prefix + "/bin/tilsyn")
    for folder in ["reference", "regler", "skabeloner"] {
      try FileManager.default.copyItem(
        atPath: BinaryRunner.packageRoot + "/data/" + folder, toPath: prefix + "/share/tilsyn/data/" + folder)
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: prefix + "/bin/tilsyn")
    process.arguments = ["--version"]
    process.currentDirectoryURL = URL(fileURLWithPath: elsewhere)
    let output = elsewhere + "/version.txt"
    FileManager.default.createFile(atPath: output, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
    try process.run()
    process.waitUntilExit()
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text == "tilsyn 0.2.0, regelsæt 2026.1 (\(prefix)/share/tilsyn/data/regler/regelsaet.csv)\n")
  }
}
