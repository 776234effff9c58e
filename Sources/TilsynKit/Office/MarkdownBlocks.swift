/// The Markdown the letter templates use (SPEC 5, `breve/`), parsed into blocks so a filled letter can
/// become a Word document (`WordBody`) without a second template: `#` headings, paragraphs, pipe
/// tables with an alignment row, `-`/`*` and `1.` lists, `**bold**` and `\` escapes.
///
/// One departure from CommonMark, on purpose: a single line break inside a paragraph is kept as a
/// line break, because the letters are written to be read as text (`Dato: …` above `J.nr.: …`, the
/// sender's lines under "Med venlig hilsen").
enum MarkdownBlock: Equatable, Sendable {
  case heading(level: Int, [MarkdownRun])
  /// A paragraph's lines, each a list of runs.
  case paragraph([[MarkdownRun]])
  case table(header: [[MarkdownRun]], rightAligned: [Bool], rows: [[[MarkdownRun]]])
  case list(ordered: Bool, items: [[MarkdownRun]])

  /// The blocks of `text`.
  static func parse(_ text: String) -> [MarkdownBlock] {
    var blocks: [MarkdownBlock] = []
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }[...]
    while let line = lines.first {
      let trimmed = line.trimmingLeadingSpaces()
      if trimmed.isEmpty {
        lines.removeFirst()
      } else if let (level, title) = heading(trimmed) {
        lines.removeFirst()
        blocks.append(.heading(level: level, MarkdownRun.parse(title)))
      } else if trimmed.hasPrefix("|") {
        let rows = lines.prefix { $0.trimmingLeadingSpaces().hasPrefix("|") }
        lines.removeFirst(rows.count)
        blocks.append(table(rows.map { cells($0.trimmingLeadingSpaces()) }))
      } else if let (ordered, _) = listItem(trimmed) {
        var items: [[MarkdownRun]] = []
        while let next = lines.first, let (nextOrdered, item) = listItem(next.trimmingLeadingSpaces()),
          nextOrdered == ordered
        {
          lines.removeFirst()
          items.append(MarkdownRun.parse(item))
        }
        blocks.append(.list(ordered: ordered, items: items))
      } else {
        var paragraph: [[MarkdownRun]] = []
        while let next = lines.first, startsParagraphLine(next) || paragraph.isEmpty {
          lines.removeFirst()
          paragraph.append(MarkdownRun.parse(next.trimmingLeadingSpaces()))
        }
        blocks.append(.paragraph(paragraph))
      }
    }
    return blocks
  }

  /// Whether `line` continues a paragraph (is not blank and starts no other block).
  static func startsParagraphLine(_ line: String) -> Bool {
    let trimmed = line.trimmingLeadingSpaces()
    return !trimmed.isEmpty && heading(trimmed) == nil && !trimmed.hasPrefix("|") && listItem(trimmed) == nil
  }

  /// `## Titel` → (2, "Titel").
  static func heading(_ line: String) -> (Int, String)? {
    let level = line.prefix { $0 == "#" }.count
    guard (1...6).contains(level) else { return nil }
    let rest = line.dropFirst(level)
    guard rest.isEmpty || rest.hasPrefix(" ") else { return nil }
    return (level, String(rest).trimmingLeadingSpaces())
  }

  /// `- punkt` / `* punkt` → (false, "punkt"); `1. punkt` → (true, "punkt").
  static func listItem(_ line: String) -> (Bool, String)? {
    if line.hasPrefix("- ") || line.hasPrefix("* ") { return (false, String(line.dropFirst(2))) }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    let rest = line.dropFirst(digits.count)
    guard !digits.isEmpty, digits.count <= 3, rest.hasPrefix(". ") else { return nil }
    return (true, String(rest.dropFirst(2)))
  }

  /// A table from its rows' cells: the header, then the alignment row (`---:` right-aligns), then the
  /// body. Without an alignment row every row is body and nothing is right-aligned.
  static func table(_ rows: [[String]]) -> MarkdownBlock {
    let columns = rows.map(\.count).max() ?? 0
    let padded = rows.map { $0 + Array(repeating: "", count: columns - $0.count) }
    let isRule = padded.count > 1 && padded[1].allSatisfy { cell in
      !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" } && cell.contains("-")
    }
    let runs = { (row: [String]) in row.map(MarkdownRun.parse) }
    guard isRule else { return .table(header: [], rightAligned: Array(repeating: false, count: columns), rows: padded.map(runs)) }
    return .table(
      header: runs(padded[0]), rightAligned: padded[1].map { $0.hasSuffix(":") },
      rows: padded.dropFirst(2).map(runs))
  }

  /// `| a | b\|c |` → ["a", "b\|c"] (escapes are kept for the run parser; blanks trimmed).
  static func cells(_ line: String) -> [String] {
    var body = Substring(line)
    if body.hasPrefix("|") { body = body.dropFirst() }
    var cells: [String] = []
    var current = ""
    var escaped = false
    for character in body {
      if escaped {
        current.append(character)
        escaped = false
      } else if character == "\\" {
        current.append(character)
        escaped = true
      } else if character == "|" {
        cells.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.trimmingLeadingSpaces().isEmpty { cells.append(current) }
    return cells.map { $0.trimmingLeadingSpaces().trimmingTrailingSpaces() }
  }
}

/// A stretch of text, bold or not.
struct MarkdownRun: Equatable, Sendable {
  var text: String
  var bold: Bool

  init(_ text: String, bold: Bool = false) {
    self.text = text
    self.bold = bold
  }

  /// The runs of one line: `**` toggles bold, `\x` is a literal `x`.
  static func parse(_ line: String) -> [MarkdownRun] {
    var runs: [MarkdownRun] = []
    var current = ""
    var bold = false
    var characters = line[...]
    func flush() {
      if !current.isEmpty { runs.append(MarkdownRun(current, bold: bold)) }
      current = ""
    }
    while let character = characters.first {
      characters.removeFirst()
      if character == "\\", let next = characters.first, next.isASCII, next.isPunctuation || next.isSymbol {
        current.append(next)
        characters.removeFirst()
      } else if character == "*", characters.first == "*" {
        characters.removeFirst()
        flush()
        bold.toggle()
      } else {
        current.append(character)
      }
    }
    flush()
    return runs
  }
}

extension StringProtocol {
  func trimmingLeadingSpaces() -> String { String(drop { $0 == " " || $0 == "\t" }) }
  func trimmingTrailingSpaces() -> String {
    String(String(reversed()).drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
