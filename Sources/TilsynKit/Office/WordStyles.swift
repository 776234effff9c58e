/// `word/styles.xml` of the letters (SPEC 5, `.docx`): Danish, Arial 11 pt (Liberation Sans where
/// Arial is missing), A4 with 2 cm side margins, and the styles `WordBody` uses: headings, the
/// letterhead (`Brevhoved`: the sender in bold over a rule), list and table text.
enum WordStyles {
  /// A4 in twentieths of a point (210 mm × 297 mm).
  static let pageWidth = 11906
  static let pageHeight = 16838
  /// 2 cm.
  static let sideMargin = 1134
  /// 3 cm at the top, room for the letterhead.
  static let topMargin = 1701

  /// `<w:sectPr>`: the page.
  static let section =
    "<w:sectPr><w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"/><w:pgMar w:top=\"\(topMargin)\" "
    + "w:right=\"\(sideMargin)\" w:bottom=\"1418\" w:left=\"\(sideMargin)\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr>"

  static func style(_ id: String, name: String, paragraph: String = "", run: String = "", basedOnNormal: Bool = true) -> String {
    "<w:style w:type=\"paragraph\"" + (id == "Normal" ? " w:default=\"1\"" : "") + " w:styleId=\"\(id)\">"
      + "<w:name w:val=\"\(name)\"/>"
      + (basedOnNormal ? "<w:basedOn w:val=\"Normal\"/>" : "")
      + (id == "Normal" ? "" : "<w:next w:val=\"Normal\"/>") + "<w:qFormat/>"
      + (paragraph.isEmpty ? "" : "<w:pPr>\(paragraph)</w:pPr>") + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>")
      + "</w:style>"
  }

  static let xml =
    XMLText.declaration
    + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
    + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
    + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"da-DK\" w:eastAsia=\"da-DK\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>"
    + "<w:pPrDefault><w:pPr><w:spacing w:after=\"160\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
    + style("Normal", name: "Normal", basedOnNormal: false)
    + style(
      "Heading1", name: "heading 1", paragraph: "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"200\"/><w:outlineLvl w:val=\"0\"/>",
      run: "<w:b/><w:bCs/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>")
    + style(
      "Heading2", name: "heading 2", paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
      run: "<w:b/><w:bCs/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>")
    + style(
      "Heading3", name: "heading 3", paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"80\"/><w:outlineLvl w:val=\"2\"/>",
      run: "<w:b/><w:bCs/>")
    + style(
      "Brevhoved", name: "Brevhoved",
      paragraph: "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"8\" w:space=\"4\" w:color=\"14143C\"/></w:pBdr><w:spacing w:after=\"480\"/>",
      run: "<w:b/><w:bCs/><w:color w:val=\"14143C\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>")
    + style("ListParagraph", name: "List Paragraph", paragraph: "<w:spacing w:after=\"60\"/><w:ind w:left=\"357\" w:hanging=\"357\"/>")
    + style("TableText", name: "Tabeltekst", paragraph: "<w:spacing w:after=\"0\"/>", run: "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>")
    + "</w:styles>"
}
