import Testing
@testable import TilsynKit

/// The suppression on hand-made tables (SPEC 5.1); every expected cell and interval is worked out
/// by hand in the comments, with a minimum of 5.
@Suite struct DisclosureControlTests {
  typealias Cell = PublicationTable.Cell
  let minimum = DisclosureFixture.minimum

  @Test func minimumComesFromTheRuleSet() throws {
    let rules = try RuleSet.load(path: Fixtures.ruleSetPath)
    #expect(rules.integer(.diskretionMinimum, on: Day(2024, 6, 30)) == minimum)
  }

  /// Row a + b + c = i alt: 12, 2, 7, 21. The 2 must be able to reach 5, so a partner in the row
  /// must give up at least 3: c (7), a (12) or the total (21) each carry enough alone; the
  /// smallest, c, is hidden. Then b + c = 9 and each lies in [0; 9].
  @Test func singlePrimaryInARowTakesTheSmallestPartnerThatCarriesEnough() {
    let table = DisclosureFixture.table([("Albertslund", 165, [12, 2, 7, 21])], columns: ["a", "b", "c", "i alt"]) { _ in
      [PublicationTable.rowTotal(row: 0, components: [0, 1, 2], total: 3)]
    }
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(DisclosureFixture.texts(result) == [["12", "..", "..", "21"]])
    #expect(result.status(Cell(row: 0, column: 1)) == .primary)
    #expect(result.status(Cell(row: 0, column: 2)) == .secondary)
    #expect(DisclosureFixture.intervals(result) == ["Albertslund / b": .init(lower: 0, upper: 9), "Albertslund / c": .init(lower: 0, upper: 9)])
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// Row 12, 2, 2 → 16: the two small cells together carry only 4 (b + c = 4 would tell a reader
  /// both are small), so the complement must carry the rest: the 12 goes too (cheaper than the
  /// total 16). Each of a, b, c then lies in [0; 16]. The old cascade hid only the two 2s.
  @Test func smallCellsThatCarryTooLittleTogetherTakeAPartner() {
    let table = DisclosureFixture.table([("Albertslund", 165, [12, 2, 2, 16])], columns: ["a", "b", "c", "i alt"]) { _ in
      [PublicationTable.rowTotal(row: 0, components: [0, 1, 2], total: 3)]
    }
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(DisclosureFixture.texts(result) == [["..", "..", "..", "16"]])
    #expect((result.primaryCount, result.secondaryCount) == (2, 1))
    #expect(DisclosureFixture.intervals(result).values.allSatisfy { $0 == CellInterval(lower: 0, upper: 16) })
    #expect(DisclosureFixture.texts(CascadeReference.apply(table, minimum: minimum)) == [["12", "..", "..", "16"]])
    #expect(!DisclosureFixture.audit(CascadeReference.apply(table, minimum: minimum)).passed)
  }

  /// One region (X 101, Y 102, Z 103) and the nation; columns opfyldt + ikke opfyldt = kohorte.
  /// X 2 + 3 = 5, Y 3 + 20 = 23, Z 30 + 25 = 55; region and nation 35 + 48 = 83.
  /// Primaries X.opfyldt, X.ikke opfyldt (one row) and Y.opfyldt (one column with X.opfyldt).
  /// X.opfyldt must rise by 3: moving +3 on X.opfyldt and Y.ikke opfyldt, −3 on X.ikke opfyldt and
  /// Y.opfyldt keeps every sum and hides one new cell, Y.ikke opfyldt (20); every other move hides
  /// two or more. The same four cells let X.ikke opfyldt and Y.opfyldt rise by 2. With t = X.opfyldt:
  /// X.ikke = 5 − t, Y.opfyldt = 5 − t, Y.ikke = 18 + t, t in [0; 5].
  @Test func twoPrimariesInOneRowAndColumnShareOneSecondary() {
    let table = DisclosureFixture.regional([
      DisclosureFixture.region("Region Test i alt", [("X", 101, [2, 3, 5]), ("Y", 102, [3, 20, 23]), ("Z", 103, [30, 25, 55])])
    ])
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(
      DisclosureFixture.texts(result) == [
        ["..", "..", "5", ".."], ["..", "..", "23", ".."], ["30", "25", "55", "54,5"], ["35", "48", "83", "42,2"],
        ["35", "48", "83", "42,2"],
      ])
    #expect((result.primaryCount, result.secondaryCount) == (3, 1))
    #expect(
      DisclosureFixture.intervals(result) == [
        "X / opfyldt": .init(lower: 0, upper: 5), "X / ikke opfyldt": .init(lower: 0, upper: 5),
        "Y / opfyldt": .init(lower: 0, upper: 5), "Y / ikke opfyldt": .init(lower: 18, upper: 23),
      ])
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// Region Nordjylland has one municipality, K (825): 3 + 9 = 12, so its subtotal is K again (the
  /// 3 is primary twice). Syddanmark: S1 20 + 10 = 30, S2 15 + 5 = 20, region 35 + 15 = 50; Hele
  /// landet 38 + 24 = 62. K.opfyldt hidden forces the region's opfyldt; each of those rows needs a
  /// second hidden cell, the same column in both (the region repeats K); the national column then
  /// needs Hele landet or Syddanmark's cell, and Syddanmark's would need one of its municipalities
  /// and a further cell in its row. Least: K, the region and the nation in opfyldt and ikke opfyldt
  /// (6 cells, total 3 + 9 + 3 + 9 + 38 + 24 = 86, against kohorte's 3 + 12 + 3 + 12 + 38 + 62).
  /// With t = K.opfyldt in [0; 12]: the nation's opfyldt is 35 + t, its ikke opfyldt 15 + 12 − t.
  @Test func aRegionWithOneMunicipality() {
    let table = DisclosureFixture.regional([
      DisclosureFixture.region("Region Nordjylland i alt", [("K", 825, [3, 9, 12])]),
      DisclosureFixture.region("Region Syddanmark i alt", [("S1", 400, [20, 10, 30]), ("S2", 410, [15, 5, 20])]),
    ])
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(
      DisclosureFixture.texts(result) == [
        ["..", "..", "12", ".."], ["..", "..", "12", ".."], ["20", "10", "30", "66,7"], ["15", "5", "20", "75,0"],
        ["35", "15", "50", "70,0"], ["..", "..", "62", ".."],
      ])
    #expect((result.primaryCount, result.secondaryCount) == (2, 4))
    let intervals = DisclosureFixture.intervals(result)
    #expect(intervals["K / opfyldt"] == CellInterval(lower: 0, upper: 12))
    #expect(intervals["Region Nordjylland i alt / ikke opfyldt"] == CellInterval(lower: 0, upper: 12))
    #expect(intervals["Hele landet / opfyldt"] == CellInterval(lower: 35, upper: 47))
    #expect(intervals["Hele landet / ikke opfyldt"] == CellInterval(lower: 15, upper: 27))
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// Column 8 (code 173), 8 (code 101), 2 (code 147), 20 → 38: the 2 needs a partner of at least 3;
  /// the two 8s tie and the lower municipality code, 101 (row 1), is taken.
  @Test func tiesGoToTheLowerCode() {
    let column = DisclosureFixture.table(
      [("Lyngby-Taarbæk", 173, [8]), ("København", 101, [8]), ("Gentofte", 147, [2]), ("Holbæk", 316, [20]),
       ("I alt", 999, [38])], columns: ["antal"]
    ) { $0.columnTotals(groups: [PublicationTable.RowGroup(components: [0, 1, 2, 3], total: 4)]) }
    let byCode = DisclosureControl.apply(column, minimum: minimum)
    #expect(DisclosureFixture.texts(byCode) == [["8"], [".."], [".."], ["20"], ["38"]])
    #expect(byCode.status(Cell(row: 1, column: 0)) == .secondary)
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
  /// Hele landet 128 + 60 = 188. Primary: Aalborg opfyldt (3), which must be able to reach 5.
  /// Moving +d on Aalborg opfyldt and kohorte, −d on Hjørring's (25 each) keeps every sum and hides
  /// three new cells (total 83); through ikke opfyldt it would hide Hjørring's 0 (never), and via
  /// the region or another region five or more. With t = Aalborg opfyldt in [0; 28]: Aalborg
  /// kohorte 30 + t, Hjørring 28 − t twice. The old cascade hid 11 cells here.
  @Test func aPrimaryInARegionTakesItsCheapestRectangle() {
    let table = DisclosureFixture.regional([
      DisclosureFixture.region("Region Nordjylland i alt", [("Aalborg", 851, [3, 30, 33]), ("Hjørring", 860, [25, 0, 25])]),
      DisclosureFixture.region("Region Midtjylland i alt", [("Aarhus", 751, [60, 20, 80]), ("Viborg", 791, [40, 10, 50])]),
    ])
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(
      DisclosureFixture.texts(result) == [
        ["..", "30", "..", ".."],  // Aalborg
        ["..", "0", "..", ".."],  // Hjørring
        ["28", "30", "58", "48,3"],  // Region Nordjylland i alt
        ["60", "20", "80", "75,0"],  // Aarhus
        ["40", "10", "50", "80,0"],  // Viborg
        ["100", "30", "130", "76,9"],  // Region Midtjylland i alt
        ["128", "60", "188", "68,1"],  // Hele landet
      ])
    #expect((result.primaryCount, result.secondaryCount) == (1, 3))
    #expect(
      DisclosureFixture.intervals(result) == [
        "Aalborg / opfyldt": .init(lower: 0, upper: 28), "Aalborg / kohorte": .init(lower: 30, upper: 58),
        "Hjørring / opfyldt": .init(lower: 0, upper: 28), "Hjørring / kohorte": .init(lower: 0, upper: 28),
      ])
    #expect(CascadeReference.apply(table, minimum: minimum).secondaryCount == 10)
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// Rows X 3 + 8 = 11, Y 6 + 0 = 6, I alt 9 + 8 = 17 with column sums. Primary X.a (3). Through b
  /// the move would hide Y's 0; through the totals it hides X.i alt, Y.a and Y.i alt (total 23),
  /// cheaper than via the I alt row (X.b, I alt.a, I alt.b: 25). The zero stays shown.
  @Test func zerosAreNeverHidden() {
    let table = DisclosureFixture.table(
      [("X", 1, [3, 8, 11]), ("Y", 2, [6, 0, 6]), ("I alt", 3, [9, 8, 17])], columns: ["a", "b", "i alt"]
    ) { table in
      table.columnTotals(groups: [PublicationTable.RowGroup(components: [0, 1], total: 2)])
        + table.rowTotals(components: [0, 1], total: 2)
    }
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(DisclosureFixture.texts(result) == [["..", "8", ".."], ["..", "0", ".."], ["9", "8", "17"]])
    #expect(result.status(Cell(row: 1, column: 1)) == .published)
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// Flere skal med's subset: over ≤ fortsat. Row: skiftet 2 (primary), fortsat 40, afgået 10,
  /// i alt 52, over 39 shown. Pairing the 2 with fortsat would let a reader bound it: fortsat ≥ 39
  /// leaves skiftet ≤ 52 − 10 − 39 = 3. So fortsat can give up only 1; afgået (10) carries 3 alone
  /// and is taken: skiftet + afgået = 12, each in [0; 12].
  @Test func aSubsetLimitsWhatAPartnerCarries() {
    let table = DisclosureFixture.table(
      [("X", 1, [2, 40, 10, 52, 39])], columns: ["skiftet", "fortsat", "afgået", "i alt", "over"]
    ) { $0.rowTotals(components: [0, 1, 2], total: 3) }
    var withSubset = table
    withSubset.subsets = table.rowSubsets([(part: 4, whole: 1)])
    let result = DisclosureControl.apply(withSubset, minimum: minimum)
    #expect(DisclosureFixture.texts(result) == [["..", "40", "..", "52", "39"]])
    #expect(DisclosureFixture.intervals(result) == ["X / skiftet": .init(lower: 0, upper: 12), "X / afgået": .init(lower: 0, upper: 12)])
    #expect(DisclosureFixture.audit(result).passed)
  }

  /// A count a letter quotes is passed over when another cell protects as well: row 2, 8, 8 → 18
  /// with b quoted — the 2 pairs with c, although b ties and comes first. With b and c quoted, the
  /// total (18, not quoted) is taken; with the total quoted too, the tie goes to b, the earlier
  /// column, and the committee text says b is withheld.
  @Test func quotedCountsAreHiddenOnlyWhenNeeded() {
    var table = DisclosureFixture.table([("X", 1, [2, 8, 8, 18])], columns: ["a", "b", "c", "i alt"]) { _ in
      [PublicationTable.rowTotal(row: 0, components: [0, 1, 2], total: 3)]
    }
    table.quoted = [Cell(row: 0, column: 1)]
    table.quotedBy = "brevet"
    let result = DisclosureControl.apply(table, minimum: minimum)
    #expect(DisclosureFixture.texts(result) == [["..", "8", "..", "18"]])
    #expect(result.withheldQuotes.isEmpty)
    var forced = table
    forced.quoted = [Cell(row: 0, column: 1), Cell(row: 0, column: 2)]
    #expect(DisclosureFixture.texts(DisclosureControl.apply(forced, minimum: minimum)) == [["..", "8", "8", ".."]])
    forced.quoted.insert(Cell(row: 0, column: 3))
    let both = DisclosureControl.apply(forced, minimum: minimum)
    #expect(DisclosureFixture.texts(both) == [["..", "..", "8", "18"]])
    #expect(both.withheldQuotes == ["X: kommunens tal for b vises ikke af diskretionshensyn, selv om brevet nævner det."])
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
