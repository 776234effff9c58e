/// A horizontal bar chart of shares in percent, one row per municipality in the order given (the caller
/// sorts), for the committee briefing (SPEC 5, `udvalg/`): each municipality's share against a
/// reference line such as the 80 % criterion.
///
/// Layout, 760 px wide: title, subtitle, legend; then one row per bar with the name (right-aligned), the
/// value with a decimal comma, and the bar on an axis with round steps, tick labels above and below;
/// the axis label and the source line at the bottom. With 98 rows a row is 10 px and the chart about
/// 1,150 px tall, the proportions of an A4 page inside 2 cm margins. Rows are banded in fives.
///
/// Grey-scale: ordinary bars are light grey; flagged bars are dark grey with white diagonal hatching
/// and a black outline, and their name and value are bold, so they read on a black-and-white print.
/// The reference line is black and dashed and labelled at its top. A bar without a value ("mangler
/// data"/"ikke vurderet") keeps its row: the name, no bar, and a note in italics.
public struct BarChart: Sendable {
  /// One bar.
  public struct Bar: Sendable, Equatable {
    public var label: String
    /// The share in percent; `nil` when there is none (not assessed, missing or suppressed).
    public var value: Double?
    public var flagged: Bool
    /// The value as shown, when the caller has it rounded exactly (e.g. `DanishFormat.percent`); by
    /// default the value with one decimal and a decimal comma.
    public var valueText: String?

    public init(label: String, value: Double?, flagged: Bool, valueText: String? = nil) {
      self.label = label
      self.value = value
      self.flagged = flagged
      self.valueText = valueText
    }
  }

  public var title: String
  public var subtitle: String?
  public var bars: [Bar]
  /// Where the reference line is drawn, in percent; none when `nil`.
  public var threshold: Double?
  /// The reference line's label, e.g. `Kriterium: 80 %`.
  public var thresholdLabel: String
  /// The value axis' label with its unit, e.g. `Andel med rettidig samtale (pct.)`.
  public var valueAxisLabel: String
  /// The source line, e.g. `Kilde: kommunernes udtræk, STAR; beregnet med tilsyn`.
  public var source: String
  /// The legend's words for flagged and other bars.
  public var flaggedLegend = "Markeret"
  public var otherLegend = "Øvrige"
  /// The note in a row without a value.
  public var missingNote = "ikke vurderet"
  /// The `<desc>` text for screen readers; by default a summary of the bars.
  public var description: String?
  /// The prefix of every id in the SVG. Charts inlined in one HTML page need different ids; the default
  /// is derived from the title.
  public var id: String?
  public var width: Double = 760

