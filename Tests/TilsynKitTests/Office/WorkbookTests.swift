import Foundation
import FoundationXML
import Testing
@testable import TilsynKit

/// `tilsyn_<period>.xlsx` read back through `OfficeReader`: the parts, then the cells' values and
/// formats as Excel sees them (SPEC 5; expectations worked out by hand).
@Suite struct WorkbookTests {
  /// A table as the run writes it, through the real CSV writer.
  static let csv: [UInt8] = {
    var csv = ExcelCSV(header: ["kommune", "maaned", "andel", "start", "person_id", "faktisk_andel", "fuldtidspersoner", "status"])
    csv.appendRow(["101", "2024-01", "78,4", "29-02-2024", "012345", "7,88", "1185,0", "opfylder"])
    csv.appendRow(["147", "2024-12", "", "31-12-2023", "77", "-0,05", "12,5", "under_kriteriet"])
    return csv.bytes
  }()

  static let noExtract = Extract(
    period: Period("2024H1")!, kommuner: [], benchmark: nil, files: [], rejectedRows: [], unknownFolders: [])

  static func workbook() throws -> OfficeReader {
    var quality = DataQualitySummary(Self.noExtract)
    quality.rowsRead = 1234
    quality.rowsRejected = 5
    let bytes = PeriodWorkbook.xlsx(
      period: Period("2024H1")!, ruleSetVersion: "2026.1", quality: quality,
      files: [("rapport.md", []), ("tabel.csv", csv), ("udvalg/offentlig.csv", csv), ("sager/personer.csv", csv)])
    return try OfficeReader(bytes)
  }

  /// The cells of a sheet part: reference → (value, style index, type).
  static func cells(_ reader: OfficeReader, _ part: String) throws -> [String: (value: String, style: Int, type: String?)] {
    var cells: [String: (String, Int, String?)] = [:]
    for node in try reader.nodes(part, "//*[local-name()='c']") {
      let element = node as! XMLElement
      let value = element.elements(forName: "v").first?.stringValue ?? element.stringValue ?? ""
      cells[element.attribute("r")!] = (value, Int(element.attribute("s") ?? "0")!, element.attribute("t"))
    }
    return cells
  }

  /// The number format code of cell style `index` (built-in ids by their ECMA-376 codes).
  static func formatCode(_ reader: OfficeReader, style index: Int) throws -> String {
    let xfs = try reader.nodes("xl/styles.xml", "//*[local-name()='cellXfs']/*[local-name()='xf']")
    let id = xfs[index].attribute("numFmtId")!
    let builtIn = ["0": "General", "1": "0", "2": "0.00", "3": "#,##0", "9": "0%", "10": "0.00%"]
    if let code = builtIn[id] { return code }
    let custom = try reader.nodes("xl/styles.xml", "//*[local-name()='numFmt'][@numFmtId='\(id)']")
    return custom.first!.attribute("formatCode")!
  }

