/// A scatter plot divided into four labelled quadrants, for the committee briefing (SPEC 5, `udvalg/`):
/// e.g. each municipality's difference from its expected share (x, percentage points) against its
/// fokusmål 1 share (y, percent), with the lines x = 0 and y = 30 (SPEC 4.2).
///
/// Layout, 760 × 560 px: title, subtitle, legend; the y axis label above the axis and the x axis label
/// under it; round steps on both axes with light grid lines, y from 0; the two dividers dashed and
/// labelled with their values; each quadrant's label in its outer corner. A point belongs to the right
/// quadrants when x > `xDivider` and to the top ones when y ≥ `yDivider`. The axes always leave every
/// quadrant some room.
///
/// Grey-scale: ordinary points are small grey circles; highlighted points are larger black triangles
/// drawn on top and labelled with their name (placed beside the point where it collides with nothing
/// else already placed). Labels on top of data have a white halo.
struct ScatterChart: Sendable {
  /// One point.
  struct Point: Sendable, Equatable {
    var label: String
    var x: Double
    var y: Double
    var highlighted: Bool

    init(label: String, x: Double, y: Double, highlighted: Bool) {
      self.label = label
      self.x = x
      self.y = y
      self.highlighted = highlighted
    }
  }

  /// The four quadrants' labels.
  struct QuadrantLabels: Sendable, Equatable {
    var topRight: String
    var topLeft: String
    var bottomRight: String
    var bottomLeft: String

    init(topRight: String, topLeft: String, bottomRight: String, bottomLeft: String) {
      self.topRight = topRight
      self.topLeft = topLeft
      self.bottomRight = bottomRight
      self.bottomLeft = bottomLeft
    }
  }

  var title: String
  var subtitle: String?
  var points: [Point]
  /// Axis labels with their units, e.g. `Forskel fra forventet andel (procentpoint)`.
  var xAxisLabel: String
  var yAxisLabel: String
  var xDivider: Double
  var yDivider: Double
  var quadrantLabels: QuadrantLabels
  var source: String
  /// The dividers' labels; by default their values (`0`, `30`).
  var xDividerLabel: String?
  var yDividerLabel: String?
  /// The legend's words for highlighted and other points.
  var highlightedLegend = "Fremhævet"
  var otherLegend = "Øvrige"
  /// Decimals of the values in a point's tooltip.
  var xDecimals = 2
  var yDecimals = 1
  /// The `<desc>` text for screen readers; by default a summary with the count in each quadrant.
  var description: String?
  /// The prefix of every id in the SVG; the default is derived from the title.
  var id: String?
  var width: Double = 760
  var height: Double = 560

  init(
    title: String, subtitle: String? = nil, points: [Point], xAxisLabel: String, yAxisLabel: String, xDivider: Double,
    yDivider: Double, quadrantLabels: QuadrantLabels, source: String
  ) {
    self.title = title
    self.subtitle = subtitle
    self.points = points
    self.xAxisLabel = xAxisLabel
    self.yAxisLabel = yAxisLabel
    self.xDivider = xDivider
    self.yDivider = yDivider
    self.quadrantLabels = quadrantLabels
    self.source = source
  }

  /// With the quadrant labels as a tuple, as in `(topRight: "I risiko", topLeft: …, …)`.
  init(
    title: String, subtitle: String? = nil, points: [Point], xAxisLabel: String, yAxisLabel: String, xDivider: Double,
    yDivider: Double, quadrantLabels: (topRight: String, topLeft: String, bottomRight: String, bottomLeft: String),
    source: String
  ) {
    self.init(
      title: title, subtitle: subtitle, points: points, xAxisLabel: xAxisLabel, yAxisLabel: yAxisLabel, xDivider: xDivider,
      yDivider: yDivider,
      quadrantLabels: QuadrantLabels(
        topRight: quadrantLabels.topRight, topLeft: quadrantLabels.topLeft, bottomRight: quadrantLabels.bottomRight,
        bottomLeft: quadrantLabels.bottomLeft),
      source: source)
  }

  static let highlightMarker = MarkerShape.filledTriangle
  static let otherFill = "#a6a6a6"

