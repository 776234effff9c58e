/// The committee page's HTML, written by hand as well-formed XHTML (so it parses as XML), with its CSS
/// inline and no scripts, fonts or links that load anything. It prints on A4.
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

  static let style = """
    @page { size: A4; margin: 15mm 14mm; }
    body { font-family: sans-serif; font-size: 10.5pt; color: #000; background: #fff; max-width: 180mm; margin: 0 auto; line-height: 1.35; }
    h1 { font-size: 17pt; margin: 0 0 4pt; }
    h2 { font-size: 13pt; margin: 16pt 0 6pt; border-bottom: 1px solid #000; page-break-after: avoid; }
    p.lead { color: #333; margin-top: 0; }
    figure { margin: 10pt 0; page-break-inside: avoid; }
    figure svg { width: 100%; height: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin: 4pt 0 12pt; }
    caption { text-align: left; font-weight: bold; font-size: 10pt; padding-bottom: 4pt; }
    th, td { border-bottom: 1px solid #bbb; padding: 1.5pt 4pt; }
    th { text-align: left; border-bottom: 1.5px solid #000; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    tr.subtotal td { font-weight: bold; background: #eee; }
    tr.total td { font-weight: bold; border-top: 1.5px solid #000; background: #ddd; }
    thead { display: table-header-group; }
    tr { page-break-inside: avoid; }
    code { font-family: monospace; }
    """

  /// A suppressed table as an HTML table: counts and shares right-aligned, subtotal and total rows
  /// set off.
  static func table(_ table: SuppressedTable) -> String {
    var html = "<table>\n<caption>\(escaped(table.table.title))</caption>\n<thead><tr><th>Kommune</th>"
    html += table.header.map { "<th class=\"n\">\(escaped($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
    for (index, row) in table.table.rows.enumerated() {
      let kind: String
      switch row.kind {
      case .detail: kind = ""
      case .subtotal: kind = " class=\"subtotal\""
      case .total: kind = " class=\"total\""
      }
      html += "<tr\(kind)><td>\(escaped(row.label))</td>"
      html += table.texts(row: index).map { "<td class=\"n\">\(escaped($0))</td>" }.joined() + "</tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  /// A plain table (no disclosure control: statuses, not counts), right-aligned where it says.
  static func table(_ table: MarkdownTable) -> String {
    func cell(_ tag: String, _ index: Int, _ text: String) -> String {
      "<\(tag)\(table.rightAligned.contains(index) ? " class=\"n\"" : "")>\(escaped(text))</\(tag)>"
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
