import Foundation

/// A letter template (`data/skabeloner/*.md`): Markdown with named placeholders `{{navn}}` that an
/// analyst can edit without touching code (SPEC 5, `breve/`). The template is checked when it is
/// loaded: a placeholder the letter does not provide is a configuration error naming the template,
/// the line and the placeholder, so a typo never reaches a mayor.
package struct LetterTemplate: Sendable {
  package let path: String
  /// The text split into literal parts and placeholders, in order.
  private let parts: [Part]

  enum Part: Sendable, Equatable {
    case text(String)
    case placeholder(String)
  }

  /// Parses `text`; every placeholder must be one of `known`. A template saved on Windows (CRLF) or an
  /// old Mac (CR) reads like one with LF: Swift counts "\r\n" as one character, so splitting on "\n"
  /// alone would see one long line and name line 1 in every error (issue 14). Letters come out with LF.
  package init(text: String, path: String, known: Set<String>) throws(ConfigurationError) {
    self.path = path
    var parts: [Part] = []
    let lines = Self.withLFLineEnds(text).split(separator: "\n", omittingEmptySubsequences: false)
    for (index, line) in lines.enumerated() {
      if index > 0 { parts.append(.text("\n")) }
      var rest = Substring(line)
      while let open = rest.range(of: "{{") {
        parts.append(.text(String(rest[..<open.lowerBound])))
        guard let close = rest[open.upperBound...].range(of: "}}") else {
          throw .badDataFile(path: path, line: index + 1, message: "pladsholderen '{{' lukkes ikke med '}}'")
        }
        let name = rest[open.upperBound..<close.lowerBound].trimmingBlanks()
        guard known.contains(name) else {
          throw .badDataFile(
            path: path, line: index + 1,
            message: "ukendt pladsholder {{\(name)}} (kendte: \(known.sorted().joined(separator: ", ")))")
        }
        parts.append(.placeholder(name))
        rest = rest[close.upperBound...]
      }
      parts.append(.text(String(rest)))
    }
    self.parts = parts.filter { $0 != .text("") }
  }

  /// `text` with every CRLF and lone CR turned into LF: how a template's line ends reach the letter.
  package static func withLFLineEnds(_ text: String) -> String {
    text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  }

  /// Reads and checks the template at `path`.
  package static func load(path: String, known: Set<String>) throws(ConfigurationError) -> LetterTemplate {
    let bytes: [UInt8]
    do { bytes = try FileBytes.read(path) } catch { throw .badDataFile(path: path, line: 0, message: error.description) }
    return try LetterTemplate(text: String(decoding: bytes, as: UTF8.self), path: path, known: known)
  }

  /// The letter with every placeholder replaced by its value.
  package func render(_ values: [String: String]) -> String {
    parts.map { part in
      switch part {
      case .text(let text): return text
      case .placeholder(let name):
        guard let value = values[name] else { preconditionFailure("no value for {{\(name)}} in \(path)") }
        return value
      }
    }.joined()
  }
}

extension Substring {
  fileprivate func trimmingBlanks() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
