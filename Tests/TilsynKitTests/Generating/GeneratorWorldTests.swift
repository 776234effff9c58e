import Foundation
import Testing

@testable import TilsynKit

@Suite struct GeneratorDialectTests {
  /// Windows-1252 files really are: æ ø å as single bytes, and not valid UTF-8.
  @Test func windows1252FilesAreNotUTF8() throws {
    let (root, summary) = try GeneratedExtracts.clean.get()
    var checked = 0
    for kommune in GeneratorFixtures.kommuner where InputDialect(seed: 7, code: kommune.code).encoding == .windows1252 {
      for file in summary.files where file.kommune == kommune.code {
        let bytes = [UInt8](try Data(contentsOf: root.appendingPathComponent("2024H1").appendingPathComponent(file.path)))
        #expect(bytes.contains { $0 == 0xE6 || $0 == 0xF8 || $0 == 0xE5 }, "\(file.path)")
        #expect(String(validating: bytes, as: UTF8.self) == nil, "\(file.path)")
        checked += 1
      }
    }
    #expect(checked >= 6)
  }

  /// Across the 98 municipalities, every variation of SPEC 3.1 and 7 occurs.
  @Test func municipalitiesWriteInEveryDialect() throws {
    let (root, summary) = try GeneratedExtracts.clean.get()
    let dialects = GeneratorFixtures.kommuner.map { InputDialect(seed: 7, code: $0.code) }
    #expect(dialects.contains { $0.encoding == .utf8WithBOM })
    #expect(dialects.filter { $0.encoding == .utf8 }.count > 49)
    #expect(Set(dialects.map(\.delimiter)) == [59, 44, 9])
    #expect(dialects.contains(where: \.crlf) && dialects.contains(where: \.quoteAll) && dialects.contains(where: \.fourDigitFolder))
    #expect(dialects.contains(where: \.shuffledColumns) && dialects.contains { $0.headerCase != .asIs })
    #expect(Set(dialects.map(\.dateStyle)).count >= 5)
    var all: [UInt8] = []
    for file in summary.files where file.table == .timer || file.table == .samtaler {
      all += [UInt8](try Data(contentsOf: root.appendingPathComponent("2024H1").appendingPathComponent(file.path)))
    }
    #expect(all.starts(with: [0xEF, 0xBB, 0xBF]) || all.contains(0xEF))
    #expect(all.firstRange(of: Array("\"\"".utf8)) != nil)  // a doubled quote inside a quoted note
    // A comma-delimited file quotes its decimal commas.
    let commaDecimal = dialects.firstIndex { $0.delimiter == 44 && $0.decimalComma }
    if let index = commaDecimal {
      let code = GeneratorFixtures.kommuner[index].code
      let file = summary.files.first { $0.kommune == code && $0.table == .timer }!
      let text = String(decoding: try Data(contentsOf: root.appendingPathComponent("2024H1").appendingPathComponent(file.path)), as: UTF8.self)
      #expect(text.contains(",\"") && text.range(of: #""\d+,\d+""#, options: .regularExpression) != nil)
    }
  }
}

@Suite struct GeneratorWorldTests {
  /// Two consecutive periods describe the same world: the spells that start inside both windows are
  /// the same persons, groups and dates; those that ended before the earlier period's end are equal.
  @Test func consecutivePeriodsAgreeWhereTheyOverlap() throws {
    let few = GeneratorFixtures.kommuner.filter { [101, 751, 461].contains($0.code) }
    let (early, _) = try GeneratedExtracts.generate("2023H2", period: Period("2023H2")!, scale: 0.01, kommuner: few)
    let (late, _) = try GeneratedExtracts.generate("2024H1", period: Period("2024H1")!, scale: 0.01, kommuner: few)
    defer { GeneratorFixtures.remove(early, late) }
    for kommune in few {
      let folder = InputDialect(seed: 7, code: kommune.code).folderName(code: kommune.code)
      let a = try GeneratedCSV(url: early.appendingPathComponent("2023H2/\(folder)/forloeb.csv"))
      let b = try GeneratedCSV(url: late.appendingPathComponent("2024H1/\(folder)/forloeb.csv"))
      func spells(_ csv: GeneratedCSV, endedBy: Day?) -> Set<[String]> {
        let (p, m, s, e) = (csv.column("person_id")!, csv.column("maalgruppe")!, csv.column("start")!, csv.column("slut")!)
        return Set(csv.records.compactMap { record -> [String]? in
          guard let start = GeneratedCSV.date(record[s]), start >= Day(2022, 1, 1), start <= Day(2023, 12, 31) else { return nil }
          guard let endedBy else { return [record[p], record[m], record[s]] }
          guard let end = GeneratedCSV.date(record[e]), end <= endedBy else { return nil }
          return [record[p], record[m], record[s], record[e]]
        })
      }
      let common = spells(a, endedBy: nil)
      #expect(common.count > 100)
      #expect(common == spells(b, endedBy: nil), "\(kommune.code)")
      #expect(spells(a, endedBy: Day(2023, 12, 31)) == spells(b, endedBy: Day(2023, 12, 31)), "\(kommune.code)")
    }
  }

  /// Municipalities differ (SPEC 7): the realised early-effort shares spread across the 80 % line.
  @Test func municipalitiesSpreadAroundTheEightyPercentLine() throws {
    let large = GeneratorFixtures.kommuner.filter { $0.approximatePopulation >= 50_000 }
    let (root, _) = try GeneratedExtracts.generate("spread", scale: 0.02, kommuner: large)
    defer { GeneratorFixtures.remove(root) }
    var offerShares: [Double] = []
    var conversationShares: [Double] = []
    for kommune in large {
      let folder = root.appendingPathComponent("2024H1/" + InputDialect(seed: 7, code: kommune.code).folderName(code: kommune.code))
      let months = try CohortRecount.months(folder: folder, period: GeneratedExtracts.period)
      let total = months.reduce(into: CohortRecount.Month()) {
        $0.conversationCohort += $1.conversationCohort
        $0.conversationMet += $1.conversationMet
        $0.offerCohort += $1.offerCohort
        $0.offerMet += $1.offerMet
      }
      conversationShares.append(Double(total.conversationMet) / Double(max(1, total.conversationCohort)))
      offerShares.append(Double(total.offerMet) / Double(max(1, total.offerCohort)))
    }
    for shares in [conversationShares, offerShares] {
      #expect(shares.filter { $0 < 0.72 }.count >= 3)
      #expect(shares.filter { $0 > 0.86 }.count >= 3)
    }
  }
}
