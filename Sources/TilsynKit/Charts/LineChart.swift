/// A line chart of whole-number counts per period, for the committee briefing (SPEC 5, `udvalg/`): the
/// number of municipalities that do not meet the criteria in every period found.
///
/// Layout, 760 × 420 px: title, subtitle, legend; the y axis label above the axis; periods evenly spaced
/// along x (labels turned 45° when they would crowd), the y axis from 0 with round whole-number steps
/// and light grid lines; each series' value in the last period written beside its point; the source
/// line at the bottom.
///
/// Grey-scale: series differ by dash pattern (solid, dashed, dotted, dash-dot, …) and marker shape
/// (filled circle, open square, filled triangle, open diamond, …), both shown in the legend; colour is
/// not used. A missing value breaks the line; a point with no neighbour, as in a single period, is
/// drawn as its marker alone, with no line.
struct LineChart: Sendable {
  /// One line: a value per period, in the order of `periods` (`nil` when there is none).
  struct Series: Sendable, Equatable {
    var name: String
    var values: [Int?]

    init(name: String, values: [Int?]) {
      self.name = name
      self.values = values
    }
  }

  var title: String
  var subtitle: String?
  /// The x axis, e.g. `["2023H2", "2024H1"]`; values beyond the periods are not drawn.
  var periods: [String]
  var series: [Series]
  /// The y axis' label with its unit, e.g. `Antal kommuner`.
  var valueAxisLabel: String
  /// The x axis' label.
  var periodAxisLabel = "Halvår"
  var source: String
  /// The `<desc>` text for screen readers; by default a summary of the latest values.
  var description: String?
  /// The prefix of every id in the SVG; the default is derived from the title.
  var id: String?
  var width: Double = 760
  var height: Double = 420

  init(title: String, subtitle: String? = nil, periods: [String], series: [Series], valueAxisLabel: String, source: String) {
    self.title = title
    self.subtitle = subtitle
    self.periods = periods
    self.series = series
    self.valueAxisLabel = valueAxisLabel
    self.source = source
  }

  /// Dash patterns, in the order the series take them (with `MarkerShape.allCases`).
  static let dashes: [String?] = [nil, "8 4", "2 3", "10 3 2 3", "14 4", "4 2"]

