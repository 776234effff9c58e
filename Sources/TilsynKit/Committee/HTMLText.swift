/// The committee page's HTML, written by hand as well-formed XHTML (so it parses as XML), with its CSS
/// inline and no scripts, fonts or links that load anything. It prints on A4 (`CommitteePage`).
enum HTMLText {
  static func page(title: String, body: String) -> String {
    """
    <!DOCTYPE html>
    <html xmlns="http://www.w3.org/1999/xhtml" lang="da">
    <head>
    <meta charset="utf-8" />
    <title>\(escaped(title))</title>
    <style>
    \(style)
    </style>
    </head>
    <body>
    \(body)</body>
    </html>

    """
  }

  /// The print layout (issue 17): A4 portrait; the early-effort charts half a page each, the trend a third,
  /// the skærpet-tilsyn chart a little less than half (so it shares a page with a bar chart); tables in small type with headers repeated on every page (`thead`) and in every
  /// column of the two-column flow; rows never split; headings kept with what follows. The status tints
  /// are pale versions of `CommitteeStatus.colour`.
  static let style = """
    @page { size: A4; margin: 12mm 13mm 13mm; }
    body { font-family: sans-serif; font-size: 10pt; color: #000; background: #fff; max-width: 184mm; margin: 0 auto; line-height: 1.3; }
    .masthead { display: flex; justify-content: space-between; font-size: 9pt; color: #333; border-bottom: 1px solid #000; padding-bottom: 2pt; margin-bottom: 6pt; }
    h1 { font-size: 16pt; margin: 0 0 3pt; }
    h2 { font-size: 12.5pt; margin: 12pt 0 5pt; border-bottom: 1px solid #000; break-after: avoid; }
    h3 { font-size: 10pt; margin: 10pt 0 3pt; break-after: avoid; }
    p.lead { color: #333; margin-top: 0; }
    p.note { font-size: 8.5pt; }
    ul { padding-left: 14pt; }
    figure { margin: 4pt 0 8pt; break-inside: avoid; text-align: center; }
    figure svg { width: 100%; height: auto; max-height: 250mm; }
    figure.bars svg { max-height: 127mm; }
    figure.trend svg { max-height: 88mm; }
    figure.scatter svg { max-height: 118mm; }
    figcaption { font-size: 8pt; color: #333; text-align: left; }
    div.columns { column-count: 2; column-gap: 6mm; }
    table { border-collapse: collapse; width: 100%; font-size: 7pt; margin: 2pt 0 8pt; line-height: 1.1; }
    th, td { border-bottom: 0.5pt solid #bbb; padding: 0.5pt 3pt; }
    th { text-align: left; border-bottom: 1pt solid #000; vertical-align: bottom; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    td.n, td.status, tr td:first-child { white-space: nowrap; }
    tr.subtotal td:first-child { white-space: normal; }
    tr.subtotal td { font-weight: bold; background: #eee; }
    tr.total td { font-weight: bold; border-top: 1pt solid #000; background: #ddd; }
    thead { display: table-header-group; }
    tr { break-inside: avoid; }
    td.s-under, .swatch.s-under { background: #f4cccc; }
    td.s-meets, .swatch.s-meets { background: #d9e6f2; }
    td.s-not-assessed, .swatch.s-not-assessed { background: #ececec; }
    td.s-missing { font-style: italic; }
    .swatch { display: inline-block; width: 14pt; height: 8pt; border: 0.5pt solid #666; vertical-align: middle; }
    .swatch.s-missing { background: #fff; border-style: dashed; }
    code { font-family: monospace; }
    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    """

  /// A plain table (no disclosure control: statuses, not counts), right-aligned where it says; a cell
  /// whose text `cellClass` gives a class gets it.
  static func table(_ table: MarkdownTable, cellClass: (String) -> String? = { _ in nil }) -> String {
    func cell(_ tag: String, _ index: Int, _ text: String) -> String {
      let classes = (table.rightAligned.contains(index) ? ["n"] : []) + (tag == "td" ? [cellClass(text)].compactMap { $0 } : [])
      return "<\(tag)\(classes.isEmpty ? "" : " class=\"\(classes.joined(separator: " "))\"")>\(escaped(text))</\(tag)>"
    }
    var html = "<table>\n<thead><tr>" + table.header.enumerated().map { cell("th", $0, $1) }.joined() + "</tr></thead>\n<tbody>\n"
    for row in table.rows { html += "<tr>" + row.enumerated().map { cell("td", $0, $1) }.joined() + "</tr>\n" }
    return html + "</tbody>\n</table>\n"
  }

  /// Text escaped for XML (the page is XHTML), as the charts escape theirs.
  static func escaped(_ text: String) -> String { SVG.escaped(text) }

  /// Escaped text with Markdown's `**bold**` and `` `code` `` turned into HTML.
  static func inline(_ markdown: String) -> String {
    var out = ""
    var bold = false
    var code = false
    var rest = Substring(markdown)
    while let character = rest.first {
      if rest.hasPrefix("**") && !code {
        out += bold ? "</strong>" : "<strong>"
        bold.toggle()
        rest = rest.dropFirst(2)
        continue
      }
      if character == "`" {
        out += code ? "</code>" : "<code>"
        code.toggle()
      } else {
        out += escaped(String(character))
      }
      rest = rest.dropFirst()
    }
    if bold { out += "</strong>" }
    if code { out += "</code>" }
    return out
  }
}
