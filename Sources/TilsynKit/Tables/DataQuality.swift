/// How one input file was read (SPEC 3.1, 5 `datakvalitet.csv`): its status and the reconciliation
/// rows read = accepted + rejected, with the rejected rows counted per reason.
package struct FileQuality: Sendable, Equatable {
  /// The path relative to the `--extracts` folder, e.g. `2024H1/0101/forloeb.csv`.
  package var path: String
  /// The municipality code, `nil` for the national `benchmark.csv`.
  package var kommune: Int?
  package var table: TableKind
  package var status: FileStatus
  /// Data rows read (blank lines and the header are not rows).
  package var rowsRead = 0
  /// Rejected rows per reason, indexed by `RejectReason.index`.
  package var rejectedByReason = [Int](repeating: 0, count: RejectReason.allCases.count)
  /// Accepted rows whose main date is after the period's last day: kept out of the measures.
  package var acceptedAfterPeriod = 0
  /// Why the file is missing or rejected whole. Masked as it is set (SPEC 3.1): a message may quote the
  /// file's own header, e.g. a duplicated column named like a CPR number (the `table` fuzz target's
  /// find), and every writer of `datakvalitet.csv`, the report and the summary prints it.
  package var message: String? { didSet { message = message.map(CPRMasking.masked) } }
  /// Notes that do not reject anything (extra columns), masked as they are set.
  package var warnings: [String] = [] { didSet { warnings = warnings.map(CPRMasking.masked) } }
  /// The detected encoding, when the file was read.
  var encoding: TextEncoding?
  /// The file's size in bytes, when it exists.
  package var bytes = 0
  /// The SHA-256 of the file's bytes (hex), when it exists and could be read (for the manifest).
  package var sha256: String?

  package init(path: String, kommune: Int?, table: TableKind, status: FileStatus) {
    self.path = path
    self.kommune = kommune
    self.table = table
    self.status = status
  }

  package var rowsRejected: Int { rejectedByReason.reduce(0, +) }
  package var rowsAccepted: Int { rowsRead - rowsRejected }

  func rejected(_ reason: RejectReason) -> Int { rejectedByReason[reason.index] }
}

/// The status of an input file.
package enum FileStatus: String, Sendable, Equatable {
  /// Read; its rows are accepted or rejected one by one.
  case ok
  /// Rejected as a whole (a missing required column, a duplicate column name, an unterminated
  /// quote, an unreadable file): 0 rows read, nothing used.
  case afvist
  /// Not there: the measures that need it are `mangler_data`.
  case mangler
}

/// One rejected row, as `afviste_raekker.csv` lists it. Every text from the input is CPR-masked.
package struct RejectedRow: Sendable, Equatable {
  package var kommune: Int?
  package var path: String
  package var line: Int
  var reason: RejectReason
  package var column: String?
  package var value: String
  package var expected: String
  /// The record as written in the file, decoded to UTF-8, CPR-masked.
  package var rawLine: String
}

extension RejectedRow {
  /// The most of a rejected line's bytes `afviste_raekker.csv` shows (issue 14: a 2 GB line of NUL
  /// bytes was copied whole).
  static let rawLineLimit = 500

  /// The raw line as `afviste_raekker.csv` shows it: decoded, CPR-masked, and cut after
  /// `rawLineLimit` bytes with the length noted; digits and dashes just before the cut are dropped
  /// too, so no part of a CPR number is left at the edge. The bad value is shown the same way
  /// (`what`: "værdien"; the fuzzer found a 710-byte field copied whole into `vaerdi`, issue 14).
  static func shownRawLine(_ raw: UnsafeBufferPointer<UInt8>, what: String = "linjen") -> String {
    guard raw.count > rawLineLimit else { return CPRMasking.masked(String(decoding: raw, as: UTF8.self)) }
    var text = String(decoding: UnsafeBufferPointer(rebasing: raw[0..<rawLineLimit]), as: UTF8.self)
    while let last = text.unicodeScalars.last, (48...57).contains(last.value) || last == "-" {
      text.unicodeScalars.removeLast()
    }
    return CPRMasking.masked(text) + " … (\(what) er \(raw.count) bytes; vist er de første \(rawLineLimit))"
  }
}