  /// The chart as an `<svg>` element, ready to inline in HTML or save as a `.svg` file.
  var svg: String {
    let id = SVG.identifier(self.id ?? "lines-" + SVG.digest(title))
    let frame = ChartFrame(
      id: id, width: width, title: title, subtitle: subtitle, description: description ?? summary, source: source)
    let values = series.map { line in periods.indices.map { $0 < line.values.count ? line.values[$0] : nil } }
    let highest = values.joined().compactMap { $0 }.max() ?? 0
    let axis = ChartAxis(covering: 0, Double(max(highest, 4)), ticks: 6, wholeNumbers: true)
    var content: [SVGElement] = []

    // Legend: a short stretch of each line with its marker.
    let legend = ChartFrame.legend(
      series.indices.map { index in
        (
          series[index].name,
          { lx, ly in
            [self.stroke(SVGElement("line", ["x1": lx, "y1": ly, "x2": lx + 36, "y2": ly]), style: index), Self.marker(index).element(x: lx + 18, y: ly, size: 8)]
          }
        )
      }, swatchWidth: 36, x: ChartStyle.margin, y: frame.headerBottom + 8, maxWidth: width - 2 * ChartStyle.margin)
    content += legend.elements

    let tickLabels = axis.ticks.map(axis.label)
    let plotLeft = ChartStyle.margin + max(24, tickLabels.map { ChartText.width($0, size: 10) }.max() ?? 0) + 10
    // Room right of the last period for its value labels: half a slot, and a margin where that is short.
    let count = Double(max(periods.count, 1))
    let labelRoom = (latestLabels(values).map { ChartText.width($0.text, size: 10.5, bold: true) }.max() ?? 0) + 14
    let available = width - ChartStyle.margin - plotLeft
    let rightMargin = max(8, (labelRoom - available / (2 * count)) / (1 - 1 / (2 * count)))
    let plotRight = width - ChartStyle.margin - rightMargin
    let plotTop = legend.lastRowY + (series.isEmpty ? 16 : 40)
    let slot = (plotRight - plotLeft) / count
    let turned = periods.contains { ChartText.width($0, size: 10) + 8 > slot }
    let plotBottom = height - (turned ? 96 : 66)
    let x = { (index: Int) in plotLeft + slot * (Double(index) + 0.5) }
    let y = { (value: Int) in axis.position(Double(value), from: plotBottom, to: plotTop) }

    // The y axis label above the axis, grid lines and tick labels.
    content.append(
      SVGElement("text", ["class": "axis-label y", "x": ChartStyle.margin, "y": plotTop - 14], text: valueAxisLabel))
    var grid = SVGElement("g", ["class": "grid"])
    var ticks = SVGElement("g", ["class": "ticks", "font-size": 10, "fill": ChartStyle.quiet])
    for (tick, label) in zip(axis.ticks, tickLabels) {
      let ty = axis.position(tick, from: plotBottom, to: plotTop)
      if tick != 0 {
        grid.append(SVGElement("line", ["x1": plotLeft, "y1": ty, "x2": plotRight, "y2": ty, "stroke": ChartStyle.grid, "stroke-width": 0.6]))
      }
      ticks.append(SVGElement("text", ["x": plotLeft - 6, "y": ty + 3.5, "text-anchor": "end"], text: label))
    }
    for index in periods.indices {
      let px = x(index)
      ticks.append(SVGElement("line", ["x1": px, "y1": plotBottom, "x2": px, "y2": plotBottom + 4, "stroke": ChartStyle.ink]))
      if turned {
        ticks.append(
          SVGElement(
            "text",
            [
              "x": px, "y": plotBottom + 14, "text-anchor": "end",
              "transform": "rotate(-45 \(SVG.number(px)) \(SVG.number(plotBottom + 14)))", "fill": ChartStyle.text,
            ], text: periods[index]))
      } else {
        ticks.append(
          SVGElement("text", ["x": px, "y": plotBottom + 17, "text-anchor": "middle", "fill": ChartStyle.text], text: periods[index]))
      }
    }
    content += [grid, ticks]
    content.append(
      SVGElement(
        "line", ["class": "axis", "x1": plotLeft, "y1": plotBottom, "x2": plotRight, "y2": plotBottom, "stroke": ChartStyle.ink, "stroke-width": 1]))
    content.append(
      SVGElement(
        "text", ["class": "axis-label x", "x": (plotLeft + plotRight) / 2, "y": height - 30, "text-anchor": "middle"],
        text: periodAxisLabel))

    // The lines: one polyline per run of consecutive values; then the markers on top.
    var lines = SVGElement("g", ["class": "lines", "fill": "none"])
    var openMarkers: [SVGElement] = []
    var filledMarkers: [SVGElement] = []
    for (index, row) in values.enumerated() {
      var run: [(Double, Double)] = []
      for period in 0...row.count {
        if period < row.count, let value = row[period] {
          run.append((x(period), y(value)))
          continue
        }
        if run.count > 1 { lines.append(line(run, style: index).with(["class": "series-line"])) }
        run = []
      }
      for (period, value) in row.enumerated() {
        guard let value else { continue }
        let shape = Self.marker(index)
        var marker = shape.element(x: x(period), y: y(value), size: shape.isOpen ? 10.5 : 9).with(["class": "marker"])
        marker.append(SVGElement("title", text: "\(series[index].name), \(periods[period]): \(DanishFormat.grouped(value))"))
        if shape.isOpen { openMarkers.append(marker) } else { filledMarkers.append(marker) }
      }
    }
    // Filled markers on top of open ones, so equal values stay visible (a dot inside a square).
    content += [lines, SVGElement("g", ["class": "markers"], children: openMarkers + filledMarkers)]
    content.append(contentsOf: latestValueLabels(values: values, x: x, y: y, plotTop: plotTop, plotBottom: plotBottom))

    if values.joined().allSatisfy({ $0 == nil }) {
      content.append(
        SVGElement(
          "text",
          ["class": "empty", "x": (plotLeft + plotRight) / 2, "y": (plotTop + plotBottom) / 2, "text-anchor": "middle", "font-style": "italic"],
          text: "Ingen data"))
    }
    return frame.svg(height: height, content: content)
  }

