/// A horizontal bar chart of shares in percent, one row per municipality in the order given (the caller
/// sorts), for the committee briefing (SPEC 5, `udvalg/`): each municipality's share against a
/// reference line such as the 80 % criterion, each bar coloured by its category (the committee uses
/// the municipality's status, issue 17).
///
/// Layout, 760 px wide: title, subtitle, a legend of the categories; then the rows, in `panels` columns
/// side by side (the first panel holds the first rows, and so on, so the order reads down each column),
/// each row with the name (right-aligned), the value with a decimal comma, and the bar on an axis with
/// round steps, tick labels above and below; the axis label and the source line at the bottom. With 98
/// rows in three panels the chart is about 520 px tall: two fit on one A4 page.
///
/// A category is a fill colour, optionally hatched (white diagonal lines and a black outline) and
/// emphasised (bold name and value), so the categories also read on a black-and-white print. The
/// reference line is black and dashed and labelled at its top. A bar without a value keeps its row:
/// the name, no bar, and its note in italics ("mangler data", "ikke vurderet").
struct BarChart: Sendable {
  /// A kind of bar, as the legend names it.
  struct Category: Sendable, Equatable {
    var name: String
    var fill: String
    var hatched: Bool
    /// Bold name and value, `flagged` in the row's class.
    var emphasised: Bool

    init(name: String, fill: String, hatched: Bool = false, emphasised: Bool = false) {
      self.name = name
      self.fill = fill
      self.hatched = hatched
      self.emphasised = emphasised
    }

    /// The two categories of a chart that only marks some bars: dark grey hatched, and light grey.
    static let flagged = Category(name: "Markeret", fill: "#3d3d3d", hatched: true, emphasised: true)
    static let other = Category(name: "Øvrige", fill: "#b3b3b3")
  }

  /// One bar.
  struct Bar: Sendable, Equatable {
    var label: String
    /// The share in percent; `nil` when there is none (not assessed, missing or suppressed).
    var value: Double?
    /// Index into the chart's `categories`.
    var category: Int
    /// The value as shown, when the caller has it rounded exactly (e.g. `DanishFormat.percent`); by
    /// default the value with one decimal and a decimal comma.
    var valueText: String?
    /// The note in the row when there is no value; by default the chart's `missingNote`.
    var note: String?

    init(label: String, value: Double?, category: Int, valueText: String? = nil, note: String? = nil) {
      self.label = label
      self.value = value
      self.category = category
      self.valueText = valueText
      self.note = note
    }
  }

  var title: String
  var subtitle: String?
  var bars: [Bar]
  /// The legend's categories, in the legend's order.
  var categories: [Category] = [.flagged, .other]
  /// Columns of rows side by side.
  var panels = 1
  /// The height the rows of a panel may take together: rows are as tall as that allows, between 10 and
  /// 22 px (the 98 municipalities in one panel: 10 px each).
  var plotHeight = 1000.0
  /// Where the reference line is drawn, in percent; none when `nil`.
  var threshold: Double?
  /// The reference line's label, e.g. `Kriterium: 80 %`.
  var thresholdLabel: String
  /// The value axis' label with its unit, e.g. `Andel med rettidig samtale (pct.)`.
  var valueAxisLabel: String
  /// The source line, e.g. `Kilde: kommunernes udtræk, STAR; beregnet med tilsyn`.
  var source: String
  /// The note in a row without a value, unless the bar has its own.
  var missingNote = "ikke vurderet"
  /// The `<desc>` text for screen readers; by default a summary of the bars.
  var description: String?
  /// The prefix of every id in the SVG. Charts inlined in one HTML page need different ids; the default
  /// is derived from the title.
  var id: String?
  var width: Double = 760

  init(
    title: String, subtitle: String? = nil, bars: [Bar], threshold: Double?, thresholdLabel: String,
    valueAxisLabel: String, source: String
  ) {
    self.title = title
    self.subtitle = subtitle
    self.bars = bars
    self.threshold = threshold
    self.thresholdLabel = thresholdLabel
    self.valueAxisLabel = valueAxisLabel
    self.source = source
  }

  func category(_ bar: Bar) -> Category { categories.indices.contains(bar.category) ? categories[bar.category] : .other }

