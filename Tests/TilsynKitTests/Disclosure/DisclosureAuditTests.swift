import Testing
@testable import TilsynKit

/// The independent audit (SPEC 5, disclosure control): it passes on what the routine produces and
/// names the cell when a suppression is broken by hand.
@Suite struct DisclosureAuditTests {
  typealias Cell = PublicationTable.Cell
  let minimum = DisclosureFixture.minimum

  /// The cascade table of `DisclosureControlTests` (rows Aalborg, Hjørring, Region Nordjylland i
  /// alt, Aarhus, Viborg, Region Midtjylland i alt, Hele landet), suppressed.
  func cascade() -> SuppressedTable {
    DisclosureControl.apply(
      DisclosureFixture.regional([
        DisclosureFixture.region("Region Nordjylland i alt", [("Aalborg", 851, [3, 30, 33]), ("Hjørring", 860, [25, 0, 25])]),
        DisclosureFixture.region("Region Midtjylland i alt", [("Aarhus", 751, [60, 20, 80]), ("Viborg", 791, [40, 10, 50])]),
      ]), minimum: minimum)
  }

  /// Rows A 2 of 4, B 3 of 50, C 0 of 7, suppressed (no lines).
  func shares() -> SuppressedTable {
    DisclosureControl.apply(
      DisclosureFixture.table(
        [("A", 1, [2, 4]), ("B", 2, [3, 50]), ("C", 3, [0, 7])], columns: ["opfyldt", "kohorte"],
        shares: [PublicationTable.ShareColumn(header: "andel", numerator: 0, denominator: 1)]), minimum: minimum)
  }