  /// The chart as an `<svg>` element, ready to inline in HTML or save as a `.svg` file.
  var svg: String {
    let id = SVG.identifier(self.id ?? "scatter-" + SVG.digest(title))
    let frame = ChartFrame(
      id: id, width: width, title: title, subtitle: subtitle, description: description ?? summary, source: source)
    let shown = points.filter { $0.x.isFinite && $0.y.isFinite }
    let xDivider = self.xDivider.isFinite ? self.xDivider : 0
    let yDivider = self.yDivider.isFinite ? self.yDivider : 0
    let xAxis = Self.axis(shown.map(\.x), divider: xDivider, from: nil, ticks: 8)
    let yAxis = Self.axis(shown.map(\.y), divider: yDivider, from: 0, ticks: 6)
    var content: [SVGElement] = []

    let legend = ChartFrame.legend(
      [
        (highlightedLegend, { lx, ly in [Self.highlightMarker.element(x: lx + 12, y: ly, size: 10)] }),
        (otherLegend, { lx, ly in [Self.otherMarker(x: lx + 12, y: ly)] }),
      ], x: ChartStyle.margin, y: frame.headerBottom + 8, maxWidth: width - 2 * ChartStyle.margin)
    content += legend.elements

    let yLabels = yAxis.ticks.map(yAxis.label)
    let plotLeft = ChartStyle.margin + max(24, yLabels.map { ChartText.width($0, size: 10) }.max() ?? 0) + 10
    // The y divider's label sits right of the plot, clear of the points.
    let yDividerText = yDividerLabel ?? ChartNumber.trimmed(yDivider)
    let plotRight = width - ChartStyle.margin - max(10, ChartText.width(yDividerText, size: 10.5, bold: true) + 8)
    let plotTop = legend.lastRowY + 50
    let plotBottom = height - 70
    let x = { (value: Double) in xAxis.position(value, from: plotLeft, to: plotRight) }
    let y = { (value: Double) in yAxis.position(value, from: plotBottom, to: plotTop) }

    // Axis labels, grid and ticks.
    content.append(SVGElement("text", ["class": "axis-label y", "x": ChartStyle.margin, "y": plotTop - 24], text: yAxisLabel))
    content.append(
      SVGElement(
        "text", ["class": "axis-label x", "x": (plotLeft + plotRight) / 2, "y": plotBottom + 36, "text-anchor": "middle"],
        text: xAxisLabel))
    var grid = SVGElement("g", ["class": "grid", "stroke": ChartStyle.grid, "stroke-width": 0.6])
    var ticks = SVGElement("g", ["class": "ticks", "font-size": 10, "fill": ChartStyle.quiet])
    for tick in xAxis.ticks {
      grid.append(SVGElement("line", ["x1": x(tick), "y1": plotTop, "x2": x(tick), "y2": plotBottom]))
      ticks.append(SVGElement("text", ["x": x(tick), "y": plotBottom + 15, "text-anchor": "middle"], text: xAxis.label(tick)))
    }
    for (tick, label) in zip(yAxis.ticks, yLabels) {
      grid.append(SVGElement("line", ["x1": plotLeft, "y1": y(tick), "x2": plotRight, "y2": y(tick)]))
      ticks.append(SVGElement("text", ["x": plotLeft - 6, "y": y(tick) + 3.5, "text-anchor": "end"], text: label))
    }
    content += [grid, ticks]
    content.append(
      SVGElement(
        "rect",
        [
          "class": "plot-frame", "x": plotLeft, "y": plotTop, "width": plotRight - plotLeft, "height": plotBottom - plotTop,
          "fill": "none", "stroke": ChartStyle.quiet, "stroke-width": 0.8,
        ]))

    // The dividers and their labels.
    let dividerX = x(xDivider)
    let dividerY = y(yDivider)
    let dash: KeyValuePairs<String, any SVGAttributeValue> = ["stroke": ChartStyle.ink, "stroke-width": 1.3, "stroke-dasharray": "6 3"]
    content.append(
      SVGElement(
        "g", ["class": "dividers", "font-size": 10.5, "font-weight": "bold"],
        children: [
          SVGElement("line", ["class": "divider x", "x1": dividerX, "y1": plotTop - 4, "x2": dividerX, "y2": plotBottom]).with(dash),
          SVGElement("line", ["class": "divider y", "x1": plotLeft, "y1": dividerY, "x2": plotRight + 4, "y2": dividerY]).with(dash),
          SVGElement("text", ["x": dividerX, "y": plotTop - 8, "text-anchor": "middle"], text: xDividerLabel ?? ChartNumber.trimmed(xDivider)),
          SVGElement("text", ["x": plotRight + 6, "y": dividerY + 3.5], text: yDividerText),
        ]))

    // Quadrant labels in the outer corners, wrapped to their quadrant's width.
    var occupied: [Box] = []
    var quadrants = SVGElement("g", ["class": "quadrant-labels", "font-size": 11.5, "font-weight": "bold", "fill": ChartStyle.quiet])
    let corners: [(text: String, right: Bool, top: Bool)] = [
      (quadrantLabels.topLeft, false, true), (quadrantLabels.topRight, true, true),
      (quadrantLabels.bottomLeft, false, false), (quadrantLabels.bottomRight, true, false),
    ]
    for corner in corners where !corner.text.isEmpty {
      let room = (corner.right ? plotRight - dividerX : dividerX - plotLeft) - 16
      let lines = ChartText.wrapped(corner.text, size: 11.5 * 1.08, width: max(room, 40))
      let anchorX = corner.right ? plotRight - 8 : plotLeft + 8
      let firstY = corner.top ? plotTop + 17 : plotBottom - 8 - Double(lines.count - 1) * 14
      for (index, line) in lines.enumerated() {
        let lineY = firstY + Double(index) * 14
        let lineWidth = ChartText.width(line, size: 11.5, bold: true)
        quadrants.append(
          SVGElement("text", ["class": "quadrant-label", "x": anchorX, "y": lineY, "text-anchor": corner.right ? "end" : "start"], text: line)
            .with(ChartStyle.halo))
        occupied.append(Box(left: corner.right ? anchorX - lineWidth : anchorX, top: lineY - 11, width: lineWidth, height: 13))
      }
    }

    // Ordinary points, then the labels of the highlighted ones, then the highlighted points on top, so
    // a label's halo never hides one.
    var dots = SVGElement("g", ["class": "points"])
    var dotBoxes: [Box] = []
    for point in shown where !point.highlighted {
      dotBoxes.append(Box(left: x(point.x) - 4, top: y(point.y) - 4, width: 8, height: 8))
      var dot = Self.otherMarker(x: x(point.x), y: y(point.y)).with(["class": "point"])
      dot.append(SVGElement("title", text: tooltip(point)))
      dots.append(dot)
    }
    var highlighted = SVGElement("g", ["class": "points highlighted"])
    for point in shown where point.highlighted {
      var mark = Self.highlightMarker.element(x: x(point.x), y: y(point.y), size: 11).with(["class": "point highlighted"])
      mark.append(SVGElement("title", text: tooltip(point)))
      highlighted.append(mark)
      occupied.append(Box(left: x(point.x) - 7, top: y(point.y) - 8, width: 14, height: 14))
    }
    content += [quadrants, dots]

    var labels = SVGElement("g", ["class": "point-labels", "font-size": 10, "font-weight": "bold"])
    let plot = Box(left: plotLeft, top: plotTop, width: plotRight - plotLeft, height: plotBottom - plotTop)
    for point in shown where point.highlighted && !point.label.isEmpty {
      let px = x(point.x)
      let py = y(point.y)
      let placed = Self.place(point.label, at: (px, py), within: plot, avoiding: occupied, softly: dotBoxes)
      occupied.append(placed.box)
      if placed.leader {
        // From the point towards the label's nearest edge.
        let ex = min(max(px, placed.box.left), placed.box.left + placed.box.width)
        let ey = min(max(py, placed.box.top), placed.box.top + placed.box.height)
        let length = ((ex - px) * (ex - px) + (ey - py) * (ey - py)).squareRoot()
        if length > 8 {
          let start = 6 / length
          labels.append(
            SVGElement(
              "line",
              [
                "class": "leader", "x1": px + (ex - px) * start, "y1": py + (ey - py) * start, "x2": ex, "y2": ey,
                "stroke": ChartStyle.ink, "stroke-width": 0.6,
              ]))
        }
      }
      labels.append(
        SVGElement("text", ["class": "point-label", "x": placed.x, "y": placed.y, "text-anchor": placed.anchor], text: point.label)
          .with(ChartStyle.halo))
    }
    content += [labels, highlighted]

    if shown.isEmpty {
      content.append(
        SVGElement(
          "text",
          ["class": "empty", "x": (plotLeft + plotRight) / 2, "y": (plotTop + plotBottom) / 2 + 20, "text-anchor": "middle", "font-style": "italic"],
          text: "Ingen data"))
    }
    return frame.svg(height: height, content: content)
  }

