/// A Markdown table whose columns are padded to one width, measured in `Character`s so æ, ø and å
/// count as one (as swift-markdown's table formatter does). Short rows are padded so nothing is lost.
struct MarkdownTable: Sendable {
  var header: [String]
  var rows: [[String]] = []
  /// Columns to right-align (numbers).
  var rightAligned: Set<Int> = []

  init(header: [String], rightAligned: Set<Int> = []) {
    self.header = header
    self.rightAligned = rightAligned
  }

  mutating func append(_ row: [String]) { rows.append(row) }

  /// The table as Markdown lines, ending with a newline.
  var text: String {
    let columns = max(header.count, rows.map(\.count).max() ?? 0)
    let all = ([header] + rows).map { $0 + Array(repeating: "", count: columns - $0.count) }
    let cells = all.map { $0.map { $0.replacingPipes() } }
    let widths = (0..<columns).map { column in max(3, cells.map { $0[column].count }.max() ?? 0) }
    func line(_ row: [String]) -> String {
      "| "
        + row.enumerated().map { column, cell in
          let padding = String(repeating: " ", count: widths[column] - cell.count)
          return rightAligned.contains(column) ? padding + cell : cell + padding
        }.joined(separator: " | ") + " |"
    }
    let rule =
      "|"
      + widths.enumerated().map { column, width in
        rightAligned.contains(column) ? " " + String(repeating: "-", count: width - 1) + ": " : " " + String(repeating: "-", count: width) + " "
      }.joined(separator: "|") + "|"
    return ([line(cells[0]), rule] + cells.dropFirst().map(line)).joined(separator: "\n") + "\n"
  }
}

extension String {
  /// A cell's text with `|` escaped and line breaks turned into spaces.
  fileprivate func replacingPipes() -> String {
    var out = ""
    for character in self {
      switch character {
      case "|": out += "\\|"
      case "\n", "\r\n", "\r": out += " "
      default: out.append(character)
      }
    }
    return out
  }
}

/// Danish alphabetical order for names (Dansk Sprognævn): … z, æ, ø, å, with a leading `Aa` read as
/// `å` (Aabenraa, Aalborg and Aarhus sort last), letter case ignored.
enum DanishOrder {
  static func key(_ name: String) -> [UInt32] {
    var scalars = Array(name.lowercased().unicodeScalars)
    if scalars.count >= 2, scalars[0] == "a", scalars[1] == "a" { scalars.replaceSubrange(0..<2, with: ["å"]) }
    return scalars.map { scalar in
      switch scalar {
      case "æ": return 0x7B  // after z
      case "ø": return 0x7C
      case "å": return 0x7D
      default: return scalar.value
      }
    }
  }

  static func precedes(_ lhs: String, _ rhs: String) -> Bool {
    key(lhs).lexicographicallyPrecedes(key(rhs))
  }
}