  /// The chart as an `<svg>` element, ready to inline in HTML or save as a `.svg` file.
  var svg: String {
    let id = SVG.identifier(self.id ?? "bars-" + SVG.digest(title))
    let values = bars.compactMap { $0.value.flatMap { $0.isFinite ? $0 : nil } }
    let panelCount = max(1, min(panels, bars.count))
    let axis = ChartAxis(
      covering: min(0, values.min() ?? 0, threshold ?? 0), max(100, values.max() ?? 0, threshold ?? 0),
      ticks: panelCount == 1 ? 10 : 5)
    let rowsPerPanel = (bars.count + panelCount - 1) / panelCount

    // Rows as tall as `plotHeight` allows; text one px less than the row.
    let rowHeight = min(22, max(10, (plotHeight / Double(max(rowsPerPanel, 1))).rounded(.down)))
    let fontSize = min(11.5, rowHeight - 1)
    let frame = ChartFrame(
      id: id, width: width, title: title, subtitle: subtitle, description: description ?? summary, source: source)
    var content: [SVGElement] = []

    // Legend, then the reference line's label, then the top tick labels.
    let legend = ChartFrame.legend(
      categories.indices.map { index in
        (categories[index].name, { lx, ly in [Self.swatch(x: lx, y: ly, categories[index], fill: fill(index, id: id))] })
      }, x: ChartStyle.margin, y: frame.headerBottom + 8, maxWidth: width - 2 * ChartStyle.margin)
    content += legend.elements
    let widths = Self.columnWidths(bars, fontSize: fontSize)
    let layout = BarPanelLayout(
      thresholdLabelY: legend.lastRowY + 26, rowHeight: rowHeight, fontSize: fontSize, rows: rowsPerPanel, axis: axis,
      nameWidth: widths.name, valueWidth: widths.value)

    let gap = 18.0
    let panelWidth = (width - 2 * ChartStyle.margin - Double(panelCount - 1) * gap) / Double(panelCount)
    for panel in 0..<panelCount {
      let slice = Array(bars[min(bars.count, panel * rowsPerPanel)..<min(bars.count, (panel + 1) * rowsPerPanel)])
      let left = ChartStyle.margin + Double(panel) * (panelWidth + gap)
      content += self.panel(slice, left: left, right: left + panelWidth, layout: layout, id: id)
    }
    if bars.isEmpty {
      content.append(
        SVGElement(
          "text", ["class": "empty", "x": width / 2, "y": layout.plotTop + 24, "text-anchor": "middle", "font-style": "italic"],
          text: "Ingen data"))
    }
    content.append(
      SVGElement(
        "text", ["class": "axis-label", "x": width / 2, "y": layout.plotBottom + 31, "text-anchor": "middle"],
        text: valueAxisLabel))
    let patterns = categories.indices.filter { categories[$0].hatched }.map {
      Self.hatchPattern(id: "\(id)-hatch-\($0)", fill: categories[$0].fill)
    }
    return frame.svg(height: layout.plotBottom + 56, defs: patterns, content: content)
  }

  /// The fill of a category's bars: its colour, or its hatch pattern.
  func fill(_ category: Int, id: String) -> String {
    guard categories.indices.contains(category) else { return Category.other.fill }
    return categories[category].hatched ? "url(#\(id)-hatch-\(category))" : categories[category].fill
  }

  /// The default `<desc>`: what is drawn, how many, how many of each category.
  private var summary: String {
    let valued = bars.filter { $0.value?.isFinite == true }
    var parts = ["Liggende søjlediagram med \(bars.count) \(bars.count == 1 ? "søjle" : "søjler") i den viste rækkefølge"]
    if let threshold { parts.append("referencelinje ved \(ChartNumber.trimmed(threshold)) % (\(thresholdLabel))") }
    for index in categories.indices {
      let count = valued.filter { $0.category == index }.count
      if count > 0 { parts.append("\(count) \(categories[index].name.lowercased())") }
    }
    if valued.count < bars.count { parts.append("\(bars.count - valued.count) uden værdi") }
    return parts.joined(separator: "; ") + "."
  }
}