  /// An axis over `values` and the divider, starting at `from` when given, with at least 15 % of the
  /// range on either side of the divider so every quadrant has room for its label.
  private static func axis(_ values: [Double], divider: Double, from start: Double?, ticks: Int) -> ChartAxis {
    var low = min(values.min() ?? divider, divider)
    var high = max(values.max() ?? divider, divider)
    if let start { low = min(low, start) }
    let span = max(high - low, 1)
    low = min(low, divider - 0.15 * span)
    high = max(high, divider + 0.15 * span)
    if let start, start <= (values.min() ?? start), start <= divider { low = max(low, start) }
    return ChartAxis(covering: low, high, ticks: ticks)
  }

  private static func otherMarker(x: Double, y: Double) -> SVGElement {
    SVGElement("circle", ["cx": x, "cy": y, "r": 3.5, "fill": otherFill, "stroke": ChartStyle.quiet, "stroke-width": 0.7])
  }

  private func tooltip(_ point: Point) -> String {
    "\(point.label) (\(ChartNumber.danish(point.x, places: xDecimals)); \(ChartNumber.danish(point.y, places: yDecimals)))"
  }

  /// A rectangle in chart coordinates, for keeping labels apart.
  struct Box {
    var left, top, width, height: Double

    func overlap(_ other: Box) -> Double {
      let w = min(left + width, other.left + other.width) - max(left, other.left)
      let h = min(top + height, other.top + other.height) - max(top, other.top)
      return w > 0 && h > 0 ? w * h : 0
    }

