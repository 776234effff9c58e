// Pieces the three charts share: Danish tick labels, round axis steps, text-width estimates, the
// grey palette, marker shapes, and the frame with title, description, legend and source line.

/// Numbers shown to people: Danish decimal comma, rounded half away from zero.
enum ChartNumber {
  /// `value` with exactly `places` decimals: `78.44` → `78,4` (one place).
  static func danish(_ value: Double, places: Int) -> String {
    var scale = 1
    for _ in 0..<places { scale *= 10 }
    let limit = 1e15 / Double(scale)
    let clamped = value.isFinite ? min(max(value, -limit), limit) : 0
    return DanishFormat.ratio(Int((clamped * Double(scale)).rounded(.toNearestOrAwayFromZero)), scale, places: places)
  }

  /// `value` with at most `places` decimals, trailing zeros dropped: `30` → `30`, `2.5` → `2,5`.
  static func trimmed(_ value: Double, places: Int = 2) -> String {
    var text = danish(value, places: places)
    guard text.contains(",") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(",") { text.removeLast() }
    return text == "-0" ? "0" : text
  }
}

/// Round axis steps (1, 2, 2.5 or 5 × 10ⁿ; 1, 2 or 5 × 10ⁿ for counts) covering a range, and the
/// linear map from values to positions.
struct ChartAxis {
  let lower: Double
  let upper: Double
  let step: Double
  /// Decimals the tick labels need.
  let places: Int

  init(covering low: Double, _ high: Double, ticks target: Int, wholeNumbers: Bool = false) {
    var low = low.isFinite ? low : 0
    var high = high.isFinite ? high : 1
    if low > high { swap(&low, &high) }
    if high - low < 1e-9 { high = low + (wholeNumbers ? 5 : 1) }
    let rough = (high - low) / Double(max(target, 1))
    var magnitude: Double = 1
    while magnitude * 10 <= rough { magnitude *= 10 }
    while magnitude > rough { magnitude /= 10 }
    let ratio = rough / magnitude
    let multiples: [Double] = wholeNumbers ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]
    var step = (multiples.first { ratio <= $0 + 1e-9 } ?? 10) * magnitude
    if wholeNumbers { step = max(1, step.rounded()) }
    self.step = step
    self.lower = (low / step + 1e-9).rounded(.down) * step
    self.upper = (high / step - 1e-9).rounded(.up) * step
    var places = 0
    var scaled = step
    while places < 6 && abs(scaled - scaled.rounded()) > 1e-6 {
      places += 1
      scaled *= 10
    }
    self.places = places
  }

  /// The tick values from `lower` to `upper`.
  var ticks: [Double] {
    let count = Int(((upper - lower) / step).rounded())
    return (0...max(count, 0)).map { lower + Double($0) * step }
  }

  /// A tick's label, Danish, with the decimals the step needs.
  func label(_ value: Double) -> String {
    let text = ChartNumber.danish(value, places: places)
    if places == 0, let whole = Int(text), abs(whole) >= 10_000 { return DanishFormat.grouped(whole) }
    return text == "-0" ? "0" : text
  }

  /// `value`'s position on a scale from `start` (at `lower`) to `end` (at `upper`).
  func position(_ value: Double, from start: Double, to end: Double) -> Double {
    start + (value - lower) / (upper - lower) * (end - start)
  }
}

/// Estimated text widths for layout (no font metrics without loading a font): per-character widths
/// of a typical sans-serif, generous enough that labels do not collide.
enum ChartText {
  /// Widths in ems close to DejaVu Sans (what most Linux renderers use for `sans-serif`), which is wider
  /// than Arial or Helvetica, so a label fits wherever it is shown.
  static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
    var ems = 0.0
    for character in text {
      switch character {
      case "i", "j", "l", "'", "|", ".", ",", ":", ";", "!": ems += 0.3
      case " ", "t", "f", "r", "-", "(", ")", "I", "J": ems += 0.4
      case "m", "w", "M", "W", "æ", "Æ", "œ", "%": ems += 0.95
      case _ where character.isUppercase: ems += 0.72
      case _ where character.isNumber: ems += 0.64
      default: ems += 0.6
      }
    }
    return ems * size * (bold ? 1.12 : 1)
  }

  /// `text` split into lines no wider than `width`, at spaces.
  static func wrapped(_ text: String, size: Double, width: Double) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let candidate = line.isEmpty ? String(word) : line + " " + word
      if !line.isEmpty && ChartText.width(candidate, size: size) > width {
        lines.append(line)
        line = String(word)
      } else {
        line = candidate
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}

/// The grey-scale palette: everything must read on a black-and-white print.
enum ChartStyle {
  static let ink = "#000000"
  static let text = "#1a1a1a"
  static let quiet = "#4d4d4d"
  static let grid = "#d0d0d0"
  static let band = "#f0f0f0"
  static let margin = 16.0
  static let titleSize = 16.0
  static let subtitleSize = 11.5
  static let labelSize = 11.0
  static let sourceSize = 9.5

  /// Text with a white halo, for labels that may sit on top of data.
  static let halo: KeyValuePairs<String, any SVGAttributeValue> = [
    "stroke": "#ffffff", "stroke-width": 3, "stroke-linejoin": "round", "paint-order": "stroke",
  ]
}

