import Testing
@testable import TilsynKit

/// The suppression routine on hand-made tables (SPEC 5, disclosure control); every expected cell is
/// worked out by hand in the comments, with a minimum of 5.
@Suite struct DisclosureControlTests {
  typealias Cell = PublicationTable.Cell
  let minimum = DisclosureFixture.minimum

  @Test func minimumComesFromTheRuleSet() throws {
    let rules = try RuleSet.load(path: Fixtures.ruleSetPath)
    #expect(rules.integer(.diskretionMinimum, on: Day(2024, 6, 30)) == minimum)
  }

  /// Row a + b + c = i alt: 12, 2, 7, 21. The 2 is primary and would be 21 − 12 − 7, so the
  /// next-smallest component, c = 7, is suppressed too; 12 and the total stay.
  @Test func singlePrimaryInARowTakesTheNextSmallestCell() {
    let table = DisclosureFixture.table([("Albertslund", 165, [12, 2, 7, 21])], columns: ["a", "b", "c", "i alt"]) { _ in
      [PublicationTable.rowTotal(row: 0, components: [0, 1, 2], total: 3)]
    }
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(DisclosureFixture.texts(result) == [["12", "..", "..", "21"]])
    #expect(result.status(Cell(row: 0, column: 1)) == .primary)
    #expect(result.status(Cell(row: 0, column: 2)) == .secondary)
    #expect((result.primaryCount, result.secondaryCount) == (1, 1))
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// Column 3, 2, 30 → 35: both small counts are primary and protect each other (35 − 30 = 5 is
  /// their sum only), so nothing more is suppressed.
  @Test func twoPrimariesInAColumnNeedNoMore() {
    let table = DisclosureFixture.table(
      [("Albertslund", 165, [3]), ("Ballerup", 151, [2]), ("Brøndby", 153, [30]), ("I alt", 999, [35])], columns: ["antal"]
    ) { $0.columnTotals(groups: [PublicationTable.RowGroup(components: [0, 1, 2], total: 3)]) }
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(DisclosureFixture.texts(result) == [[".."], [".."], ["30"], ["35"]])
    #expect((result.primaryCount, result.secondaryCount) == (2, 0))
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// Column 8 (code 173), 8 (code 101), 2 (code 147), 20 → 38: the 2 is primary; the two 8s tie as
  /// next-smallest and the lower municipality code, 101 (row 1), is taken.
  /// Row 6, 3, 6 → 15: the 3 is primary; the two 6s tie in one row and the first column is taken.
  @Test func tiesGoToTheLowerCodeThenTheEarlierColumn() {
    let column = DisclosureFixture.table(
      [("Lyngby-Taarbæk", 173, [8]), ("København", 101, [8]), ("Gentofte", 147, [2]), ("Holbæk", 316, [20]),
       ("I alt", 999, [38])], columns: ["antal"]
    ) { $0.columnTotals(groups: [PublicationTable.RowGroup(components: [0, 1, 2, 3], total: 4)]) }
    let byCode = DisclosureControl.apply(column, minimum: minimum)
    #expect(DisclosureFixture.texts(byCode) == [["8"], [".."], [".."], ["20"], ["38"]])
    #expect(byCode.status(Cell(row: 1, column: 0)) == .secondary)

    let row = DisclosureFixture.table([("Odense", 461, [6, 3, 6, 15])], columns: ["a", "b", "c", "i alt"]) { _ in
      [PublicationTable.rowTotal(row: 0, components: [0, 1, 2], total: 3)]
    }
    #expect(DisclosureFixture.texts(DisclosureControl.apply(row, minimum: minimum)) == [["..", "..", "6", "15"]])
  }

  /// Shares (opfyldt / kohorte), no lines:
  /// - 2 of 4: denominator below 5 → the share is primary (and both counts are primary);
  /// - 3 of 50: the numerator is primary → the share is secondary, 50 is shown;
  /// - 0 of 7: published, 0,0 %; 47 of 50: 94,0 %;
  /// - 0 of 0: no share (empty), the zeros are shown.
  @Test func sharesFollowTheirDenominatorAndCounts() {
    let table = DisclosureFixture.table(
      [("A", 1, [2, 4]), ("B", 2, [3, 50]), ("C", 3, [0, 7]), ("D", 4, [47, 50]), ("E", 5, [0, 0])],
      columns: ["opfyldt", "kohorte"],
      shares: [PublicationTable.ShareColumn(header: "andel", numerator: 0, denominator: 1)])
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(
      DisclosureFixture.texts(result) == [
        ["..", "..", ".."], ["..", "50", ".."], ["0", "7", "0,0"], ["47", "50", "94,0"], ["0", "0", ""],
      ])
    #expect(result.shareStatus.map { $0[0] } == [.primary, .secondary, .published, .published, .notAvailable])
    #expect(result.suppressedShareCount == 2)
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// Nordjylland: Aalborg 3 + 30 = 33, Hjørring 25 + 0 = 25, region 28 + 30 = 58.
  /// Midtjylland: Aarhus 60 + 20 = 80, Viborg 40 + 10 = 50, region 100 + 30 = 130.
  /// Hele landet 128 + 60 = 188. Rows 0–6: Aalborg, Hjørring, Nordjylland, Aarhus, Viborg,
  /// Midtjylland, Hele landet; lines in order: regions' columns, national columns, then the rows.
  ///
  /// Primary: Aalborg opfyldt (3).
  /// Pass 1: Nordjylland opfyldt → Hjørring opfyldt 25; Aalborg's row → ikke opfyldt 30; Hjørring's
  ///   row (25 hidden, the other component 0) → its total, kohorte 25.
  /// Pass 2: Nordjylland ikke opfyldt (30 hidden, Hjørring 0) → the region's 30; Nordjylland kohorte
  ///   (Hjørring hidden) → Aalborg 33; national ikke opfyldt (region 30 hidden) → Midtjylland's 30;
  ///   Nordjylland's row → its opfyldt 28; Midtjylland's row → its opfyldt 100.
  /// Pass 3: Midtjylland opfyldt (region hidden) → Viborg 40; Midtjylland ikke opfyldt → Viborg 10.
  /// Pass 4: nothing changes. 1 primary, 10 secondary; Aarhus and Hele landet stay whole.
  @Test func cascadeThroughRegionAndNationalTotals() {
    let table = DisclosureFixture.regional([
      DisclosureFixture.region("Region Nordjylland i alt", [("Aalborg", 851, [3, 30, 33]), ("Hjørring", 860, [25, 0, 25])]),
      DisclosureFixture.region("Region Midtjylland i alt", [("Aarhus", 751, [60, 20, 80]), ("Viborg", 791, [40, 10, 50])]),
    ])
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(
      DisclosureFixture.texts(result) == [
        ["..", "..", "..", ".."],  // Aalborg
        ["..", "0", "..", ".."],  // Hjørring
        ["..", "..", "58", ".."],  // Region Nordjylland i alt
        ["60", "20", "80", "75,0"],  // Aarhus
        ["..", "..", "50", ".."],  // Viborg
        ["..", "..", "130", ".."],  // Region Midtjylland i alt
        ["128", "60", "188", "68,1"],  // Hele landet
      ])
    #expect((result.primaryCount, result.secondaryCount) == (1, 10))
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// Rows X 3 + 8 = 11, Y 6 + 0 = 6, I alt 9 + 8 = 17 with column sums. Primary X.a (3).
  /// Pass 1: column a → Y.a 6; row X → X.b 8; row Y (6 hidden, b = 0) → Y's total 6, not the 0.
  /// Pass 2: column b (X.b hidden, Y.b = 0) → the total's b 8; column i alt → X's total 11; row
  ///   I alt → its a 9. The zero is shown throughout and never chosen.
  @Test func zerosArePublishedAndNeverTheComplement() {
    let table = DisclosureFixture.table(
      [("X", 1, [3, 8, 11]), ("Y", 2, [6, 0, 6]), ("I alt", 3, [9, 8, 17])], columns: ["a", "b", "i alt"]
    ) { table in
      table.columnTotals(groups: [PublicationTable.RowGroup(components: [0, 1], total: 2)])
        + table.rowTotals(components: [0, 1], total: 2)
    }
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(DisclosureFixture.texts(result) == [["..", "..", ".."], ["..", "0", ".."], ["..", "..", "17"]])
    #expect(result.status(Cell(row: 1, column: 1)) == .published)
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// `nil` (mangler data) is shown empty and never suppressed:
  /// Lines: the row sums of the three municipalities, and the ikke-opfyldt column to I alt.
  /// - Ishøj has no data: all empty, its row line (total `nil`) is skipped;
  /// - Dragør 3 + 10 with kohorte `nil`: the row line has no total, so 10 stays;
  /// - column ikke opfyldt: Ishøj `nil`, Dragør 10, Vallensbæk 3, region 13 — Ishøj adds nothing,
  ///   so the line is Dragør + Vallensbæk = 13 and Vallensbæk's 3 would be 13 − 10: Dragør's 10 goes.
  @Test func missingDataIsEmptyAndDropsOutOfLines() {
    let table = DisclosureFixture.table(
      [("Ishøj", 183, [nil, nil, nil]), ("Dragør", 155, [3, 10, nil]), ("Vallensbæk", 187, [20, 3, 23]),
       ("I alt", 999, [23, 13, 23])], columns: DisclosureFixture.columns, shares: [DisclosureFixture.share]
    ) { table in
      (0..<3).map { PublicationTable.rowTotal(row: $0, components: [0, 1], total: 2) }
        + table.columnTotals(groups: [PublicationTable.RowGroup(components: [0, 1, 2], total: 3)], columns: [1])
    }
    let result = DisclosureControl.apply(table, minimum: minimum)
    // Vallensbæk's row: ikke opfyldt 3 primary → opfyldt 20 secondary; the share follows.
    #expect(
      DisclosureFixture.texts(result) == [
        ["", "", "", ""], ["..", "..", "", ""], ["..", "..", "23", ".."], ["23", "13", "23", "100,0"],
      ])
    #expect(result.countStatus[0] == [.notAvailable, .notAvailable, .notAvailable])
    #expect(result.status(Cell(row: 1, column: 1)) == .secondary)
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// The same table gives the same cells, and the CSV carries `..` as jobindsats.dk does.
  @Test func deterministicAndWrittenAsDanishCSV() {
    let table = DisclosureFixture.table(
      [("Albertslund", 165, [40, 3, 43])], columns: DisclosureFixture.columns, shares: [DisclosureFixture.share]
    ) {
      $0.rowTotals(components: [0, 1], total: 2)
    }
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(result.countStatus == DisclosureControl.apply(table, minimum: minimum).countStatus)
    let text = String(decoding: result.csv(labelHeader: "kommune").bytes.dropFirst(3), as: UTF8.self)
    #expect(text == "kommune;opfyldt;ikke opfyldt;kohorte;andel opfyldt\r\nAlbertslund;..;..;43;..\r\n")
    #expect(result.markdown(labelHeader: "Kommune").text.contains("| Albertslund |      .. |           .. |      43 |"))
  }

  /// `regional` sums the available counts into subtotals and the total, keys them above every
  /// code, and declares every column and row sum.
  @Test func regionalBuilderDeclaresTheStructure() {
    let table = DisclosureFixture.regional([
      DisclosureFixture.region("Region Sjælland i alt", [("Køge", 259, [40, 15, 55]), ("Stevns", 336, [nil, nil, nil])]),
      DisclosureFixture.region("Region Syddanmark i alt", [("Odense", 461, [50, 6, 56])]),
    ])
    #expect(
      table.rows.map(\.label) == [
        "Køge", "Stevns", "Region Sjælland i alt", "Odense", "Region Syddanmark i alt", "Hele landet",
      ])
    #expect(table.rows.map(\.kind) == [.detail, .detail, .subtotal, .detail, .subtotal, .total])
    #expect(table.rows.map(\.key) == [259, 336, 462, 461, 463, 464])
    #expect(table.counts[2] == [40, 15, 55] && table.counts[5] == [90, 21, 111])
    // 3 columns × (2 regions + the nation) + one row sum per row.
    #expect(table.lines.count == 9 + 6)
    let firstLine = PublicationTable.Line(
      components: [Cell(row: 0, column: 0), Cell(row: 1, column: 0)], total: Cell(row: 2, column: 0))
    #expect(table.lines[0] == firstLine)
  }
}
