import Foundation
import Testing

@testable import TilsynKit

/// On a generated dirty national extract (every municipality, scale 0.004): the case list
/// `sager/tidlig_indsats.csv` adds up to the month counts for every municipality, month and measure
/// (rows = `kohorte`, `ja` rows = `opfyldt`), every `nej` row has a reason and no `ja` row has one;
/// and the production counts agree with `CohortRecount`, the tests' independent recount from the
/// generated files (issue 14: the recount is compared with production, not only with itself).
@Suite(.serialized) struct CaseListPropertyTests {
  static let period = Period("2024H1")!

  @Test func caseListAddsUpAndAgreesWithTheRecount() throws {
    let register = try Fixtures.register()
    let root = Fixtures.temporaryFolder("cases")
    defer { try? FileManager.default.removeItem(atPath: root) }
    _ = try ExtractGenerator(
      kommuner: register.kommuner,
      options: GeneratorOptions(
        period: Self.period, scale: 0.004, seed: 11, dirtyRate: 0.02, outputRoot: URL(fileURLWithPath: root))
    ).generate()
    let extract = try ExtractLoader(extractsRoot: root, period: Self.period, register: register).load()
    let rules = EarlyEffortRules(rules: EarlyEffortFixture.ruleSet, period: Self.period)
    let kommuner = extract.kommuner.map { KommuneEarlyEffort($0, period: Self.period, rules: rules) }
    let summary = EarlyEffortSummary(kommuner: kommuner, previous: nil, rules: rules)

    // Parse the case list back and count rows per (kommune, month, measure).
    let bytes = EarlyEffortCases.csv(summary, persons: extract.personRegistries)
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    var lines = text.split(separator: "\r\n").map { $0.split(separator: ";", omittingEmptySubsequences: false).map(String.init) }
    #expect(lines.removeFirst() == EarlyEffortCases.header)
    var rows: [String: (all: Int, met: Int)] = [:]
    for fields in lines {
      try #require(fields.count == 12, "\(fields)")
      let key = "\(fields[0]) \(fields[1]) \(fields[2])"
      rows[key, default: (0, 0)].all += 1
      if fields[10] == "ja" {
        rows[key]!.met += 1
        #expect(fields[11].isEmpty)
      } else {
        #expect(fields[10] == "nej")
        #expect(NotMetReason(rawValue: fields[11]) != nil, "\(fields)")
      }
    }
    var compared = 0
    for result in kommuner {
      for measure in summary.measures {
        for month in result.halfYear(measure).months ?? [] {
          let key = "\(result.kommune.codeText) \(month.month) \(measure.id)"
          #expect((rows[key]?.all ?? 0) == month.cohort, "\(key)")
          #expect((rows[key]?.met ?? 0) == month.met, "\(key)")
          rows[key] = nil
          compared += 1
        }
      }
    }
    #expect(rows.isEmpty, "rows of no month: \(rows.keys.sorted().prefix(3))")
    #expect(compared == 98 * 2 * 6)  // 2024H1 has samtale and tilbud in every month

    // The independent recount from the generated files.
    var agreeing = 0
    for (kommune, result) in zip(extract.kommuner, kommuner) {
      guard let folder = kommune.folderName else { continue }
      let recount = try CohortRecount.months(
        folder: URL(fileURLWithPath: root).appendingPathComponent("2024H1/\(folder)"), period: Self.period)
      let samtale = result.samtale.months!, tilbud = result.tilbud.months!
      for index in 0..<6 {
        #expect(samtale[index].cohort == recount[index].conversationCohort, "\(kommune.kommune.code) samtale \(index)")
        #expect(samtale[index].met == recount[index].conversationMet, "\(kommune.kommune.code) samtale \(index)")
        #expect(tilbud[index].cohort == recount[index].offerCohort, "\(kommune.kommune.code) tilbud \(index)")
        #expect(tilbud[index].met == recount[index].offerMet, "\(kommune.kommune.code) tilbud \(index)")
      }
      agreeing += 1
    }
    #expect(agreeing == 98)
  }
}