  @Test func partsAreThereAndWellFormed() throws {
    let reader = try Self.workbook()
    #expect(
      reader.names == [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
        "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/styles.xml", "docProps/core.xml",
      ])
    for name in reader.names { _ = try reader.xml(name) }
    let sheets = try reader.nodes("xl/workbook.xml", "//*[local-name()='sheet']").map { $0.attribute("name") }
    #expect(sheets == ["Oversigt", "tabel"])  // udvalg/ and sager/ are not internal period tables
    let targets = try reader.nodes("xl/_rels/workbook.xml.rels", "//*[local-name()='Relationship']").map { $0.attribute("Target") }
    #expect(targets == ["worksheets/sheet1.xml", "worksheets/sheet2.xml", "styles.xml"])
  }

  /// 78,4 is the fraction 0.784 shown `0.0%`; 2024-01 is the serial of 1 January 2024: 1 January
  /// 1970 is serial 25569 and 19723 days later (54 years, 13 of them leap) comes 45292; 29 February
  /// 2024 is 45292 + 31 + 28 = 45351; 31 December 2023 is 45291; 1 December 2024 is 45292 + 335.
  @Test func cellsAreTyped() throws {
    let reader = try Self.workbook()
    let cells = try Self.cells(reader, "xl/worksheets/sheet2.xml")
    func check(_ reference: String, _ value: String, _ format: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
      let cell = try #require(cells[reference], sourceLocation: sourceLocation)
      #expect(cell.type == nil, "\(reference) is a number", sourceLocation: sourceLocation)
      #expect(cell.value == value, sourceLocation: sourceLocation)
      #expect(try Self.formatCode(reader, style: cell.style) == format, sourceLocation: sourceLocation)
    }
    try check("A2", "101", "0")
    try check("B2", "45292", "yyyy\\-mm")
    try check("B3", "45627", "yyyy\\-mm")
    try check("C2", "0.784", "0.0%")
    try check("D2", "45351", "dd\\-mm\\-yyyy")
    try check("D3", "45291", "dd\\-mm\\-yyyy")
    try check("F2", "0.0788", "0.00%")
    try check("F3", "-0.0005", "0.00%")
    try check("G2", "1185", "0.0")
    try check("G3", "12.5", "0.0")
    #expect(cells["C3"] == nil)  // an empty share stays an empty cell
    #expect(cells["E2"]?.type == "inlineStr" && cells["E2"]?.value == "012345")  // an id keeps its zero
    #expect(cells["E3"]?.type == "inlineStr" && cells["E3"]?.value == "77")
    #expect(cells["H3"]?.value == "under_kriteriet")
    #expect(try Self.formatCode(reader, style: cells["A1"]!.style) == "General")
    let headerFont = try reader.nodes("xl/styles.xml", "//*[local-name()='cellXfs']/*[local-name()='xf']")[cells["A1"]!.style]
    #expect(headerFont.attribute("fontId") == "1")  // bold
  }

  @Test func headerIsFrozenAndFiltered() throws {
    let reader = try Self.workbook()
    let pane = try #require(try reader.nodes("xl/worksheets/sheet2.xml", "//*[local-name()='pane']").first)
    #expect(pane.attribute("ySplit") == "1" && pane.attribute("state") == "frozen" && pane.attribute("topLeftCell") == "A2")
    #expect(try reader.nodes("xl/worksheets/sheet2.xml", "//*[local-name()='autoFilter']").first?.attribute("ref") == "A1:H3")
    let widths = try reader.nodes("xl/worksheets/sheet2.xml", "//*[local-name()='col']").map { $0.attribute("width") }
    // "fuldtidspersoner" (16 characters) + 3; "kommune" 7 + 3; "start" is a date, 10 + 3.
    #expect(widths[6] == "19" && widths[0] == "10" && widths[3] == "13")
    let filter = try reader.nodes("xl/workbook.xml", "//*[local-name()='definedName']").first
    #expect(filter?.stringValue == "'tabel'!$A$1:$H$3" && filter?.attribute("localSheetId") == "1")
  }

  @Test func overviewHasPeriodRulesAndInput() throws {
    let reader = try Self.workbook()
    let cells = try Self.cells(reader, "xl/worksheets/sheet1.xml")
    #expect(cells["A3"]?.value == "Periode" && cells["B3"]?.value == "1. halvår 2024 (2024H1)")
    #expect(cells["B4"]?.value == "2026.1")
    #expect(cells["A11"]?.value == "Rækker læst" && cells["B11"]?.value == "1234" && cells["B11"]?.type == nil)
    #expect(cells["B12"]?.value == "1229" && cells["B13"]?.value == "5")
    #expect(try Self.formatCode(reader, style: cells["B11"]!.style) == "#,##0")  // 1.234 in Danish Excel
    #expect(cells["A16"]?.value == "tabel" && cells["B16"]?.value == "tabel.csv" && cells["C16"]?.value == "2")
    let texts = cells.values.map(\.value)
    #expect(texts.contains("Tegnforklaring") && texts.contains(".."))
    #expect(try reader.nodes("xl/worksheets/sheet1.xml", "//*[local-name()='pane']").isEmpty)
  }

  /// Every string cell is masked like every CSV field (SPEC 3.1), and text XML cannot hold is replaced.
  @Test func stringsAreMaskedAndEscaped() throws {
    let sheet = Workbook.Sheet(
      name: "a", rows: [[.text("raa_linje", .header)], [.text("x;010190-1234;<&>\u{1}")]])
    let reader = try OfficeReader(Workbook(title: "t", sheets: [sheet]).bytes)
    let cells = try Self.cells(reader, "xl/worksheets/sheet1.xml")
    #expect(cells["A2"]?.value == "x;XXXXXX-XXXX;<&>\u{FFFD}")
  }

  @Test func sameInputSameBytes() throws {
    let quality = DataQualitySummary(Self.noExtract)
    let make = {
      PeriodWorkbook.xlsx(period: Period("2024H1")!, ruleSetVersion: "v", quality: quality, files: [("t.csv", Self.csv)])
    }
    #expect(make() == make())
  }
}
