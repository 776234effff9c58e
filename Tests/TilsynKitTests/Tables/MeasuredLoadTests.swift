import Foundation
import Testing
@testable import TilsynKit

/// `ExtractLoader.load(checksums:measuring:)`, the run's path (issue 14, speed): each municipality is
/// measured right after it is read and its records are let go. It must hand the measures exactly the
/// extract `load()` gives, keep what the reports read after the measures (which tables were read,
/// the person ids, every file's quality line), and take each file's SHA-256 of its bytes on disk.
@Suite(.serialized) struct MeasuredLoadTests {
  static let period = Period("2024H1")!

  /// A small dirty generated period, with one municipality's `samtaler.csv` removed, one table
  /// given two names that differ in letter case (neither is read, but both files are there) and
  /// one table saved as Windows-1252.
  static func generated(_ name: String) throws -> (root: String, register: KommuneRegister) {
    let register = try Fixtures.register()
    let root = Fixtures.temporaryFolder(name)
    _ = try ExtractGenerator(
      kommuner: register.kommuner,
      options: GeneratorOptions(
        period: period, scale: 0.002, seed: 5, dirtyRate: 0.02, outputRoot: URL(fileURLWithPath: root))
    ).generate()
    let folder = root + "/2024H1/"
    let manager = FileManager.default
    let koege = try #require(try manager.contentsOfDirectory(atPath: folder).first { $0.hasSuffix("259") })
    try manager.removeItem(atPath: folder + koege + "/samtaler.csv")
    let aarhus = try #require(try manager.contentsOfDirectory(atPath: folder).first { $0.hasSuffix("751") })
    try manager.copyItem(atPath: folder + aarhus + "/tilbud.csv", toPath: folder + aarhus + "/TILBUD.CSV")
    let odense = try #require(try manager.contentsOfDirectory(atPath: folder).first { $0.hasSuffix("461") })
    let text = "person_id;maalgruppe;start;slut\nodense-\u{e6}\u{f8}\u{e5};DP;2024-01-05;\n"
    try Data(text.data(using: .windowsCP1252)!).write(to: URL(fileURLWithPath: folder + odense + "/forloeb.csv"))
    return (root, register)
  }

  /// Every internal output file (tables, case lists with their person ids, letters, workbook) made
  /// from `results` and `extract`, as `tilsyn run` writes them.
  static func outputs(_ results: [KommuneResults], _ extract: Extract, root: String) throws -> [String: [UInt8]] {
    let ruleSet = try RuleSet.load(path: Fixtures.ruleSetPath)
    let rules = MeasureRules(ruleSet, period: period)
    let run = FollowUpRun(
      period: period, extractsRoot: root, reportsRoot: root + "/reports", register: try Fixtures.register(),
      rules: ruleSet, references: [], templates: try LetterTemplates.load(folder: Fixtures.packageRoot + "/data/skabeloner"),
      letterDate: Day(year: 2024, month: 8, day: 1))
    let summaries = Summaries(
      earlyEffort: EarlyEffortSummary(kommuner: results.map(\.earlyEffort), previous: nil, rules: rules.earlyEffort),
      skaerpet: SkaerpetSummary(kommuner: results.map(\.skaerpet), previous: nil, period: period, rules: rules.skaerpet),
      flereSkalMed: FlereSkalMedSummary(kommuner: results.map(\.flereSkalMed)),
      fremdrift: FremdriftSummary(kommuner: results.map(\.fremdrift)),
      indicators: IndicatorSummary(kommuner: results.map(\.indicators)))
    let (files, workbook) = run.internalOutputs(extract: extract, summaries: summaries)
    var byPath = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
    byPath[workbook.path] = workbook.bytes
    return byPath
  }