/// A marker shape for points: told apart by shape and fill, not colour. Drawn as `<circle>`, `<rect>` or
/// `<polygon>` (never `<path>` or `<polyline>`, which are the lines).
enum MarkerShape: CaseIterable {
  case filledCircle, openSquare, filledTriangle, openDiamond, filledSquare, openCircle, filledDiamond, openTriangle

  var isOpen: Bool {
    switch self {
    case .openSquare, .openDiamond, .openCircle, .openTriangle: true
    default: false
    }
  }

  /// The marker centred on (`x`, `y`), about `size` across.
  func element(x: Double, y: Double, size: Double, fill: String = ChartStyle.ink) -> SVGElement {
    let r = size / 2
    let paint: KeyValuePairs<String, any SVGAttributeValue> =
      isOpen
      ? ["fill": "#ffffff", "stroke": fill, "stroke-width": 1.5]
      : ["fill": fill, "stroke": "#ffffff", "stroke-width": 0.75]
    switch self {
    case .filledCircle, .openCircle:
      return SVGElement("circle", ["cx": x, "cy": y, "r": r * 0.92]).with(paint)
    case .openSquare, .filledSquare:
      let side = size * 0.84
      return SVGElement("rect", ["x": x - side / 2, "y": y - side / 2, "width": side, "height": side]).with(paint)
    case .filledTriangle, .openTriangle:
      let h = size * 1.1
      return SVGElement("polygon", ["points": MarkerShape.points([(x, y - h * 0.6), (x + h * 0.58, y + h * 0.4), (x - h * 0.58, y + h * 0.4)])])
        .with(paint)
    case .openDiamond, .filledDiamond:
      let d = r * 1.25
      return SVGElement("polygon", ["points": MarkerShape.points([(x, y - d), (x + d, y), (x, y + d), (x - d, y)])]).with(paint)
    }
  }

  static func points(_ corners: [(Double, Double)]) -> String {
    corners.map { SVG.number($0.0) + "," + SVG.number($0.1) }.joined(separator: " ")
  }
}

/// The parts around every chart: the `<svg>` root with `<title>` and `<desc>`, the title and subtitle
/// at the top, a legend row, and the source line at the bottom.
struct ChartFrame {
  let id: String
  let width: Double
  let title: String
  let subtitle: String?
  let description: String
  let source: String

  /// The y of the first line under the title (and subtitle).
  var headerBottom: Double { subtitle == nil ? 36 : 54 }

  /// The finished document: `content` between the header and the source line at `height`.
  func svg(height: Double, defs: [SVGElement] = [], content: [SVGElement]) -> String {
    var root = SVGElement(
      "svg",
      [
        "xmlns": SVG.namespace, "id": id, "viewBox": "0 0 \(SVG.number(width)) \(SVG.number(height))",
        "width": width, "height": height, "role": "img", "aria-labelledby": "\(id)-title \(id)-desc",
        "font-family": "sans-serif", "font-size": ChartStyle.labelSize, "fill": ChartStyle.text,
      ])
    root.append(SVGElement("title", ["id": "\(id)-title"], text: title))
    root.append(SVGElement("desc", ["id": "\(id)-desc"], text: description))
    if !defs.isEmpty { root.append(SVGElement("defs", children: defs)) }
    root.append(SVGElement("rect", ["x": 0, "y": 0, "width": width, "height": height, "fill": "#ffffff"]))
    root.append(
      SVGElement(
        "text", ["class": "chart-title", "x": ChartStyle.margin, "y": 24, "font-size": ChartStyle.titleSize, "font-weight": "bold"],
        text: title))
    if let subtitle {
      root.append(
        SVGElement(
          "text", ["class": "chart-subtitle", "x": ChartStyle.margin, "y": 43, "font-size": ChartStyle.subtitleSize, "fill": ChartStyle.quiet],
          text: subtitle))
    }
    root.append(contentsOf: content)
    root.append(
      SVGElement(
        "text", ["class": "chart-source", "x": ChartStyle.margin, "y": height - 10, "font-size": ChartStyle.sourceSize, "fill": ChartStyle.quiet],
        text: source))
    return root.xml
  }

  /// One legend row at `y` (its middle) from `x`: each item a swatch drawn by `swatch(x, y)`
  /// (`swatchWidth` wide) and its text; items that do not fit in `maxWidth` go on a next row. Returns the
  /// elements and the y of the last row.
  static func legend(
    _ items: [(text: String, swatch: (Double, Double) -> [SVGElement])], swatchWidth: Double = 24, x: Double, y: Double,
    maxWidth: Double
  ) -> (elements: [SVGElement], lastRowY: Double) {
    var group = SVGElement("g", ["class": "legend", "font-size": ChartStyle.labelSize])
    var cursor = x
    var row = y
    for item in items {
      let itemWidth = swatchWidth + 6 + ChartText.width(item.text, size: ChartStyle.labelSize) + 22
      if cursor > x && cursor + itemWidth > x + maxWidth {
        cursor = x
        row += 18
      }
      group.append(contentsOf: item.swatch(cursor, row))
      group.append(SVGElement("text", ["x": cursor + swatchWidth + 6, "y": row + 4], text: item.text))
      cursor += itemWidth
    }
    return ([group], row)
  }
}
