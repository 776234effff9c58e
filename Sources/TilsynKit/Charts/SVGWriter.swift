/// A tiny builder for well-formed SVG (XML 1.0) written by hand: an element tree with attributes in the
/// order given and escaped text, printed the same way every time, so the same chart gives the same bytes
/// (no random ids, no timestamps, no locale). Numbers in attributes use `.` as SVG requires
/// (`SVG.number`); numbers people read use the Danish decimal comma (`ChartNumber`, on `DanishFormat`).
///
/// The chart types (`BarChart`, `LineChart`, `ScatterChart`) share the pieces at the end of this file:
/// the chart frame with `<title>`, `<desc>` and source line, round axis steps, legends and marker shapes.
public enum SVG {
  /// The SVG namespace, the only address a chart contains.
  public static let namespace = "http://www.w3.org/2000/svg"

  /// `value` rounded half away from zero to `places` decimals with a `.`, trailing zeros dropped:
  /// `12.345` → `12.35`, `3.10` → `3.1`, `-0.001` → `0`. Not a number or infinite gives `0`.
  public static func number(_ value: Double, places: Int = 2) -> String {
    precondition((0...6).contains(places), "between 0 and 6 decimals")
    guard value.isFinite else { return "0" }
    var scale: Double = 1
    for _ in 0..<places { scale *= 10 }
    let limit = 1e15 / scale  // keeps the scaled value exact in an Int64
    let scaled = Int64((min(max(value, -limit), limit) * scale).rounded(.toNearestOrAwayFromZero))
    var digits = String(scaled.magnitude)
    if places > 0 {
      if digits.count <= places { digits = String(repeating: "0", count: places - digits.count + 1) + digits }
      digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
      while digits.hasSuffix("0") { digits.removeLast() }
      if digits.hasSuffix(".") { digits.removeLast() }
    }
    return scaled < 0 ? "-" + digits : digits
  }

  /// Text made safe for XML character data and attribute values: `& < > " '` as entities, tab and
  /// line breaks as character references (so attribute values keep them), and characters XML 1.0 does
  /// not allow (other control characters, U+FFFE, U+FFFF) dropped.
  public static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t": out += "&#x9;"
      case "\n": out += "&#xA;"
      case "\r": out += "&#xD;"
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// `text` as an XML id (letters, digits, `-`, `_`; starting with a letter), for ids that must stay
  /// unique when several charts are inlined in one HTML page.
  public static func identifier(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      let ascii = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
      out.unicodeScalars.append(ascii || scalar == "-" || scalar == "_" ? scalar : "-")
    }
    if let first = out.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic { return out }
    return "c" + out
  }

  /// A short, stable hexadecimal digest of `text` (32-bit FNV-1a), for default ids.
  public static func digest(_ text: String) -> String {
    var hash: UInt32 = 0x811C_9DC5
    for byte in text.utf8 {
      hash ^= UInt32(byte)
      hash = hash &* 0x0100_0193
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 8 - hex.count) + hex
  }

  /// Element and attribute names are written by code, never from data: ASCII letters, digits, `-`,
  /// `_` and `:`, starting with a letter.
  static func isName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
    return name.unicodeScalars.allSatisfy { scalar in
      scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_:".unicodeScalars.contains(scalar))
    }
  }
}

/// A value an attribute can be given directly: text as it is, whole numbers as digits, `Double`s
/// through `SVG.number` (two decimals at most, `.`).
public protocol SVGAttributeValue: Sendable {
  var svgAttributeText: String { get }
}

extension String: SVGAttributeValue {
  public var svgAttributeText: String { self }
}

extension Int: SVGAttributeValue {
  public var svgAttributeText: String { String(self) }
}

extension Double: SVGAttributeValue {
  public var svgAttributeText: String { SVG.number(self) }
}

/// One attribute, its value unescaped.
public struct SVGAttribute: Sendable, Equatable {
  public var name: String
  public var value: String
}

/// A child of an element: another element or text.
public enum SVGNode: Sendable, Equatable {
  case element(SVGElement)
  case text(String)
}

/// An SVG element with its attributes in the order given and its children.
///
/// Printed one element per line, indented by two spaces per level; an element with text inside is
/// printed on one line, so no whitespace is added to what it shows.
public struct SVGElement: Sendable, Equatable {
  public let name: String
  public private(set) var attributes: [SVGAttribute] = []
  public var children: [SVGNode] = []

  public init(_ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:], children: [SVGElement] = []) {
    precondition(SVG.isName(name), "not an XML name: \(name)")
    self.name = name
    for (key, value) in attributes { set(key, value) }
    self.children = children.map(SVGNode.element)
  }

  /// An element holding `text`, e.g. `<text x="4" y="12">Ærø &amp; Fanø</text>`.
  public init(_ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:], text: String) {
    self.init(name, attributes)
    children = [.text(text)]
  }

  /// Sets an attribute: replaces its value if present, else appends it.
  public mutating func set(_ attribute: String, _ value: any SVGAttributeValue) {
    precondition(SVG.isName(attribute), "not an XML name: \(attribute)")
    let text = value.svgAttributeText
    if let index = attributes.firstIndex(where: { $0.name == attribute }) {
      attributes[index].value = text
    } else {
      attributes.append(SVGAttribute(name: attribute, value: text))
    }
  }

  /// A copy with more attributes set.
  public func with(_ more: KeyValuePairs<String, any SVGAttributeValue>) -> SVGElement {
    var copy = self
    for (key, value) in more { copy.set(key, value) }
    return copy
  }

  public mutating func append(_ child: SVGElement) { children.append(.element(child)) }
  public mutating func append(contentsOf more: [SVGElement]) { children += more.map(SVGNode.element) }
  public mutating func append(text: String) { children.append(.text(text)) }

  /// The element as XML text, ending with a line feed.
  public var xml: String {
    var out = ""
    write(into: &out, indent: 0)
    return out
  }

  private func write(into out: inout String, indent: Int) {
    out += String(repeating: "  ", count: indent)
    writeInline(into: &out, openOnly: true)
    if children.isEmpty {
      out += "/>\n"
    } else if children.contains(where: { if case .text = $0 { true } else { false } }) {
      out += ">"
      for child in children { child.writeInline(into: &out) }
      out += "</" + name + ">\n"
    } else {
      out += ">\n"
      for case .element(let child) in children { child.write(into: &out, indent: indent + 1) }
      out += String(repeating: "  ", count: indent) + "</" + name + ">\n"
    }
  }

  /// The start tag without its closing `>` when `openOnly`, else the whole element on one line.
  fileprivate func writeInline(into out: inout String, openOnly: Bool = false) {
    out += "<" + name
    for attribute in attributes { out += " " + attribute.name + "=\"" + SVG.escaped(attribute.value) + "\"" }
    if openOnly { return }
    if children.isEmpty {
      out += "/>"
      return
    }
    out += ">"
    for child in children { child.writeInline(into: &out) }
    out += "</" + name + ">"
  }
}

extension SVGNode {
  fileprivate func writeInline(into out: inout String) {
    switch self {
    case .element(let element): element.writeInline(into: &out)
    case .text(let text): out += SVG.escaped(text)
    }
  }
}

// MARK: - Pieces the charts share

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