  /// Each series' value in the last period, right of its point, moved apart so none overlap.
  private func latestValueLabels(
    values: [[Int?]], x: (Int) -> Double, y: (Int) -> Double, plotTop: Double, plotBottom: Double
  ) -> [SVGElement] {
    guard let last = periods.indices.last else { return [] }
    var labels = latestLabels(values).map { (text: $0.text, y: y($0.value)) }
    labels.sort { $0.y < $1.y }
    let gap = 13.0
    for index in labels.indices.dropFirst() where labels[index].y < labels[index - 1].y + gap {
      labels[index].y = labels[index - 1].y + gap
    }
    if let lowest = labels.last?.y, lowest > plotBottom - 4 {
      let shift = lowest - (plotBottom - 4)
      for index in labels.indices { labels[index].y -= shift }
    }
    var group = SVGElement("g", ["class": "latest-values", "font-size": 10.5, "font-weight": "bold"])
    for label in labels {
      group.append(SVGElement("text", ["class": "latest-value", "x": x(last) + 10, "y": label.y + 3.5], text: label.text).with(ChartStyle.halo))
    }
    return labels.isEmpty ? [] : [group]
  }

  /// The texts of the value labels in the last period, `Tilbud: 9`, with their values.
  private func latestLabels(_ values: [[Int?]]) -> [(text: String, value: Int)] {
    guard let last = periods.indices.last else { return [] }
    return values.enumerated().compactMap { index, row in
      row[last].map { ("\(series[index].name): \(DanishFormat.grouped($0))", $0) }
    }
  }

  private static func marker(_ index: Int) -> MarkerShape {
    MarkerShape.allCases[index % MarkerShape.allCases.count]
  }

  /// A polyline through `points` in the series' dash pattern.
  private func line(_ points: [(Double, Double)], style index: Int) -> SVGElement {
    stroke(SVGElement("polyline", ["points": MarkerShape.points(points)]), style: index)
  }

  /// `element` stroked in the series' line style (the legend's sample is a `<line>`, so only the data
  /// lines are polylines).
  private func stroke(_ element: SVGElement, style index: Int) -> SVGElement {
    var element = element.with(
      ["fill": "none", "stroke": ChartStyle.ink, "stroke-width": 2, "stroke-linejoin": "round", "stroke-linecap": "butt"])
    if let dash = Self.dashes[index % Self.dashes.count] { element.set("stroke-dasharray", dash) }
    return element
  }

  /// The default `<desc>`: the periods and each series' latest value.
  private var summary: String {
    guard let first = periods.first, let last = periods.last else { return "Kurvediagram uden perioder." }
    var text = "Kurvediagram over \(periods.count) \(periods.count == 1 ? "periode" : "perioder")"
    text += periods.count == 1 ? " (\(first))" : " fra \(first) til \(last)"
    let latest = series.compactMap { line -> String? in
      guard line.values.count >= periods.count, let value = line.values[periods.count - 1] else { return nil }
      return "\(line.name) \(DanishFormat.grouped(value))"
    }
    if !latest.isEmpty { text += "; \(valueAxisLabel.lowercased()) i \(last): " + latest.joined(separator: ", ") }
    return text + "."
  }
}