  @Test func theMeasuresSeeWhatLoadGivesAndTheRecordsAreLetGo() throws {
    let (root, register) = try Self.generated("measured-load")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let loader = ExtractLoader(extractsRoot: root, period: Self.period, register: register)
    let rules = MeasureRules(try RuleSet.load(path: Fixtures.ruleSetPath), period: Self.period)
    let period = Self.period

    let kept = try loader.load()
    let (released, measured) = try loader.load(checksums: false) { kommune, benchmark in
      #expect(!kommune.recordsReleased)
      return KommuneResults(kommune, benchmark: benchmark, period: period, rules: rules)
    }

    #expect(measured.count == 98)
    #expect(released.files == kept.files)
    #expect(released.rejectedRows.count == kept.rejectedRows.count)
    #expect(released.unknownFolders == kept.unknownFolders)
    #expect(released.benchmark?.count == kept.benchmark?.count)
    var measuredFromKept: [KommuneResults] = []
    for keptKommune in kept.kommuner {
      measuredFromKept.append(
        KommuneResults(keptKommune, benchmark: kept.benchmark?[keptKommune.kommune.code], period: period, rules: rules))
    }
    let fused = try Self.outputs(measured, released, root: root)
    let separate = try Self.outputs(measuredFromKept, kept, root: root)
    #expect(fused.keys.sorted() == separate.keys.sorted())
    #expect(fused.keys.contains("sager/tidlig_indsats.csv"))
    for (path, bytes) in separate { #expect(fused[path] == bytes, "\(path)") }
    for (index, keptKommune) in kept.kommuner.enumerated() {
      let after = released.kommuner[index]
      #expect(after.recordsReleased)
      #expect(after.kommune.code == keptKommune.kommune.code)
      #expect(after.persons.count == keptKommune.persons.count)
      for table in TableKind.municipalTables {
        #expect(after.has(table) == keptKommune.has(table), "\(keptKommune.kommune.name) \(table)")
      }
      let counts: [Int?] = [
        after.forloeb?.count, after.samtaler?.count, after.tilbud?.count, after.ydelser?.count, after.timer?.count,
        after.markeringer?.count,
      ]
      #expect(counts.allSatisfy { ($0 ?? 0) == 0 }, "\(keptKommune.kommune.name)")
    }
    // The edits above are there: a missing table, an ambiguous one, a Windows-1252 one.
    #expect(kept.kommuner.contains { $0.kommune.code == 259 && !$0.has(.samtaler) })
    #expect(kept.files.contains { $0.path.lowercased().hasSuffix("751/tilbud.csv") && $0.status == .afvist })
    #expect(kept.files.contains { $0.path.hasSuffix("461/forloeb.csv") && $0.encoding == .windows1252 })
  }

  @Test func everyFileThereGetsTheChecksumOfItsBytes() throws {
    let (root, register) = try Self.generated("measured-load-checksums")
    defer { try? FileManager.default.removeItem(atPath: root) }
    let loader = ExtractLoader(extractsRoot: root, period: Self.period, register: register)
    let (extract, _) = try loader.load(checksums: true) { _, _ in 0 }
    var plain = try loader.load()
    InputChecksums.fill(&plain.files, extractsRoot: root)

    for file in extract.files {
      let path = root + "/" + file.path
      if file.status == .mangler {
        #expect(file.sha256 == nil, "\(file.path)")
        continue
      }
      // Hashed here with the portable code, not the SHA instructions the loader may use.
      let bytes = try #require(FileManager.default.contents(atPath: path), "\(file.path)")
      var reference = SHA256(usingBlockInstructions: false)
      reference.update(Array(bytes))
      let hex = reference.finalize().map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
      #expect(file.sha256 == hex, "\(file.path)")
    }
    #expect(extract.files.map(\.sha256) == plain.files.map(\.sha256))
    // The ambiguous table is not read but is there, so it still gets its checksum.
    #expect(extract.files.contains { $0.path.lowercased().hasSuffix("751/tilbud.csv") && $0.status == .afvist && $0.sha256 != nil })
    #expect(extract.files.last?.path == "2024H1/benchmark.csv")
    #expect(extract.files.last?.sha256 != nil)
  }

  @Test func checksumsAlreadyTakenAreNotTakenAgain() throws {
    let root = Fixtures.temporaryFolder("checksums-kept")
    defer { try? FileManager.default.removeItem(atPath: root) }
    Fixtures.write("kommune;befolkning_16_66;forventet_andel\n101;1000;10\n", to: root + "/2024H1/benchmark.csv")
    var files = [FileQuality(path: "2024H1/benchmark.csv", kommune: nil, table: .benchmark, status: .ok)]
    files[0].sha256 = "taken while read"
    InputChecksums.fill(&files, extractsRoot: root)
    #expect(files[0].sha256 == "taken while read")
    files[0].sha256 = nil
    InputChecksums.fill(&files, extractsRoot: root)
    // sha256sum of "kommune;befolkning_16_66;forventet_andel\n101;1000;10\n", worked out outside.
    #expect(files[0].sha256 == Self.expectedBenchmarkDigest)
  }

  static let expectedBenchmarkDigest = "9ff9a5d434fd1d5018a8daa4554dc392acf3d316f73a44ebc2d1e6309d09e0c9"
}
