/// A tiny builder for well-formed SVG (XML 1.0) written by hand: an element tree with attributes in the
/// order given and escaped text, printed the same way every time, so the same chart gives the same bytes
/// (no random ids, no timestamps, no locale). Numbers in attributes use `.` as SVG requires
/// (`SVG.number`); numbers people read use the Danish decimal comma (`ChartNumber`, on `DanishFormat`).
///
/// The chart types (`BarChart`, `LineChart`, `ScatterChart`) share the pieces at the end of this file:
/// the chart frame with `<title>`, `<desc>` and source line, round axis steps, legends and marker shapes.
enum SVG {
  /// The SVG namespace, the only address a chart contains.
  static let namespace = "http://www.w3.org/2000/svg"

  /// `value` rounded half away from zero to `places` decimals with a `.`, trailing zeros dropped:
  /// `12.345` → `12.35`, `3.10` → `3.1`, `-0.001` → `0`. Not a number or infinite gives `0`.
  static func number(_ value: Double, places: Int = 2) -> String {
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

  /// Text made safe for XML character data and attribute values (`XMLEscaping`); characters XML 1.0
  /// does not allow are dropped.
  static func escaped(_ text: String) -> String { XMLEscaping.escaped(text, forbidden: nil) }

  /// `text` as an XML id (letters, digits, `-`, `_`; starting with a letter), for ids that must stay
  /// unique when several charts are inlined in one HTML page.
  static func identifier(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      let ascii = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
      out.unicodeScalars.append(ascii || scalar == "-" || scalar == "_" ? scalar : "-")
    }
    if let first = out.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic { return out }
    return "c" + out
  }

  /// A short, stable hexadecimal digest of `text` (32-bit FNV-1a), for default ids.
  static func digest(_ text: String) -> String {
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
protocol SVGAttributeValue: Sendable {
  var svgAttributeText: String { get }
}

extension String: SVGAttributeValue {
  var svgAttributeText: String { self }
}

extension Int: SVGAttributeValue {
  var svgAttributeText: String { String(self) }
}

extension Double: SVGAttributeValue {
  var svgAttributeText: String { SVG.number(self) }
}

/// One attribute, its value unescaped.
struct SVGAttribute: Sendable, Equatable {
  var name: String
  var value: String
}

/// A child of an element: another element or text.
enum SVGNode: Sendable, Equatable {
  case element(SVGElement)
  case text(String)
}

/// An SVG element with its attributes in the order given and its children.
///
/// Printed one element per line, indented by two spaces per level; an element with text inside is
/// printed on one line, so no whitespace is added to what it shows.
struct SVGElement: Sendable, Equatable {
  let name: String
  private(set) var attributes: [SVGAttribute] = []
  var children: [SVGNode] = []

  init(_ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:], children: [SVGElement] = []) {
    precondition(SVG.isName(name), "not an XML name: \(name)")
    self.name = name
    for (key, value) in attributes { set(key, value) }
    self.children = children.map(SVGNode.element)
  }

  /// An element holding `text`, e.g. `<text x="4" y="12">Ærø &amp; Fanø</text>`.
  init(_ name: String, _ attributes: KeyValuePairs<String, any SVGAttributeValue> = [:], text: String) {
    self.init(name, attributes)
    children = [.text(text)]
  }

  /// Sets an attribute: replaces its value if present, else appends it.
  mutating func set(_ attribute: String, _ value: any SVGAttributeValue) {
    precondition(SVG.isName(attribute), "not an XML name: \(attribute)")
    let text = value.svgAttributeText
    if let index = attributes.firstIndex(where: { $0.name == attribute }) {
      attributes[index].value = text
    } else {
      attributes.append(SVGAttribute(name: attribute, value: text))
    }
  }

  /// A copy with more attributes set.
  func with(_ more: KeyValuePairs<String, any SVGAttributeValue>) -> SVGElement {
    var copy = self
    for (key, value) in more { copy.set(key, value) }
    return copy
  }

  mutating func append(_ child: SVGElement) { children.append(.element(child)) }
  mutating func append(contentsOf more: [SVGElement]) { children += more.map(SVGNode.element) }
  mutating func append(text: String) { children.append(.text(text)) }

  /// The element as XML text, ending with a line feed.
  var xml: String {
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