  @Test func countsPerTableAndSummary() {
    let result = DisclosureAudit.audit([cascade(), shares()], minimum: minimum)
    #expect(result.passed)
    #expect(
      result.tables == [
        AuditResult.TableCounts(name: "tidlig_indsats_samtale", primary: 1, secondary: 10, suppressedShares: 5),
        AuditResult.TableCounts(name: "test", primary: 3, secondary: 0, suppressedShares: 2),
      ])
    #expect(
      result.summary == "Diskretionering af 2 tabeller: 4 celler skjult primært og 10 sekundært; kontrollen fandt ingen fejl.")
  }

  /// Viborg opfyldt (40) was a secondary cell; shown again, Viborg's ikke opfyldt is 50 − 40 and
  /// the Midtjylland subtotal's opfyldt is 60 + 40 — found both by the flags and by arithmetic.
  @Test func flagsAnUnsuppressedSecondaryCell() {
    var broken = cascade()
    #expect(broken.status(Cell(row: 4, column: 0)) == .secondary)
    broken.countStatus[4][0] = .published
    let result = DisclosureFixture.audit(broken)
    #expect(!result.passed)
    #expect(
      result.findings.contains(
        "tidlig_indsats_samtale: Viborg / ikke opfyldt: er den eneste skjulte celle i linjen til Viborg / kohorte"))
    #expect(
      result.findings.contains(
        "tidlig_indsats_samtale: Viborg / ikke opfyldt: kan genberegnes præcist af de viste celler i linjen til "
          + "Viborg / kohorte"))
    #expect(
      result.findings.contains(
        "tidlig_indsats_samtale: Region Midtjylland i alt / opfyldt: kan genberegnes præcist af de viste celler i "
          + "linjen til Region Midtjylland i alt / opfyldt"))
    #expect(result.findings.count == 4)
  }

  /// Aalborg's opfyldt is 3: shown, it is a count under 5 (its lines keep two other hidden cells).
  @Test func flagsAPublishedSmallCount() {
    var broken = cascade()
    broken.countStatus[0][0] = .published
    let result = DisclosureFixture.audit(broken)
    #expect(result.findings.contains("tidlig_indsats_samtale: Aalborg / opfyldt: et antal under 5 er offentliggjort"))
  }

  /// B's share 3 of 50 shown as 6,0 while the 3 is hidden: 6 % of the shown 50 gives it back.
  @Test func flagsAShareOverAHiddenNumerator() {
    var broken = shares()
    broken.shareStatus[1][0] = .published
    #expect(broken.shareText(row: 1, share: 0) == "6,0")
    let result = DisclosureFixture.audit(broken)
    #expect(result.findings == ["test: B / andel: andelen vises, men tælleren (opfyldt) er skjult eller mangler"])
  }

  /// The audit takes its own minimum: at 10, C's kohorte 7 and its share over 7 are faults.
  @Test func usesItsOwnMinimum() {
    let result = DisclosureAudit.audit([shares()], minimum: 10)
    #expect(
      result.findings == [
        "test: C / kohorte: et antal under 10 er offentliggjort", "test: C / andel: andelen vises, men nævneren er under 10",
      ])
  }

  /// A declared line that does not add up (10 + 20 ≠ 40), and a cell without data marked as
  /// suppressed (it still drops out of Y's line, so that line is not reported).
  @Test func flagsAWrongStructureAndAHiddenMissingCell() {
    let table = DisclosureFixture.table([("X", 1, [10, 20, 40]), ("Y", 2, [nil, 8, 8])], columns: ["a", "b", "i alt"]) {
      $0.rowTotals(components: [0, 1], total: 2)
    }
    var result = DisclosureControl.apply(table, minimum: minimum)
    result.countStatus[1][0] = .primary
    #expect(
      DisclosureFixture.audit(result).findings == [
        "test: Y / a: mangler data, men vises som ..", "linjen til X / i alt: cellerne summerer ikke til totalen",
      ])
  }

  /// Property: on a few hundred seeded random regional tables — small counts, zeros and missing
  /// municipalities included — the routine's output always passes the audit, is deterministic and
  /// publishes no count under the minimum; and the same tables shown unsuppressed fail the audit
  /// whenever they hold a small count (the audit is not vacuous).
  @Test func auditPassesOnEveryRandomOutput() {
    var random = SplitMix(state: 20_250_605)
    var suppressedAny = 0
    for round in 0..<300 {
      let table = randomTable(&random)
      let result = DisclosureControl.apply(table, minimum: minimum)
      let audit = DisclosureFixture.audit(result)
      #expect(audit.passed, "round \(round): \(audit.findings)")
      let counts = AuditResult.TableCounts(
        name: table.name, primary: result.primaryCount, secondary: result.secondaryCount,
        suppressedShares: result.suppressedShareCount)
      #expect(audit.tables == [counts])
      #expect(result.countStatus == DisclosureControl.apply(table, minimum: minimum).countStatus, "round \(round)")
      for row in table.rows.indices {
        for column in table.countColumns.indices {
          let text = result.countText(row: row, column: column)
          #expect(!(1..<minimum).contains(Int(text) ?? 0), "round \(round)")
        }
      }
      let shown = SuppressedTable(
        table: table, minimum: minimum,
        countStatus: table.counts.map { $0.map { $0 == nil ? .notAvailable : .published } },
        shareStatus: result.shareStatus.map { $0.map { $0 == .notAvailable ? .notAvailable : .published } })
      let hasSmallCount = table.counts.joined().contains { (1..<minimum).contains($0 ?? 0) }
      #expect(DisclosureFixture.audit(shown).passed == !hasSmallCount, "round \(round)")
      if result.secondaryCount > 0 { suppressedAny += 1 }
    }
    #expect(suppressedAny > 100)  // the generator does exercise secondary suppression
  }

  /// 1–4 regions of 1–6 municipalities; 1–3 components summing to a last total column, the first
  /// component's share of the total; a count is 0 (1 in 8), 1–4 (1 in 4) or 5–60, and a
  /// municipality lacks data 1 time in 10.
  func randomTable(_ random: inout SplitMix) -> PublicationTable {
    let components = Int.random(in: 1...3, using: &random)
    var code = 100
    let regions = (0..<Int.random(in: 1...4, using: &random)).map { region in
      let rows = (0..<Int.random(in: 1...6, using: &random)).map { _ -> (String, Int, [Int?]) in
        code += Int.random(in: 1...30, using: &random)
        guard Int.random(in: 0..<10, using: &random) > 0 else {
          return ("K\(code)", code, Array(repeating: nil, count: components + 1))
        }
        let values = (0..<components).map { _ -> Int in
          switch Int.random(in: 0..<8, using: &random) {
          case 0: return 0
          case 1, 2: return Int.random(in: 1...4, using: &random)
          default: return Int.random(in: 5...60, using: &random)
          }
        }
        return ("K\(code)", code, values + [values.reduce(0, +)])
      }
      return DisclosureFixture.region("Region \(region) i alt", rows)
    }
    return PublicationTable.regional(
      name: "tilfaeldig", title: "Tilfældig", countColumns: (0..<components).map { "del \($0)" } + ["i alt"],
      shareColumns: [PublicationTable.ShareColumn(header: "andel", numerator: 0, denominator: components)], regions: regions,
      rowTotals: [(components: Array(0..<components), total: components)])
  }
}
