import Foundation
import Testing

@testable import TilsynKit

/// Extracts shared by the tests (generated once, at tiny scales).
enum GeneratedExtracts {
  static let period = Period("2024H1")!

  static func generate(
    _ name: String, period: Period = GeneratedExtracts.period, scale: Double = 0.002, seed: UInt64 = 7,
    dirty: Double = 0, kommuner: [Kommune] = GeneratorFixtures.kommuner, profile: GeneratorProfile = .national
  ) throws -> (root: URL, summary: GenerationSummary) {
    let root = GeneratorFixtures.temporaryFolder(name)
    let options = GeneratorOptions(period: period, scale: scale, seed: seed, dirtyRate: dirty, outputRoot: root, profile: profile)
    return (root, try ExtractGenerator(kommuner: kommuner, options: options).generate())
  }

  static let clean = Result { try generate("clean") }
  static let dirty = Result { try generate("dirty", dirty: 0.02) }
}

@Suite struct ExtractGeneratorTests {
  @Test func sameOptionsGiveTheSameBytesAndAnotherSeedOthers() throws {
    let (first, _) = try GeneratedExtracts.clean.get()
    let (second, _) = try GeneratedExtracts.generate("again")
    let (other, _) = try GeneratedExtracts.generate("other-seed", seed: 8)
    defer { GeneratorFixtures.remove(second, other) }
    let firstFiles = GeneratorFixtures.files(under: first)
    let secondFiles = GeneratorFixtures.files(under: second)
    #expect(firstFiles.keys.sorted() == secondFiles.keys.sorted())
    for (path, url) in firstFiles {
      #expect(try Data(contentsOf: url) == Data(contentsOf: secondFiles[path]!), "\(path) differs")
    }
    let otherFiles = GeneratorFixtures.files(under: other)
    let differing = firstFiles.filter { path, url in
      (try? Data(contentsOf: url)) != otherFiles[path].flatMap { try? Data(contentsOf: $0) }
    }
    #expect(differing.count > firstFiles.count / 2)
  }

  @Test func everyMunicipalityHasItsSixFilesAndTheBenchmark() throws {
    let (root, summary) = try GeneratedExtracts.clean.get()
    let folder = root.appendingPathComponent("2024H1")
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("benchmark.csv").path))
    let folders = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "benchmark.csv" }
    #expect(folders.count == 98)
    #expect(Set(folders.compactMap { parseKommuneCode(Array($0.utf8)) }) == Set(GeneratorFixtures.kommuner.map(\.code)))
    for name in folders {
      let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(name).path)
      #expect(Set(files) == Set(TableKind.municipalTables.map(\.fileName)), "\(name)")
    }
    #expect(summary.files.count == 1 + 98 * 6)
    let benchmark = try GeneratedCSV(url: folder.appendingPathComponent("benchmark.csv"))
    #expect(benchmark.header == ["kommune", "befolkning_16_66", "forventet_andel"])
    #expect(benchmark.records.count == 98)
    #expect(benchmark.records.allSatisfy { $0[0].count == 3 && Int($0[1])! > 0 && RowClassifier.isDecimal($0[2]) })
  }

  /// At dirty 0 every row is valid by SPEC 3.1 (field count, required values, dates, codes, ids,
  /// end after start, no repeats), and the summary counts every record.
  @Test func cleanExtractHasOnlyValidRows() throws {
    let (root, summary) = try GeneratedExtracts.clean.get()
    for file in summary.files where file.table != nil {
      let csv = try GeneratedCSV(url: root.appendingPathComponent("2024H1").appendingPathComponent(file.path))
      var classifier = RowClassifier(table: file.table!, header: csv.header)
      for record in csv.records {
        let fault = classifier.classify(record)
        #expect(fault == nil, "\(file.path): \(record) → \(fault?.rawValue ?? "")")
        if fault != nil { return }
      }
      #expect(csv.records.count == file.rows, "\(file.path)")
      #expect(csv.bytes.count == file.bytes, "\(file.path)")
    }
    #expect(summary.injected.isEmpty)
  }

  /// At dirty 0.02 every reason code is injected, and an independent classification of every row
  /// finds exactly the injected faults, file by file.
  @Test func dirtyExtractInjectsEveryReasonExactlyAsCounted() throws {
    let (root, summary) = try GeneratedExtracts.dirty.get()
    for fault in RejectReason.allCases { #expect((summary.injected[fault] ?? 0) > 0, "\(fault.rawValue)") }
    for file in summary.files where file.table != nil {
      let csv = try GeneratedCSV(url: root.appendingPathComponent("2024H1").appendingPathComponent(file.path))
      var classifier = RowClassifier(table: file.table!, header: csv.header)
      var found: [RejectReason: Int] = [:]
      for record in csv.records { if let fault = classifier.classify(record) { found[fault, default: 0] += 1 } }
      #expect(found == file.injected, "\(file.path)")
      #expect(csv.records.count == file.rows, "\(file.path)")
    }
    let total = summary.rows - summary.files[0].rows
    let bad = summary.injectedRows - (summary.files[0].injected[.dublet] ?? 0)
    #expect(abs(Double(bad) / Double(total) - 0.02) < 0.005)
    #expect(summary.files[0].injected == [.dublet: 1])
  }

  /// Even at a tiny rate, each reason appears at least once somewhere.
  @Test func aTinyDirtyRateStillInjectsEveryReason() throws {
    let few = Array(GeneratorFixtures.kommuner.prefix(3))
    let (root, summary) = try GeneratedExtracts.generate("tiny-dirty", dirty: 0.0001, kommuner: few)
    defer { GeneratorFixtures.remove(root) }
    #expect(Set(summary.injected.keys) == Set(RejectReason.allCases))
  }
}

extension GenerationSummary {
  var injectedRows: Int { files.reduce(0) { $0 + $1.injectedRows } }
}
