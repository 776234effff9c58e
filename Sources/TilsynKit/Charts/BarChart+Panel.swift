/// The vertical measures every panel of a `BarChart` shares, so the panels line up.
struct BarPanelLayout {
  let thresholdLabelY: Double
  let rowHeight: Double
  let fontSize: Double
  /// Rows in the tallest panel.
  let rows: Int
  let axis: ChartAxis
  /// The widest name and the widest value of every panel, both as if bold: the panels of a chart,
  /// and charts of the same municipalities, put their axes at the same place whichever rows are
  /// emphasised.
  let nameWidth: Double
  let valueWidth: Double

  var topTicksY: Double { thresholdLabelY + 15 }
  var plotTop: Double { topTicksY + 7 }
  var plotBottom: Double { plotTop + (rows == 0 ? 40 : Double(rows) * rowHeight) }
}

extension BarChart {
  /// The value written beside a bar ("" for none).
  static func valueText(_ bar: Bar) -> String {
    guard let value = bar.value, value.isFinite else { return "" }
    return bar.valueText ?? ChartNumber.danish(value, places: 1)
  }

  /// The widest name (at least 40) and value (at least "100,0") of `bars`, as if bold.
  static func columnWidths(_ bars: [Bar], fontSize: Double) -> (name: Double, value: Double) {
    let name = max(40, bars.map { ChartText.width($0.label, size: fontSize, bold: true) }.max() ?? 0)
    let value = max(
      ChartText.width("100,0", size: fontSize, bold: true),
      bars.map { ChartText.width(valueText($0), size: fontSize, bold: true) }.max() ?? 0)
    return (name, value)
  }

