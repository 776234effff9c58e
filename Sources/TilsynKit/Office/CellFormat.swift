/// The number formats of the period workbook (SPEC 5, `tilsyn_<period>.xlsx`) and `xl/styles.xml`,
/// which holds one cell style per format. Format codes are written in Excel's locale-independent
/// form (`.` decimal point, `,` thousands); Danish Excel and LibreOffice show `78,4%` and `1.234`.
enum CellFormat: Int, CaseIterable, Sendable {
  case general
  /// Bold: the header row and the overview's labels.
  case header
  case integer
  case decimal1
  case decimal2
  /// A share stored as a fraction (0.784) and shown as `78,4%`.
  case percent0
  case percent1
  case percent2
  /// A date stored as its serial number, shown `DD-MM-YYYY` like the CSVs.
  case date
  /// A month stored as the serial number of its first day, shown `YYYY-MM` like the CSVs.
  case month
  /// A count with thousands separators (`318.746`), for the overview's totals.
  case grouped

  /// The format for a number with `places` decimals.
  static func decimal(places: Int) -> CellFormat { places == 0 ? .integer : places == 1 ? .decimal1 : .decimal2 }
  static func percent(places: Int) -> CellFormat { places == 0 ? .percent0 : places == 1 ? .percent1 : .percent2 }

  /// The format code and id: built-in ids where Excel has one, 164 and up for the rest.
  var numberFormat: (id: Int, code: String?) {
    switch self {
    case .general, .header: return (0, nil)
    case .integer: return (1, nil)  // 0
    case .decimal1: return (164, "0.0")
    case .decimal2: return (2, nil)  // 0.00
    case .percent0: return (9, nil)  // 0%
    case .percent1: return (165, "0.0%")
    case .percent2: return (10, nil)  // 0.00%
    case .date: return (166, "dd\\-mm\\-yyyy")
    case .month: return (167, "yyyy\\-mm")
    case .grouped: return (3, nil)  // #,##0
    }
  }

  /// The style index (`s` attribute) of a cell in this format: its position in `cellXfs`.
  var styleIndex: Int { rawValue }

  /// `xl/styles.xml`: two fonts (regular, bold), the custom number formats, one `xf` per case.
  static let stylesXML: String = {
    let custom = allCases.compactMap { format in format.numberFormat.code.map { (format.numberFormat.id, $0) } }
    var xml = XMLText.declaration + "<styleSheet xmlns=\"\(Workbook.namespace)\">"
    xml += "<numFmts count=\"\(custom.count)\">"
    xml += custom.map { "<numFmt numFmtId=\"\($0.0)\" formatCode=\"\(XMLText.escaped($0.1))\"/>" }.joined() + "</numFmts>"
    xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Arial\"/><family val=\"2\"/></font>"
    xml += "<font><b/><sz val=\"11\"/><name val=\"Arial\"/><family val=\"2\"/></font></fonts>"
    xml += "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
    xml += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
    xml += "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    xml += "<cellXfs count=\"\(allCases.count)\">"
    for format in allCases {
      let font = format == .header ? 1 : 0
      let id = format.numberFormat.id
      xml += "<xf numFmtId=\"\(id)\" fontId=\"\(font)\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
      xml += (id == 0 ? "" : " applyNumberFormat=\"1\"") + (font == 1 ? " applyFont=\"1\"" : "") + "/>"
    }
    xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
    return xml + "</styleSheet>"
  }()
}
