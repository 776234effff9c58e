/// A SpreadsheetML workbook (SPEC 5, `tilsyn_<period>.xlsx`): sheets of typed cells, each with a
/// bold, frozen header row, an autofilter over its table and column widths from its longest texts.
/// Strings are inline (`t="inlineStr"`), so there is no shared-string table to keep in step; every
/// string passes through `CPRMasking` like every CSV field (SPEC 3.1).
struct Workbook: Sendable {
  static let namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"

  /// One cell: text, or a number (the `<v>` text, exact decimal notation) in a format.
  enum Cell: Equatable, Sendable {
    case empty
    case text(String, CellFormat = .general)
    case number(String, CellFormat)
  }

  struct Sheet: Sendable {
    /// At most 31 characters, none of `[]:*?/\`, unique in the workbook (Excel's rules).
    var name: String
    var rows: [[Cell]]
    /// Whether row 1 is a header: frozen, filtered, bold.
    var hasHeader: Bool

    init(name: String, rows: [[Cell]], hasHeader: Bool = true) {
      precondition(name.count <= 31 && !name.contains { "[]:*?/\\".contains($0) }, "bad sheet name \(name)")
      self.name = name
      self.rows = rows
      self.hasHeader = hasHeader
    }
  }

  var title: String
  var sheets: [Sheet]

  init(title: String, sheets: [Sheet]) {
    precondition(Set(sheets.map { $0.name.lowercased() }).count == sheets.count, "sheet names must be unique")
    self.title = title
    self.sheets = sheets
  }

  /// The `.xlsx` bytes.
  var bytes: [UInt8] {
    var workbook = XMLText.declaration + "<workbook xmlns=\"\(Self.namespace)\" xmlns:r=\"\(OfficePackage.officeRelationship)\">"
    workbook += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
    for (index, sheet) in sheets.enumerated() {
      workbook += "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
    }
    workbook += "</sheets>"
    let filters = sheets.enumerated().compactMap { index, sheet in
      Self.filterRange(sheet).map { range in
        "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
          + "'\(XMLText.escaped(sheet.name.replacingOccurrences(of: "'", with: "''")))'!\(range.absolute)</definedName>"
      }
    }
    if !filters.isEmpty { workbook += "<definedNames>" + filters.joined() + "</definedNames>" }
    workbook += "</workbook>"
    let sheetParts = sheets.enumerated().map { index, sheet in
      OfficePackage.Part(
        name: "xl/worksheets/sheet\(index + 1).xml",
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
        xml: Self.sheetXML(sheet, selected: index == 0))
    }
    let styles = OfficePackage.Part(
      name: "xl/styles.xml", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
      xml: CellFormat.stylesXML)
    let main = OfficePackage.Part(
      name: "xl/workbook.xml", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      xml: workbook,
      relationships: sheetParts.map { (OfficePackage.officeRelationship + "/worksheet", $0.name) }
        + [(OfficePackage.officeRelationship + "/styles", styles.name)])
    return OfficePackage(main: main, others: sheetParts + [styles], title: title).bytes
  }

  /// The autofilter's range (`A1:K27`, and `$A$1:$K$27` for the defined name), for a sheet with a
  /// header.
  static func filterRange(_ sheet: Sheet) -> (relative: String, absolute: String)? {
    guard sheet.hasHeader, let columns = sheet.rows.map(\.count).max(), columns > 0 else { return nil }
    let last = columnName(columns - 1)
    return ("A1:\(last)\(sheet.rows.count)", "$A$1:$\(last)$\(sheet.rows.count)")
  }

  /// `0` → `A`, `25` → `Z`, `26` → `AA`.
  static func columnName(_ index: Int) -> String {
    var name = ""
    var rest = index + 1
    while rest > 0 {
      let digit = (rest - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + digit))) + name
      rest = (rest - 1) / 26
    }
    return name
  }

  static func sheetXML(_ sheet: Sheet, selected: Bool) -> String {
    var xml = XMLText.declaration + "<worksheet xmlns=\"\(namespace)\"><sheetViews><sheetView "
    xml += (selected ? "tabSelected=\"1\" " : "") + "workbookViewId=\"0\">"
    if sheet.hasHeader {
      xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
      xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
    }
    xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
    let widths = columnWidths(sheet.rows)
    if !widths.isEmpty {
      xml += "<cols>"
      for (index, width) in widths.enumerated() {
        xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
      }
      xml += "</cols>"
    }
    xml += "<sheetData>"
    let names = (0..<(widths.count)).map(columnName)
    for (rowIndex, row) in sheet.rows.enumerated() {
      xml += "<row r=\"\(rowIndex + 1)\">"
      for (column, cell) in row.enumerated() {
        let reference = "\(names[column])\(rowIndex + 1)"
        switch cell {
        case .empty: continue
        case .text(let text, let format):
          let style = format == .general ? "" : " s=\"\(format.styleIndex)\""
          xml += "<c r=\"\(reference)\"\(style) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
          xml += XMLText.escaped(CPRMasking.masked(text)) + "</t></is></c>"
        case .number(let value, let format):
          xml += "<c r=\"\(reference)\" s=\"\(format.styleIndex)\"><v>\(value)</v></c>"
        }
      }
      xml += "</row>"
    }
    xml += "</sheetData>"
    if let range = filterRange(sheet) { xml += "<autoFilter ref=\"\(range.relative)\"/>" }
    return xml + "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>"
  }

  /// Column widths in characters: the longest text or number shown in the column (a date is ten
  /// characters), plus room for the filter button, between 6 and 60.
  static func columnWidths(_ rows: [[Cell]]) -> [Int] {
    var widths: [Int] = []
    for row in rows {
      if row.count > widths.count { widths += Array(repeating: 0, count: row.count - widths.count) }
      for (column, cell) in row.enumerated() {
        let length: Int
        switch cell {
        case .empty: length = 0
        case .text(let text, _): length = text.count
        case .number(let value, let format):
          length = format == .date ? 10 : format == .month ? 7 : value.count + 2
        }
        widths[column] = max(widths[column], length)
      }
    }
    return widths.map { min(60, max(6, $0 + 3)) }
  }
}
