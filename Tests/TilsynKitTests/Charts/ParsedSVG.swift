import Foundation
import Testing

@testable import TilsynKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An SVG read back with Foundation's `XMLParser`: every element in document order with its attributes
/// and the text directly inside it, or the parser's error.
struct ParsedSVG {
  struct Element {
    var name: String
    var attributes: [String: String]
    var text = ""
    var depth: Int
    /// The element's classes (`class="point highlighted"` → `["point", "highlighted"]`).
    var classes: [String] { (attributes["class"] ?? "").split(separator: " ").map(String.init) }
  }

  let elements: [Element]
  let error: String?

  init(_ svg: String) {
    let collector = Collector()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = collector
    let parsed = parser.parse()
    elements = collector.elements
    error = parsed ? nil : parser.parserError.map { "\($0)" } ?? "parse failed"
  }

  func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

  /// Elements carrying every class in `classes`.
  func all(classes: String...) -> [Element] { elements.filter { element in classes.allSatisfy(element.classes.contains) } }

  /// The text of every `<text>` element, decoded, in order.
  var texts: [String] { all("text").map(\.text) }

  private final class Collector: NSObject, XMLParserDelegate {
    var elements: [Element] = []
    var open: [Int] = []

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      open.append(elements.count)
      elements.append(Element(name: name, attributes: attributes, depth: open.count - 1))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if let index = open.last { elements[index].text += string }
    }
  }
}

/// Checks every chart must pass: well-formed XML; an `<svg>` root in the SVG namespace with a size,
/// `role="img"`, `aria-labelledby` naming its `<title>` and `<desc>`; unique ids and no reference to a
/// missing one; nothing that loads anything (no address but the namespace, no images, links, scripts,
/// styles or fonts other than `sans-serif`); and each of `texts` shown in some `<text>` element.
func expectSelfContainedChart(
  _ svg: String, title: String, showing texts: [String], sourceLocation: SourceLocation = #_sourceLocation
) -> ParsedSVG {
  let parsed = ParsedSVG(svg)
  #expect(parsed.error == nil, "not well-formed: \(parsed.error ?? "")", sourceLocation: sourceLocation)
  guard let root = parsed.elements.first else {
    Issue.record("no root element", sourceLocation: sourceLocation)
    return parsed
  }
  #expect(root.name == "svg", sourceLocation: sourceLocation)
  #expect(root.attributes["xmlns"] == "http://www.w3.org/2000/svg", sourceLocation: sourceLocation)
  #expect(root.attributes["role"] == "img", sourceLocation: sourceLocation)
  #expect(root.attributes["viewBox"]?.hasPrefix("0 0 ") == true, sourceLocation: sourceLocation)
  #expect(root.attributes["width"] != nil && root.attributes["height"] != nil, sourceLocation: sourceLocation)
  #expect(root.attributes["font-family"] == "sans-serif", sourceLocation: sourceLocation)

  // <title> and <desc> come first and are what aria-labelledby names.
  let children = parsed.elements.filter { $0.depth == 1 }
  #expect(children.count >= 2 && children[0].name == "title" && children[1].name == "desc", sourceLocation: sourceLocation)
  #expect(children.first?.text == title, sourceLocation: sourceLocation)
  #expect(children.count >= 2 && !children[1].text.isEmpty, sourceLocation: sourceLocation)
  let labelledBy = (root.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
  #expect(labelledBy == children.prefix(2).compactMap { $0.attributes["id"] }, sourceLocation: sourceLocation)

  // Ids unique; every url(#…) points at one.
  let ids = parsed.elements.compactMap { $0.attributes["id"] }
  #expect(Set(ids).count == ids.count, "duplicate ids", sourceLocation: sourceLocation)
  for element in parsed.elements {
    for value in element.attributes.values where value.hasPrefix("url(") {
      #expect(value.hasPrefix("url(#") && ids.contains(String(value.dropFirst(5).dropLast())), sourceLocation: sourceLocation)
    }
  }

  // Nothing that loads anything.
  let rest = svg.replacingOccurrences(of: "xmlns=\"http://www.w3.org/2000/svg\"", with: "")
  #expect(!rest.contains("http://") && !rest.contains("https://"), sourceLocation: sourceLocation)
  #expect(svg.components(separatedBy: "http://").count == 2, sourceLocation: sourceLocation)
  for name in ["image", "a", "script", "style", "foreignObject", "use", "font", "font-face"] {
    #expect(parsed.all(name).isEmpty, "<\(name)> in a chart", sourceLocation: sourceLocation)
  }
  #expect(parsed.elements.allSatisfy { $0.attributes.keys.allSatisfy { !$0.contains("href") } }, sourceLocation: sourceLocation)
  #expect(
    parsed.elements.compactMap { $0.attributes["font-family"] }.allSatisfy { $0 == "sans-serif" }, sourceLocation: sourceLocation)
  #expect(!svg.contains("@import") && !svg.contains("@font-face"), sourceLocation: sourceLocation)

  let shown = parsed.texts
  for text in texts {
    #expect(shown.contains(text), "\"\(text)\" is not shown", sourceLocation: sourceLocation)
  }
  return parsed
}

/// Names as awkward as real ones: æ, ø, å, a hyphen, and markup characters.
enum ChartSamples {
  static let names = [
    "Aabenraa", "Ærø", "Høje-Taastrup", "Ringkøbing-Skjern", "Læsø", "Fanø", "Brøndby", "Aarhus", "Vordingborg",
    "Tårnby",
  ]
  static let awkward = "Kommune & Co <test> \"citat\" 'x'"
  static let source = "Kilde: kommunernes udtræk, STAR; beregnet med tilsyn"
}
