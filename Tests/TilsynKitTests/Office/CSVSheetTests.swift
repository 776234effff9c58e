import Testing
@testable import TilsynKit

/// How a CSV output's columns are typed for the workbook (`CSVSheet`), and the CSV read back.
@Suite struct CSVSheetTests {
  @Test func columnKinds() {
    #expect(CSVSheet.kind("maaned", values: ["2024-01", "", "2024-12"]) == .month)
    #expect(CSVSheet.kind("start", values: ["29-02-2024", "31-12-2023"]) == .date)
    #expect(CSVSheet.kind("start", values: ["29-02-2023"]) == .text)  // not a date: 2023 is no leap year
    #expect(CSVSheet.kind("andel", values: ["78,4", "100,0"]) == .share(places: 1))
    #expect(CSVSheet.kind("laveste_andel_samtale", values: ["63,4"]) == .share(places: 1))
    #expect(CSVSheet.kind("kriterium", values: ["80"]) == .share(places: 0))
    #expect(CSVSheet.kind("forskel_pp", values: ["-0,38", "1,2"]) == .number(places: 2))
    #expect(CSVSheet.kind("kohorte", values: ["224", "0"]) == .number(places: 0))
    #expect(CSVSheet.kind("andelsbolig", values: ["3"]) == .number(places: 0))  // "andel" must be a word of the name
    #expect(CSVSheet.kind("linje", values: ["3", "x"]) == .text)
    #expect(CSVSheet.kind("kode", values: ["101", "007"]) == .text)
    #expect(CSVSheet.kind("vaerdi", values: ["12"]) == .text)  // a rejected row's raw value stays as written
    #expect(CSVSheet.kind("tom", values: ["", ""]) == .text)
    #expect(CSVSheet.kind("tal", values: ["1.234"]) == .text)  // the CSVs never group digits
  }

  @Test func exactDecimals() {
    #expect(SheetValue.decimal("78,4")?.text(shift: 2) == "0.784")
    #expect(SheetValue.decimal("7,88")?.text(shift: 2) == "0.0788")
    #expect(SheetValue.decimal("100,0")?.text(shift: 2) == "1")
    #expect(SheetValue.decimal("-0,38")?.text(shift: 0) == "-0.38")
    #expect(SheetValue.decimal("0,00")?.text(shift: 0) == "0")
    #expect(SheetValue.decimal("15032")?.text(shift: 0) == "15032")
    #expect(SheetValue.decimal("-0,0")?.text(shift: 2) == "0")
    #expect(SheetValue.decimal(",5") == nil && SheetValue.decimal("5,") == nil && SheetValue.decimal("-") == nil)
  }

  /// Excel serials counted by hand from 30 December 1899 = 0: 1 January 1900 would be 1 but for
  /// Excel's phantom 29 February 1900, so every date from March 1900 on is days since 30 December 1899.
  @Test func serials() {
    #expect(SheetValue.serial(Day(1970, 1, 1)) == 25569)
    #expect(SheetValue.serial(Day(2024, 1, 1)) == 45292)
    #expect(SheetValue.serial(Day(2024, 3, 1)) == 45352)  // 45292 + 31 + 29
    #expect(SheetValue.serial(Day(1900, 3, 1)) == 61)
  }

  @Test func readsTheRunsCSV() {
    var csv = ExcelCSV(header: ["a", "b"])
    csv.appendRow(["x;y", "sagde \"hej\"\r\nnæste linje"])
    csv.appendRow(["", " foran"])
    #expect(CSVSheet.records(csv.bytes) == [["a", "b"], ["x;y", "sagde \"hej\"\r\nnæste linje"], ["", " foran"]])
  }
}