  public init(
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

  /// The chart as an `<svg>` element, ready to inline in HTML or save as a `.svg` file.
  public var svg: String {
    let id = SVG.identifier(self.id ?? "bars-" + SVG.digest(title))
    let values = bars.compactMap { $0.value.flatMap { $0.isFinite ? $0 : nil } }
    let axis = ChartAxis(
      covering: min(0, values.min() ?? 0, threshold ?? 0), max(100, values.max() ?? 0, threshold ?? 0), ticks: 10)

    // Rows: 10 px for the 98 municipalities, roomier for fewer; text one px less than the row.
    let rowHeight = min(22, max(10, (1000 / Double(max(bars.count, 1))).rounded(.down)))
    let fontSize = min(11.5, rowHeight - 1)
    let texts = bars.map { bar -> String in
      guard let value = bar.value, value.isFinite else { return "" }
      return bar.valueText ?? ChartNumber.danish(value, places: 1)
    }
    let nameWidth = min(220, max(40, bars.map { ChartText.width($0.label, size: fontSize, bold: $0.flagged) }.max() ?? 0))
    let valueWidth = max(ChartText.width("100,0", size: fontSize, bold: true), texts.map { ChartText.width($0, size: fontSize, bold: true) }.max() ?? 0)
    let nameRight = ChartStyle.margin + nameWidth
    let valueRight = nameRight + 8 + valueWidth
    let plotLeft = valueRight + 12
    let plotRight = width - ChartStyle.margin - 12
    let x = { (value: Double) in axis.position(value, from: plotLeft, to: plotRight) }

    let frame = ChartFrame(
      id: id, width: width, title: title, subtitle: subtitle, description: description ?? summary, source: source)
    var content: [SVGElement] = []

    // Legend, then the reference line's label, then the top tick labels.
    let hatch = "url(#\(id)-hatch)"
    let legend = ChartFrame.legend(
      [
        (flaggedLegend, { lx, ly in [Self.barSwatch(x: lx, y: ly, fill: hatch, flagged: true)] }),
        (otherLegend, { lx, ly in [Self.barSwatch(x: lx, y: ly, fill: Self.otherFill, flagged: false)] }),
      ], x: ChartStyle.margin, y: frame.headerBottom + 8, maxWidth: width - 2 * ChartStyle.margin)
    content += legend.elements
    let thresholdLabelY = legend.lastRowY + 26
    let topTicksY = thresholdLabelY + 15
    let plotTop = topTicksY + 7
    let plotBottom = plotTop + (bars.isEmpty ? 40 : Double(bars.count) * rowHeight)

    // Bands of five rows, grid lines and tick labels behind the bars.
    var grid = SVGElement("g", ["class": "grid"])
    if bars.count > 20 {
      for start in stride(from: 5, to: bars.count, by: 10) {
        let rows = Double(min(5, bars.count - start))
        grid.append(
          SVGElement(
            "rect",
            [
              "x": ChartStyle.margin - 4, "y": plotTop + Double(start) * rowHeight, "width": plotRight + 4 - ChartStyle.margin + 4,
              "height": rows * rowHeight, "fill": ChartStyle.band,
            ]))
      }
    }
    var ticks = SVGElement("g", ["class": "ticks", "font-size": 9.5, "text-anchor": "middle", "fill": ChartStyle.quiet])
    for tick in axis.ticks {
      let tx = x(tick)
      grid.append(
        SVGElement("line", ["x1": tx, "y1": plotTop, "x2": tx, "y2": plotBottom, "stroke": ChartStyle.grid, "stroke-width": 0.6]))
      ticks.append(SVGElement("text", ["x": tx, "y": plotBottom + 13], text: axis.label(tick)))
      // Above the plot the reference line's own label takes the place of the tick it falls on.
      if let threshold, abs(tick - threshold) < axis.step / 2 { continue }
      ticks.append(SVGElement("text", ["x": tx, "y": topTicksY], text: axis.label(tick)))
    }
    content += [grid, ticks]

    // The rows.
    var rows = SVGElement("g", ["class": "bars", "font-size": fontSize])
    for (index, bar) in bars.enumerated() {
      let top = plotTop + Double(index) * rowHeight
      let baseline = top + rowHeight / 2 + fontSize * 0.35
      let weight: KeyValuePairs<String, any SVGAttributeValue> = bar.flagged ? ["font-weight": "bold"] : [:]
      var row = SVGElement("g", ["class": bar.flagged ? "row flagged" : "row"])
      row.append(SVGElement("text", ["class": "name", "x": nameRight, "y": baseline, "text-anchor": "end"], text: bar.label).with(weight))
      if let value = bar.value, value.isFinite {
        row.append(SVGElement("text", ["class": "value", "x": valueRight, "y": baseline, "text-anchor": "end"], text: texts[index]).with(weight))
        let barHeight = (rowHeight * 0.72).rounded()
        var rect = SVGElement(
          "rect",
          [
            "class": bar.flagged ? "bar flagged" : "bar", "x": min(x(0), x(value)), "y": top + (rowHeight - barHeight) / 2,
            "width": abs(x(value) - x(0)), "height": barHeight,
          ])
        rect.set("fill", bar.flagged ? hatch : Self.otherFill)
        if bar.flagged { rect = rect.with(["stroke": ChartStyle.ink, "stroke-width": 0.6]) }
        rect.append(SVGElement("title", text: "\(bar.label): \(texts[index]) %"))
        row.append(rect)
      } else {
        row.append(
          SVGElement(
            "text", ["class": "missing", "x": x(0) + 4, "y": baseline, "font-style": "italic", "fill": ChartStyle.quiet],
            text: missingNote))
      }
      rows.append(row)
    }
    if bars.isEmpty {
      rows.append(
        SVGElement(
          "text", ["class": "empty", "x": (plotLeft + plotRight) / 2, "y": plotTop + 24, "text-anchor": "middle", "font-style": "italic"],
          text: "Ingen data"))
    }
    content.append(rows)

    // The zero line, the reference line and its label.
    content.append(
      SVGElement("line", ["class": "axis", "x1": x(0), "y1": plotTop, "x2": x(0), "y2": plotBottom, "stroke": ChartStyle.ink, "stroke-width": 1]))
    if let threshold, threshold.isFinite {
      let tx = x(threshold)
      let labelWidth = ChartText.width(thresholdLabel, size: 10.5, bold: true)
      let anchor = tx + labelWidth / 2 > width - ChartStyle.margin ? "end" : "middle"
      content.append(
        SVGElement(
          "g", ["class": "threshold"],
          children: [
            SVGElement(
              "line",
              [
                "x1": tx, "y1": thresholdLabelY + 4, "x2": tx, "y2": plotBottom + 3, "stroke": ChartStyle.ink, "stroke-width": 1.4,
                "stroke-dasharray": "6 3",
              ]),
            SVGElement(
              "text",
              ["x": anchor == "end" ? tx + 4 : tx, "y": thresholdLabelY, "text-anchor": anchor, "font-size": 10.5, "font-weight": "bold"],
              text: thresholdLabel),
          ]))
    }

    // The axis label under the bottom tick labels.
    content.append(
      SVGElement(
        "text", ["class": "axis-label", "x": (plotLeft + plotRight) / 2, "y": plotBottom + 31, "text-anchor": "middle"],
        text: valueAxisLabel))
    return frame.svg(height: plotBottom + 56, defs: [hatchPattern(id: "\(id)-hatch")], content: content)
  }

  static let otherFill = "#b3b3b3"
  static let flaggedFill = "#3d3d3d"

  /// Dark grey with white diagonal lines: reads as "flagged" without colour.
  private func hatchPattern(id: String) -> SVGElement {
    SVGElement(
      "pattern", ["id": id, "patternUnits": "userSpaceOnUse", "width": 5, "height": 5, "patternTransform": "rotate(45)"],
      children: [
        SVGElement("rect", ["x": 0, "y": 0, "width": 5, "height": 5, "fill": Self.flaggedFill]),
        SVGElement("line", ["x1": 0, "y1": 0, "x2": 0, "y2": 5, "stroke": "#ffffff", "stroke-width": 1.6]),
      ])
  }

  private static func barSwatch(x: Double, y: Double, fill: String, flagged: Bool) -> SVGElement {
    let swatch = SVGElement("rect", ["class": "swatch", "x": x, "y": y - 5, "width": 24, "height": 10, "fill": fill])
    return flagged ? swatch.with(["stroke": ChartStyle.ink, "stroke-width": 0.6]) : swatch
  }

  /// The default `<desc>`: what is drawn, how many, which are flagged.
  private var summary: String {
    let valued = bars.filter { $0.value?.isFinite == true }
    var parts = ["Liggende søjlediagram med \(bars.count) \(bars.count == 1 ? "søjle" : "søjler") i den viste rækkefølge"]
    if let threshold { parts.append("referencelinje ved \(ChartNumber.trimmed(threshold)) % (\(thresholdLabel))") }
    let flagged = valued.filter(\.flagged)
    parts.append("\(flagged.count) markeret som \(flaggedLegend.lowercased())")
    if valued.count < bars.count { parts.append("\(bars.count - valued.count) uden værdi (\(missingNote))") }
    return parts.joined(separator: "; ") + "."
  }
}
