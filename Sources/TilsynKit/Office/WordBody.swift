/// WordprocessingML for `MarkdownBlock`s: the `<w:body>` content of `word/document.xml` (SPEC 5,
/// `.docx`). Headings and the letterhead use the styles of `WordStyles`; tables become real Word tables
/// across the text width with a repeated, bold header row and right-aligned number columns; lists
/// become indented paragraphs with `•` or their number (no numbering part needed).
struct WordBody {
  /// The text width of an A4 page with `WordStyles`' margins, in twentieths of a point.
  static let textWidth = WordStyles.pageWidth - 2 * WordStyles.sideMargin

  /// The blocks as body XML; the first paragraph gets `firstParagraphStyle` when given (a letter's
  /// letterhead).
  static func xml(_ blocks: [MarkdownBlock], firstParagraphStyle: String? = nil) -> String {
    var out = ""
    var styleFirst = firstParagraphStyle
    var afterTable = false
    for block in blocks {
      switch block {
      case .heading(let level, let runs):
        out += paragraph([runs], style: "Heading\(min(level, 3))")
      case .paragraph(let lines):
        // A table has no space below it of its own; the paragraph after it keeps its distance.
        out += paragraph(lines, style: styleFirst, properties: afterTable ? "<w:spacing w:before=\"200\"/>" : "")
        styleFirst = nil
      case .list(let ordered, let items):
        for (index, item) in items.enumerated() {
          let marker = ordered ? "\(index + 1)." : "•"
          out += paragraph([[MarkdownRun(marker + "\t")] + item], style: "ListParagraph")
        }
      case .table(let header, let rightAligned, let rows):
        out += table(header: header, rightAligned: rightAligned, rows: rows)
      }
      if case .table = block { afterTable = true } else { afterTable = false }
    }
    return out
  }

  /// One paragraph; its lines are separated by line breaks.
  static func paragraph(_ lines: [[MarkdownRun]], style: String? = nil, properties: String = "") -> String {
    let styleXML = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
    let pPr = styleXML.isEmpty && properties.isEmpty ? "" : "<w:pPr>\(styleXML)\(properties)</w:pPr>"
    let body = lines.map { $0.map { run($0) }.joined() }.joined(separator: "<w:r><w:br/></w:r>")
    return "<w:p>\(pPr)\(body)</w:p>"
  }

  static func run(_ run: MarkdownRun, bold: Bool = false) -> String {
    let rPr = run.bold || bold ? "<w:rPr><w:b/></w:rPr>" : ""
    let parts = run.text.split(separator: "\t", omittingEmptySubsequences: false)
    let texts = parts.map { $0.isEmpty ? "" : "<w:t xml:space=\"preserve\">\(XMLText.escaped(String($0)))</w:t>" }
    return "<w:r>\(rPr)\(texts.joined(separator: "<w:tab/>"))</w:r>"
  }

  /// A table: column widths in proportion to their longest text (at least four characters), the
  /// header row repeated on every page.
  static func table(header: [[MarkdownRun]], rightAligned: [Bool], rows: [[[MarkdownRun]]]) -> String {
    let all = (header.isEmpty ? [] : [header]) + rows
    let columns = rightAligned.count
    let lengths = (0..<columns).map { column in
      max(4, all.map { row in column < row.count ? row[column].map(\.text.count).reduce(0, +) : 0 }.max() ?? 0)
    }
    let total = lengths.reduce(0, +)
    var widths = lengths.map { textWidth * $0 / max(total, 1) }
    if let last = widths.indices.last { widths[last] += textWidth - widths.reduce(0, +) }
    let border = { (side: String) in "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>" }
    var out = "<w:tbl><w:tblPr><w:tblW w:w=\"\(textWidth)\" w:type=\"dxa\"/><w:tblBorders>"
    out += ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).joined()
    out += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
    out += "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
    out += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
    out += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
    func row(_ cells: [[MarkdownRun]], isHeader: Bool) -> String {
      var xml = "<w:tr>" + (isHeader ? "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
      for column in 0..<columns {
        let runs = column < cells.count ? cells[column] : []
        let shading = isHeader ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" : ""
        xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/>\(shading)</w:tcPr>"
        let alignment = rightAligned[column] ? "<w:jc w:val=\"right\"/>" : ""
        let properties = "<w:spacing w:before=\"20\" w:after=\"20\"/>\(alignment)"
        let body = runs.map { run($0, bold: isHeader) }.joined()
        xml += "<w:p><w:pPr><w:pStyle w:val=\"TableText\"/>\(properties)</w:pPr>\(body)</w:p></w:tc>"
      }
      return xml + "</w:tr>"
    }
    if !header.isEmpty { out += row(header, isHeader: true) }
    for cells in rows { out += row(cells, isHeader: false) }
    return out + "</w:tbl>"
  }
}
