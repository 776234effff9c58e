/// The committee briefing (SPEC 5, `udvalg/`): the headline numbers, the charts, the tables after
/// disclosure control, a symbol legend and the methodology, as one self-contained HTML page
/// (`index.html`: inline CSS and SVG, nothing loaded from anywhere, A4 print layout), as Markdown for
/// the ministry's document system (`udvalg.md`), and the tables and charts as files of their own.
/// Flags and statuses come from the unsuppressed data; only the published cells are protected.
public struct CommitteeBriefing: Sendable {
  public let period: Period
  public let tables: [SuppressedTable]
  public let charts: [(name: String, svg: String)]
  public let audit: AuditResult
  public let headlines: [String]
  public let minimum: Int
  /// The municipalities on the list and their earlier statuses (issue 15).
  let listHistory: ListHistory

  public init(summaries: Summaries, history: PeriodHistory, register: KommuneRegister, headlines: [String], minimum: Int) {
    period = summaries.earlyEffort.kommuner.first?.period ?? history.entries.last!.period
    tables = CommitteeTables.all(summaries, register: register).map { DisclosureControl.apply($0, minimum: minimum) }
    charts = CommitteeCharts.all(summaries, history: history, minimum: minimum)
    audit = DisclosureAudit.audit(tables, minimum: minimum)
    self.headlines = headlines
    self.minimum = minimum
    listHistory = ListHistory(summaries.earlyEffort)
  }

  /// Every file of `udvalg/`, paths relative to the period's folder.
  public var files: [(path: String, bytes: [UInt8])] {
    [("udvalg/udvalg.md", Array(markdown.utf8)), ("udvalg/index.html", Array(html.utf8))]
      + tables.map { ("udvalg/\($0.table.name).csv", $0.csv(labelHeader: "kommune").bytes) }
      + charts.map { ("udvalg/\($0.name)", Array($0.svg.utf8)) }
  }

  var title: String { "Opfølgning på kommunernes beskæftigelsesindsats — \(PeriodText.long(period))" }

  var legend: String {
    "`..` = diskretioneret: tallet vises ikke, fordi det bygger på færre end \(minimum) personer, eller fordi det ellers kunne regnes ud fra en total."
  }

  /// The methodology notes, as Markdown paragraphs.
  var methodology: [String] {
    [
      "Tallene er beregnet af STAR's værktøj tilsyn på kommunernes halvårlige udtræk; definitionerne står i analytikerrapporten (rapport.md).",
      "Diskretionering (Danmarks Statistiks praksis): et antal fra 1 til \(minimum - 1) vises som `..`; en andel vises som `..`, når nævneren er under \(minimum), eller når tæller eller nævner er skjult. Derudover skjules så få andre tal som muligt (færrest celler, dernæst mindst sum), så intet skjult tal kan regnes ud eller vises at være under \(minimum) ud fra tabellens række-, regions- og landstotaler, delmængder og andele. Kommunernes status er beregnet på de fulde tal.",
      "Kontrol: " + audit.summary + " " + audit.tables.map(Self.auditLine).joined(separator: " "),
      "Diagrammet om skærpet tilsyn viser kun kommuner med mindst \(minimum) langvarigt forsørgede i gennemsnit. Fremdriftsgarantien er en foreslået ordning, ikke gældende lov.",
    ]
  }

  /// `tabel: n skjult primært, m sekundært; snævreste interval …` (SPEC 5.1).
  static func auditLine(_ table: AuditResult.TableCounts) -> String {
    let narrowest = table.narrowest.map { "; snævreste interval for et skjult tal: \($0.cell) \($0.interval)" } ?? ""
    return "\(table.name): \(table.primary) skjult primært, \(table.secondary) sekundært\(narrowest)."
  }

  var markdown: String {
    var text = "# \(title)\n\nMateriale til Folketingets Beskæftigelsesudvalg.\n\n## Hovedtal\n\n"
    text += headlines.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
    if !listHistory.isEmpty {
      text += "## \(ListHistory.title)\n\n\(ListHistory.note)\n\n" + listHistory.table.text + "\n"
    }
    text += "## Figurer\n\n" + charts.map { "- \($0.name)" }.joined(separator: "\n") + "\n\n"
    for table in tables {
      text += "## \(table.table.title)\n\n" + table.markdown(labelHeader: "Kommune").text + "\n"
      text += table.withheldQuotes.map { $0 + "\n\n" }.joined()
    }
    text += "## Tegnforklaring\n\n\(legend)\n\n## Metode\n\n" + methodology.joined(separator: "\n\n") + "\n"
    return text
  }

  var html: String {
    var body = "<h1>\(HTMLText.escaped(title))</h1>\n<p class=\"lead\">Materiale til Folketingets Beskæftigelsesudvalg.</p>\n"
    body += "<h2>Hovedtal</h2>\n<ul>\n" + headlines.map { "<li>\(HTMLText.inline($0))</li>" }.joined(separator: "\n") + "\n</ul>\n"
    if !listHistory.isEmpty {
      body += "<h2>\(HTMLText.escaped(ListHistory.title))</h2>\n<p>\(HTMLText.escaped(ListHistory.note))</p>\n"
        + HTMLText.table(listHistory.table)
    }
    body += "<h2>Figurer</h2>\n" + charts.map { "<figure>\n\($0.svg)\n</figure>" }.joined(separator: "\n") + "\n"
    for table in tables {
      body += HTMLText.table(table) + table.withheldQuotes.map { "<p>\(HTMLText.escaped($0))</p>\n" }.joined()
    }
    body += "<h2>Tegnforklaring</h2>\n<p>\(HTMLText.inline(legend))</p>\n"
    body += "<h2>Metode</h2>\n" + methodology.map { "<p>\(HTMLText.inline($0))</p>" }.joined(separator: "\n") + "\n"
    return HTMLText.page(title: title, body: body)
  }
}
