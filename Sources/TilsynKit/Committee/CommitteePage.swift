/// The committee page (`udvalg/index.html`, SPEC 5, issue 17) laid out for A4 portrait: sender, date
/// and period on top; the headline numbers and the list's history; the figures, each at most half a
/// page for the early-effort charts (two to a page) so no figure is taller than a page; the tables with
/// repeated headers when they run over a page, the narrow ones two columns to the page; the legend of
/// symbols and colours; the methodology. `make print` renders it with headless Chromium.
struct CommitteePage {
  let briefing: CommitteeBriefing

  var html: String {
    var body = "<div class=\"masthead\"><span>\(HTMLText.escaped(CommitteeBriefing.sender))</span>"
    body += "<span>\(HTMLText.escaped(PeriodText.longDate(briefing.date)))</span></div>\n"
    body += "<h1>\(HTMLText.escaped(briefing.title))</h1>\n"
    body += "<p class=\"lead\">Materiale til Folketingets Beskæftigelsesudvalg · \(HTMLText.escaped(PeriodText.long(briefing.period)))</p>\n"
    body += "<h2>Hovedtal</h2>\n<ul>\n" + briefing.headlines.map { "<li>\(HTMLText.inline($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
    if !briefing.listHistory.isEmpty {
      body += "<h2>\(HTMLText.escaped(ListHistory.title))</h2>\n<p>\(HTMLText.escaped(ListHistory.note))</p>\n"
      body += HTMLText.table(briefing.listHistory.table) { Self.historyClass($0) }
    }
    body += "<h2>Figurer</h2>\n"
    for (index, chart) in briefing.charts.enumerated() {
      let kind = chart.name.hasPrefix("tidlig_indsats_") ? "bars" : chart.name == "udvikling.svg" ? "trend" : "scatter"
      body += "<figure class=\"\(kind)\">\n\(chart.svg)\n<figcaption>\(HTMLText.escaped(briefing.figureCaption(index)))</figcaption>\n</figure>\n"
    }
    body += "<h2>Tabeller</h2>\n"
    for (index, table) in briefing.committeeTables.enumerated() {
      body += "<h3>\(HTMLText.escaped(briefing.tableCaption(index)))</h3>\n"
      body += "<div class=\"\(table.isNarrow ? "columns" : "wide")\">\n" + Self.table(table) + "</div>\n"
      body += table.suppressed.withheldQuotes.map { "<p class=\"note\">\(HTMLText.escaped($0))</p>\n" }.joined()
    }
    body += "<h2>Tegnforklaring</h2>\n" + briefing.legend.map { "<p>\(HTMLText.inline($0))</p>" }.joined(separator: "\n") + "\n"
    body += "<p class=\"swatches\">" + CommitteeStatus.allCases.map {
      "<span class=\"swatch \($0.cssClass)\"></span> \(HTMLText.escaped($0.word))"
    }.joined(separator: " &#160; ") + "</p>\n"
    body += "<h2>Metode</h2>\n" + briefing.methodology.map { "<p>\(HTMLText.inline($0))</p>" }.joined(separator: "\n") + "\n"
    return HTMLText.page(title: briefing.title, body: body)
  }

  /// A committee table: counts and shares right-aligned with thousands separators, subtotal and total
  /// rows set off, the status cell tinted by its standing.
  static func table(_ table: CommitteeTable) -> String {
    let suppressed = table.suppressed
    var html = "<table>\n<thead><tr><th>Kommune</th>"
    html += suppressed.header.map { "<th class=\"n\">\(HTMLText.escaped($0))</th>" }.joined()
    html += "<th>\(HTMLText.escaped(CommitteeTable.statusHeader))</th></tr></thead>\n<tbody>\n"
    for (index, row) in suppressed.table.rows.enumerated() {
      let kind: String
      switch row.kind {
      case .detail: kind = ""
      case .subtotal: kind = " class=\"subtotal\""
      case .total: kind = " class=\"total\""
      }
      let texts = table.texts(row: index, grouped: true)
      html += "<tr\(kind)><td>\(HTMLText.escaped(row.label))</td>"
      html += texts.dropLast().map { "<td class=\"n\">\(HTMLText.escaped($0))</td>" }.joined()
      let status = table.statuses[index].status.map { " \($0.cssClass)" } ?? ""
      html += "<td class=\"status\(status)\">\(HTMLText.escaped(texts.last ?? ""))</td></tr>\n"
    }
    return html + "</tbody>\n</table>\n"
  }

  /// The list history's cells tinted like the statuses they name.
  static func historyClass(_ text: String) -> String? {
    switch text {
    case ListHistory.word(.opfylderIkke): CommitteeStatus.under.cssClass
    case ListHistory.word(.opfylder): CommitteeStatus.meets.cssClass
    case ListHistory.word(.ikkeVurderet): CommitteeStatus.notAssessed.cssClass
    case ListHistory.word(.manglerData): CommitteeStatus.missingData.cssClass
    default: nil
    }
  }
}
