import Testing
@testable import TilsynKit

@Suite struct DanishFormatTests {
  @Test func grouping() {
    #expect(DanishFormat.grouped(0) == "0")
    #expect(DanishFormat.grouped(999) == "999")
    #expect(DanishFormat.grouped(1000) == "1.000")
    #expect(DanishFormat.grouped(1_234_567) == "1.234.567")
    #expect(DanishFormat.grouped(-1234) == "-1.234")
  }

  /// SPEC 5: display rounding is half away from zero, on the exact value.
  @Test func groupingFormattedNumbers() {
    #expect(DanishFormat.groupedText("33174,7") == "33.174,7")
    #expect(DanishFormat.groupedText("999,99") == "999,99")
    #expect(DanishFormat.groupedText("1000") == "1.000")
    #expect(DanishFormat.groupedText("-1234,50") == "-1.234,50")
    #expect(DanishFormat.groupedText("1234567,0") == "1.234.567,0")
    #expect(DanishFormat.groupedText("–") == "–")
    #expect(DanishFormat.groupedText("") == "")
    #expect(DanishFormat.groupedText("mangler data") == "mangler data")
  }

  @Test func percentRoundsHalfAwayFromZero() {
    #expect(DanishFormat.percent(784, 1000) == "78,4")
    #expect(DanishFormat.percent(7995, 10000) == "80,0")  // 79.95 → 80.0
    #expect(DanishFormat.percent(7994, 10000) == "79,9")
    #expect(DanishFormat.percent(1, 3) == "33,3")
    #expect(DanishFormat.percent(2, 3) == "66,7")
    #expect(DanishFormat.percent(0, 7) == "0,0")
    #expect(DanishFormat.percent(7, 7) == "100,0")
    #expect(DanishFormat.percent(1, 8, places: 2) == "12,50")
  }

  @Test func ratiosAndDecimals() {
    #expect(DanishFormat.ratio(-5, 1000, places: 2) == "-0,01")  // -0.005 → -0.01
    #expect(DanishFormat.ratio(-4, 1000, places: 2) == "0,00")
    #expect(DanishFormat.ratio(5, 2, places: 0) == "3")
    #expect(DanishFormat.decimal(FixedDecimal(units: 15_825_000), places: 2) == "15,83")
    #expect(DanishFormat.decimal(FixedDecimal(units: 15_824_999), places: 2) == "15,82")
  }

  @Test func excelCSVQuotesWhatNeedsIt() {
    var csv = ExcelCSV(header: ["a", "b"])
    csv.appendRow(["x;y", "sagde \"hej\""])
    csv.appendRow([" kant", "Ærø\nto"])
    let text = String(decoding: csv.bytes.dropFirst(3), as: UTF8.self)
    #expect(Array(csv.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(text == "a;b\r\n\"x;y\";\"sagde \"\"hej\"\"\"\r\n\" kant\";\"Ærø\nto\"\r\n")
  }
}