  /// One column of rows between `left` and `right`: bands, grid and tick labels, the rows, the zero
  /// line and the reference line with its label.
  func panel(_ bars: [Bar], left: Double, right: Double, layout: BarPanelLayout, id: String) -> [SVGElement] {
    let fontSize = layout.fontSize
    let rowHeight = layout.rowHeight
    let texts = bars.map(Self.valueText)
    let nameRight = left + min((right - left) * 0.42, layout.nameWidth)
    let valueRight = nameRight + 6 + layout.valueWidth
    let plotLeft = valueRight + 8
    let plotRight = right - 10
    let axis = layout.axis
    let x = { (value: Double) in axis.position(value, from: plotLeft, to: plotRight) }
    var elements: [SVGElement] = []

    // Bands of five rows, grid lines and tick labels behind the bars.
    var grid = SVGElement("g", ["class": "grid"])
    if bars.count > 20 {
      for start in stride(from: 5, to: bars.count, by: 10) {
        let rows = Double(min(5, bars.count - start))
        grid.append(
          SVGElement(
            "rect",
            [
              "x": left - 4, "y": layout.plotTop + Double(start) * rowHeight, "width": plotRight + 8 - left,
              "height": rows * rowHeight, "fill": ChartStyle.band,
            ]))
      }
    }
    var ticks = SVGElement("g", ["class": "ticks", "font-size": 9.5, "text-anchor": "middle", "fill": ChartStyle.quiet])
    for tick in axis.ticks {
      let tx = x(tick)
      grid.append(
        SVGElement(
          "line", ["x1": tx, "y1": layout.plotTop, "x2": tx, "y2": layout.plotBottom, "stroke": ChartStyle.grid, "stroke-width": 0.6]))
      ticks.append(SVGElement("text", ["x": tx, "y": layout.plotBottom + 13], text: axis.label(tick)))
      // Above the plot the reference line's own label takes the place of the tick it falls on.
      if let threshold, abs(tick - threshold) < axis.step / 2 { continue }
      ticks.append(SVGElement("text", ["x": tx, "y": layout.topTicksY], text: axis.label(tick)))
    }
    elements += [grid, ticks]

    // The rows.
    var rows = SVGElement("g", ["class": "bars", "font-size": fontSize])
    for (index, bar) in bars.enumerated() {
      let category = category(bar)
      let top = layout.plotTop + Double(index) * rowHeight
      let baseline = top + rowHeight / 2 + fontSize * 0.35
      let weight: KeyValuePairs<String, any SVGAttributeValue> = category.emphasised ? ["font-weight": "bold"] : [:]
      var row = SVGElement("g", ["class": category.emphasised ? "row flagged" : "row"])
      row.append(SVGElement("text", ["class": "name", "x": nameRight, "y": baseline, "text-anchor": "end"], text: bar.label).with(weight))
      if let value = bar.value, value.isFinite {
        row.append(SVGElement("text", ["class": "value", "x": valueRight, "y": baseline, "text-anchor": "end"], text: texts[index]).with(weight))
        let barHeight = (rowHeight * 0.72).rounded()
        var rect = SVGElement(
          "rect",
          [
            "class": category.emphasised ? "bar flagged" : "bar", "x": min(x(0), x(value)), "y": top + (rowHeight - barHeight) / 2,
            "width": abs(x(value) - x(0)), "height": barHeight,
          ])
        rect.set("fill", fill(bar.category, id: id))
        if category.hatched { rect = rect.with(["stroke": ChartStyle.ink, "stroke-width": 0.6]) }
        rect.append(SVGElement("title", text: "\(bar.label): \(texts[index]) % (\(category.name.lowercased()))"))
        row.append(rect)
      } else {
        row.append(
          SVGElement(
            "text", ["class": "missing", "x": x(0) + 4, "y": baseline, "font-style": "italic", "fill": ChartStyle.quiet],
            text: bar.note ?? missingNote))
      }
      rows.append(row)
    }
    elements.append(rows)

    // The zero line, the reference line and its label.
    elements.append(
      SVGElement(
        "line",
        ["class": "axis", "x1": x(0), "y1": layout.plotTop, "x2": x(0), "y2": layout.plotBottom, "stroke": ChartStyle.ink, "stroke-width": 1]))
    if let threshold, threshold.isFinite {
      let tx = x(threshold)
      let labelWidth = ChartText.width(thresholdLabel, size: 10.5, bold: true)
      let anchor = tx + labelWidth / 2 > right ? "end" : "middle"
      elements.append(
        SVGElement(
          "g", ["class": "threshold"],
          children: [
            SVGElement(
              "line",
              [
                "x1": tx, "y1": layout.thresholdLabelY + 4, "x2": tx, "y2": layout.plotBottom + 3, "stroke": ChartStyle.ink,
                "stroke-width": 1.4, "stroke-dasharray": "6 3",
              ]),
            SVGElement(
              "text",
              [
                "x": anchor == "end" ? tx + 4 : tx, "y": layout.thresholdLabelY, "text-anchor": anchor, "font-size": 10.5,
                "font-weight": "bold",
              ],
              text: thresholdLabel),
          ]))
    }
    return elements
  }

  /// A category's colour with white diagonal lines: reads as "flagged" without colour.
  static func hatchPattern(id: String, fill: String) -> SVGElement {
    SVGElement(
      "pattern", ["id": id, "patternUnits": "userSpaceOnUse", "width": 5, "height": 5, "patternTransform": "rotate(45)"],
      children: [
        SVGElement("rect", ["x": 0, "y": 0, "width": 5, "height": 5, "fill": fill]),
        SVGElement("line", ["x1": 0, "y1": 0, "x2": 0, "y2": 5, "stroke": "#ffffff", "stroke-width": 1.6]),
      ])
  }

  /// The legend's swatch of a category.
  static func swatch(x: Double, y: Double, _ category: Category, fill: String) -> SVGElement {
    let swatch = SVGElement("rect", ["class": "swatch", "x": x, "y": y - 5, "width": 24, "height": 10, "fill": fill])
    return category.hatched ? swatch.with(["stroke": ChartStyle.ink, "stroke-width": 0.6]) : swatch
  }
}