    func inside(_ other: Box) -> Bool {
      left >= other.left && top >= other.top && left + width <= other.left + other.width && top + height <= other.top + other.height
    }
  }

  /// Where a point's label goes: of eight places beside the point (right, left, above right, …) and
  /// eight a little further out (with a leader line), the first with the least cost: the area it
  /// overlaps of labels and highlighted markers already placed, a little for ordinary points it covers,
  /// a little for being further out, and much for leaving the plot.
  static func place(
    _ label: String, at point: (x: Double, y: Double), within plot: Box, avoiding occupied: [Box], softly dots: [Box] = []
  ) -> (x: Double, y: Double, anchor: String, box: Box, leader: Bool) {
    let width = ChartText.width(label, size: 10, bold: true)
    let height = 11.0
    // (dx, dy) to the text's anchor point and its anchor; the baseline sits 3.5 px under the middle.
    let near: [(Double, Double, String)] = [
      (8, 3.5, "start"), (-8, 3.5, "end"), (6, -8, "start"), (-6, -8, "end"),
      (6, 15, "start"), (-6, 15, "end"), (0, -11, "middle"), (0, 19, "middle"),
    ]
    let far: [(Double, Double, String)] = [
      (22, 3.5, "start"), (-22, 3.5, "end"), (16, -20, "start"), (-16, -20, "end"),
      (16, 27, "start"), (-16, 27, "end"), (0, -24, "middle"), (0, 32, "middle"),
    ]
    var best: (x: Double, y: Double, anchor: String, box: Box, leader: Bool)?
    var bestCost = Double.infinity
    for (ring, offsets) in [near, far].enumerated() {
      for (dx, dy, anchor) in offsets {
        let tx = point.x + dx
        let ty = point.y + dy
        let left = anchor == "start" ? tx : anchor == "end" ? tx - width : tx - width / 2
        let box = Box(left: left, top: ty - 8.5, width: width, height: height)
        var cost = occupied.reduce(0) { $0 + box.overlap($1) } + 0.15 * dots.reduce(0) { $0 + box.overlap($1) }
        if ring == 1 { cost += 8 }
        if !box.inside(plot) { cost += 10_000 }
        if cost < bestCost {
          bestCost = cost
          best = (tx, ty, anchor, box, ring == 1)
        }
      }
    }
    return best ?? (point.x + 8, point.y + 3.5, "start", Box(left: point.x + 8, top: point.y - 5, width: width, height: height), false)
  }

  /// The default `<desc>`: the dividers, the count in each quadrant and the highlighted points.
  private var summary: String {
    let shown = points.filter { $0.x.isFinite && $0.y.isFinite }
    func count(right: Bool, top: Bool) -> Int {
      shown.filter { ($0.x > xDivider) == right && ($0.y >= yDivider) == top }.count
    }
    var text = "Punktdiagram med \(shown.count) \(shown.count == 1 ? "punkt" : "punkter")"
    text += "; skillelinjer ved \(ChartNumber.trimmed(xDivider)) (vandret akse) og \(ChartNumber.trimmed(yDivider)) (lodret akse)"
    let quadrants = [
      (quadrantLabels.topRight, count(right: true, top: true)), (quadrantLabels.topLeft, count(right: false, top: true)),
      (quadrantLabels.bottomRight, count(right: true, top: false)), (quadrantLabels.bottomLeft, count(right: false, top: false)),
    ]
    text += "; " + quadrants.map { "\($0.0): \($0.1)" }.joined(separator: ", ")
    let highlighted = shown.filter(\.highlighted).map(\.label)
    if !highlighted.isEmpty { text += "; \(highlightedLegend.lowercased()): " + highlighted.joined(separator: ", ") }
    return text + "."
  }
}
