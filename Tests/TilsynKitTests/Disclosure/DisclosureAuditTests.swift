import Testing
@testable import TilsynKit

/// The independent audit (SPEC 5.1): exact intervals worked out by hand for patterns that leak, and
/// a property over generated tables comparing the suppression with the old cascade.
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
    // The cascade table hides Aalborg and Hjørring in opfyldt and kohorte, all four of width 28
    // (DisclosureControlTests); the first with the lowest bound is named. The shares table has no
    // sums: its hidden cells are bounded by nothing.
    #expect(
      result.tables == [
        AuditResult.TableCounts(
          name: "tidlig_indsats_samtale", primary: 1, secondary: 3, suppressedShares: 2,
          narrowest: ("tidlig_indsats_samtale: Aalborg / opfyldt", CellInterval(lower: 0, upper: 28))),
        AuditResult.TableCounts(
          name: "test", primary: 3, secondary: 0, suppressedShares: 2,
          narrowest: ("test: A / opfyldt", CellInterval(lower: 0, upper: nil))),
      ])
    #expect(
      result.summary
        == "Diskretionering af 2 tabeller: 4 celler skjult primært og 3 sekundært; lineær programmering på de offentliggjorte "
        + "tabeller kan ikke bestemme nogen skjult celle præcist eller vise, at den er under minimum.")
  }

  /// The Flere skal med row `..;10;..;0;12`: a + 10 + c + 0 = 12, so a + c = 2 and both lie
  /// in [0; 2] — small counts, both reported.
  @Test func twoHiddenCellsThatSumToTwo() {
    let table = DisclosureFixture.table([("X", 1, [1, 10, 1, 0, 12])], columns: ["a", "b", "c", "d", "i alt"]) {
      $0.rowTotals(components: [0, 1, 2, 3], total: 4)
    }
    let pattern = DisclosureFixture.hiding([Cell(row: 0, column: 0), Cell(row: 0, column: 2)], in: table)
    #expect(DisclosureFixture.intervals(pattern) == ["X / a": .init(lower: 0, upper: 2), "X / c": .init(lower: 0, upper: 2)])
    #expect(
      DisclosureFixture.audit(pattern).findings == [
        "test: X / a: kan kun være 0–2 ifølge den offentliggjorte tabel, altså under 5",
        "test: X / c: kan kun være 0–2 ifølge den offentliggjorte tabel, altså under 5",
      ])
  }

  /// A 2×2 block pinned by its margins: K is the only municipality of Nordjylland (3 + 9 = 12), so
  /// the region's row repeats it; hiding K's and the region's opfyldt and ikke opfyldt leaves the
  /// national column: region opfyldt = 38 − 35 = 3, ikke opfyldt = 24 − 15 = 9, and K the same.
  @Test func aBlockPinnedByItsMargins() {
    let table = DisclosureFixture.regional([
      DisclosureFixture.region("Region Nordjylland i alt", [("K", 825, [3, 9, 12])]),
      DisclosureFixture.region("Region Syddanmark i alt", [("S1", 400, [20, 10, 30]), ("S2", 410, [15, 5, 20])]),
    ])
    let block = [Cell(row: 0, column: 0), Cell(row: 0, column: 1), Cell(row: 1, column: 0), Cell(row: 1, column: 1)]
    let pattern = DisclosureFixture.hiding(block, in: table)
    #expect(
      DisclosureFixture.intervals(pattern) == [
        "K / opfyldt": .init(lower: 3, upper: 3), "K / ikke opfyldt": .init(lower: 9, upper: 9),
        "Region Nordjylland i alt / opfyldt": .init(lower: 3, upper: 3),
        "Region Nordjylland i alt / ikke opfyldt": .init(lower: 9, upper: 9),
      ])
    let findings = DisclosureFixture.audit(pattern).findings
    #expect(findings.count == 4)
    #expect(findings.contains("tidlig_indsats_samtale: K / opfyldt: kan regnes ud præcist af den offentliggjorte tabel"))
  }

  /// A subset bounds a cell below 5: skiftet 2 and fortsat 40 hidden in a row with afgået 10,
  /// i alt 52 and over 39 ≤ fortsat shown. Alone the row gives skiftet + fortsat = 42; the subset
  /// adds fortsat ≥ 39, so skiftet ≤ 3: [0; 3], and fortsat [39; 42] (protected).
  @Test func aSubsetBoundsACellBelowTheMinimum() {
    var table = DisclosureFixture.table(
      [("X", 1, [2, 40, 10, 52, 39])], columns: ["skiftet", "fortsat", "afgået", "i alt", "over"]
    ) { $0.rowTotals(components: [0, 1, 2], total: 3) }
    table.subsets = table.rowSubsets([(part: 4, whole: 1)])
    let pattern = DisclosureFixture.hiding([Cell(row: 0, column: 0), Cell(row: 0, column: 1)], in: table)
    #expect(
      DisclosureFixture.intervals(pattern) == ["X / skiftet": .init(lower: 0, upper: 3), "X / fortsat": .init(lower: 39, upper: 42)])
    #expect(
      DisclosureFixture.audit(pattern).findings == ["test: X / skiftet: kan kun være 0–3 ifølge den offentliggjorte tabel, altså under 5"])
  }

  /// A share shown over a hidden numerator: 6,0 % of the shown 50 means 2,975 ≤ opfyldt ≤ 3,025,
  /// so opfyldt is 3 exactly.
  @Test func aShareOverAHiddenNumeratorPinsIt() {
    var broken = shares()
    broken.shareStatus[1][0] = .published
    #expect(broken.shareText(row: 1, share: 0) == "6,0")
    #expect(DisclosureFixture.intervals(broken)["B / opfyldt"] == CellInterval(lower: 3, upper: 3))
    #expect(DisclosureFixture.audit(broken).findings.contains("test: B / opfyldt: kan regnes ud præcist af den offentliggjorte tabel"))
  }

  /// Aalborg's opfyldt is 3: shown, it is a count under 5.
  @Test func flagsAPublishedSmallCount() {
    var broken = cascade()
    broken.countStatus[0][0] = .published
    let result = DisclosureFixture.audit(broken)
    #expect(result.findings.contains("tidlig_indsats_samtale: Aalborg / opfyldt: et antal under 5 er offentliggjort"))
  }

  /// The audit takes its own minimum: at 10, C's kohorte 7 and its share over 7 are faults.
  @Test func usesItsOwnMinimum() {
    let result = DisclosureAudit.audit([shares()], minimum: 10)
    #expect(
      result.findings == [
        "test: C / kohorte: et antal under 10 er offentliggjort", "test: C / andel: andelen vises, men nævneren er under 10",
      ])
  }

  /// Shown numbers that break a stated sum (10 + 20 ≠ 40) are a fault of the table itself.
  @Test func flagsShownNumbersThatBreakASum() {
    let table = DisclosureFixture.table([("X", 1, [10, 20, 40])], columns: ["a", "b", "i alt"]) {
      $0.rowTotals(components: [0, 1], total: 2)
    }
    #expect(
      DisclosureFixture.audit(DisclosureFixture.hiding([], in: table)).findings == [
        "test: X / i alt: de viste tal summerer ikke til totalen"
      ])
  }

  /// The run stops with a Danish message naming table and cell.
  @Test func failureMessageNamesTheCell() {
    let failure = DisclosureAuditFailure(findings: ["test: X / a: kan regnes ud præcist af den offentliggjorte tabel"])
    #expect(
      failure.description
        == "diskretioneringskontrollen fandt 1 ubeskyttede celler i udvalgets tabeller: test: X / a: kan regnes ud præcist af "
        + "den offentliggjorte tabel; intet er skrevet, tidligere rapporter er urørte")
  }

  /// Property: on a few hundred seeded random regional tables — small counts, zeros, missing
  /// municipalities and subsets included — the suppression's output always passes the audit, is
  /// deterministic and publishes no count under the minimum; the same tables shown unsuppressed
  /// fail the audit whenever they hold a small count (the audit is not vacuous); and over the
  /// tables where the old cascade's pattern protects, the suppression hides no more cells in all
  /// than it did. Per table it can hide more: its moves are rectangles (row path × column set), and
  /// a pattern protected only through a longer cycle of cells (3 rows × 3 columns) is not found.
  @Test func auditPassesOnEveryRandomOutput() {
    var random = SplitMix(state: 20_250_605)
    var suppressedAny = 0
    var totals = (new: 0, old: 0, oldLeaking: 0, rounds: 0, worse: 0)
    var whereOldProtects = (new: 0, old: 0)
    for round in 0..<100 {
      let table = randomTable(&random)
      let result = DisclosureControl.apply(table, minimum: minimum)
      let audit = DisclosureFixture.audit(result)
      #expect(audit.passed, "round \(round): \(audit.findings)")
      #expect(audit.tables.map { [$0.primary, $0.secondary, $0.suppressedShares] } == [
        [result.primaryCount, result.secondaryCount, result.suppressedShareCount]
      ])
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
      let old = CascadeReference.apply(table, minimum: minimum)
      let hidden = (new: result.primaryCount + result.secondaryCount, old: old.primaryCount + old.secondaryCount)
      totals.new += hidden.new
      totals.old += hidden.old
      totals.rounds += 1
      if DisclosureFixture.audit(old).passed {
        whereOldProtects.new += hidden.new
        whereOldProtects.old += hidden.old
        if hidden.new > hidden.old { totals.worse += 1 }
      } else {
        totals.oldLeaking += 1
      }
    }
    #expect(suppressedAny > 25)  // the generator does exercise secondary suppression
    #expect(whereOldProtects.new <= whereOldProtects.old)
    print(
      "disclosure property: \(totals.rounds) tables, hidden cells \(totals.new) (new) against \(totals.old) (old cascade); "
        + "the old pattern leaked in \(totals.oldLeaking); where it protects \(whereOldProtects.new) against "
        + "\(whereOldProtects.old), more in \(totals.worse) tables")
  }

  /// The two searches of the secondary suppression give the same pattern side by side (as on
  /// national tables with many small cells) as one after the other, on 40 random tables.
  @Test func theSearchesSideBySideGiveTheSamePattern() {
    var random = SplitMix(state: 20_261_203)
    var hidden = 0
    for round in 0..<40 {
      let table = randomTable(&random)
      let serial = DisclosureControl.apply(table, minimum: minimum, parallelFrom: .max)
      let parallel = DisclosureControl.apply(table, minimum: minimum, parallelFrom: 0)
      #expect(parallel.countStatus == serial.countStatus, "round \(round)")
      hidden += serial.secondaryCount
    }
    #expect(hidden > 0)  // the tables do need secondary cells
  }

  /// 1–4 regions of 1–6 municipalities; 1–3 components summing to a total column, the first
  /// component's share of the total; half the tables add a `heraf` column of at most the first
  /// component (a subset, like `over 9 mdr.`); a count is 0 (1 in 8), 1–4 (1 in 4) or 5–60, and a
  /// municipality lacks data 1 time in 10.
  func randomTable(_ random: inout SplitMix) -> PublicationTable {
    let components = Int.random(in: 1...3, using: &random)
    let subset = Bool.random(using: &random)
    let width = components + 1 + (subset ? 1 : 0)
    var code = 100
    let regions = (0..<Int.random(in: 1...4, using: &random)).map { region in
      let rows = (0..<Int.random(in: 1...6, using: &random)).map { _ -> (String, Int, [Int?]) in
        code += Int.random(in: 1...30, using: &random)
        guard Int.random(in: 0..<10, using: &random) > 0 else {
          return ("K\(code)", code, Array(repeating: nil, count: width))
        }
        let values = (0..<components).map { _ -> Int in
          switch Int.random(in: 0..<8, using: &random) {
          case 0: return 0
          case 1, 2: return Int.random(in: 1...4, using: &random)
          default: return Int.random(in: 5...60, using: &random)
          }
        }
        let part = subset ? [Int.random(in: 0...values[0], using: &random)] : []
        return ("K\(code)", code, values + [values.reduce(0, +)] + part)
      }
      return DisclosureFixture.region("Region \(region) i alt", rows)
    }
    return PublicationTable.regional(
      name: "tilfaeldig", title: "Tilfældig",
      countColumns: (0..<components).map { "del \($0)" } + ["i alt"] + (subset ? ["heraf"] : []),
      shareColumns: [PublicationTable.ShareColumn(header: "andel", numerator: 0, denominator: components)], regions: regions,
      rowTotals: [(components: Array(0..<components), total: components)],
      rowSubsets: subset ? [(part: components + 1, whole: 0)] : [])
  }
}
