/// How one CSV file is written: its field delimiter and its line ending (SPEC 3.1).
package struct CSVDialect: Equatable, Sendable {
  /// `;`, `,` or TAB.
  package var delimiter: UInt8
  package var lineEnding: LineEnding

  package init(delimiter: UInt8, lineEnding: LineEnding) {
    self.delimiter = delimiter
    self.lineEnding = lineEnding
  }

  /// The delimiter candidates in tie-break order: `;` before TAB before `,` (SPEC 3.1).
  package static let delimiterCandidates: [UInt8] = [UInt8(ascii: ";"), 0x09, UInt8(ascii: ",")]

  /// The delimiter that occurs most often outside quotes in `headerLine`; ties go `;`, TAB, `,`.
  /// A header with none of them is a one-column file and reads as `;`.
  package static func detectDelimiter(headerLine: UnsafeBufferPointer<UInt8>) -> UInt8 {
    var counts = [0, 0, 0]
    var inQuotes = false
    for byte in headerLine {
      switch byte {
      case UInt8(ascii: "\""): inQuotes.toggle()
      case UInt8(ascii: ";") where !inQuotes: counts[0] += 1
      case 0x09 where !inQuotes: counts[1] += 1
      case UInt8(ascii: ",") where !inQuotes: counts[2] += 1
      default: break
      }
    }
    var best = 0
    for candidate in 1..<3 where counts[candidate] > counts[best] { best = candidate }
    return delimiterCandidates[best]
  }

  /// The delimiter's name as the CLI shows it.
  package var delimiterName: String {
    switch delimiter {
    case 0x09: return "TAB"
    default: return String(UnicodeScalar(delimiter))
    }
  }
}

/// The line ending of a file: what ends its records outside quotes.
package enum LineEnding: String, Sendable, Equatable {
  case lf = "LF"
  case crlf = "CRLF"
  /// Both occur.
  case mixed = "blandet (LF og CRLF)"
  /// A file of one line without a line break.
  case none = "ingen"
}
