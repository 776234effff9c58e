/// One CSV file, decoded to UTF-8 and split into records on demand (SPEC 3.1).
///
/// `CSVFile(bytes:)` detects the encoding, finds the header (the first non-blank line), detects the
/// delimiter from it and splits it; `forEachRow` then walks the data records once, handing each to
/// a closure as a `CSVRow` of byte ranges — no `String` per field, no allocation per row.
///
/// Quoting follows RFC 4180: a field whose first non-blank byte is `"` is quoted; `""` inside it is
/// one `"`; delimiters and line breaks inside quotes are data. Text after a closing quote up to the
/// delimiter is kept (as Excel does). A quote that is never closed is a `CSVError` naming the line
/// where it opened — the reader never merges the rest of the file into one field.
package struct CSVFile: Sendable {
  package let encoding: TextEncoding
  package let delimiter: UInt8
  /// The header's column names, trimmed, in file order (original letter case).
  package let header: [String]
  /// The 1-based line number of the header.
  package let headerLine: Int
  /// Owns the bytes of `text`.
  let source: ByteSource
  /// Where the text lies in `source` (after a BOM).
  let textRange: Range<Int>
  /// The file's text as UTF-8 without a BOM; valid while this value (its `source`) lives.
  var text: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: source.buffer[textRange]) }
  /// Where the first data record may start (after the header's line break).
  let bodyStart: Int
  /// The line number at `bodyStart`.
  let bodyLine: Int
  let headerEndedWithCR: Bool

  /// Decodes `bytes` and reads the header. Throws `CSVError.noHeader` for a file with no non-blank
  /// line and `.unterminatedQuote` for a header whose quote never closes.
  package init(bytes: [UInt8]) throws(CSVError) {
    try self.init(source: ByteSource(bytes))
  }

  /// Decodes the bytes of `source` (a memory-mapped file, usually) and reads the header.
  init(source: ByteSource) throws(CSVError) {
    let (encoding, decoded, range) = TextEncoding.decode(source)
    self.encoding = encoding
    self.source = decoded
    textRange = range
    let text = UnsafeBufferPointer(rebasing: decoded.buffer[range])
    let scan = { (buffer: UnsafeBufferPointer<UInt8>) -> Result<HeaderScan, CSVError> in
      var scanner = RecordScanner(buffer: buffer, delimiter: UInt8(ascii: ";"))
      guard scanner.skipBlankLines() else { return .failure(.noHeader) }
      let headerStart = scanner.position
      let headerLine = scanner.line
      let headerBytes = UnsafeBufferPointer(rebasing: buffer[headerStart...])
      let delimiter = CSVDialect.detectDelimiter(headerLine: firstLine(of: headerBytes))
      scanner.delimiter = delimiter
      do throws(CSVError) {
        var names: [String] = []
        let ending = try scanner.scanRecord()
        let row = scanner.row(lineNumber: headerLine, start: headerStart)
        for index in 0..<row.count { names.append(row.string(at: index)) }
        return .success(
          HeaderScan(
            delimiter: delimiter, names: names, line: headerLine, bodyStart: scanner.position,
            bodyLine: scanner.line, endedWithCR: ending == .crlf))
      } catch {
        return .failure(error)
      }
    }(text)
    let header = try scan.get()
    self.delimiter = header.delimiter
    self.header = header.names
    self.headerLine = header.line
    self.bodyStart = header.bodyStart
    self.bodyLine = header.bodyLine
    self.headerEndedWithCR = header.endedWithCR
  }

  /// Calls `body` with every data record after the header, in order, skipping blank lines.
  /// Returns the line-ending statistics of the records read. A `CSVError` from the scanner stops
  /// the walk (records before it were already handed out; the caller decides what that means).
  @discardableResult
  package func forEachRow<E: Error>(_ body: (CSVRow) throws(E) -> Void) throws(CSVRowError<E>)
    -> LineEndingCount
  {
    try { (buffer: UnsafeBufferPointer<UInt8>) throws(CSVRowError<E>) -> LineEndingCount in
      var scanner = RecordScanner(buffer: buffer, delimiter: delimiter)
      scanner.position = bodyStart
      scanner.line = bodyLine
      var endings = LineEndingCount()
      endings.count(headerEndedWithCR ? .crlf : (bodyStart > 0 && buffer[bodyStart - 1] == 0x0A ? .lf : .none))
      while scanner.skipBlankLines() {
        let start = scanner.position
        let line = scanner.line
        let ending: RecordEnding
        do throws(CSVError) {
          ending = try scanner.scanRecord()
        } catch {
          throw .csv(error)
        }
        endings.count(ending)
        do throws(E) {
          try body(scanner.row(lineNumber: line, start: start))
        } catch {
          throw .body(error)
        }
      }
      return endings
    }(text)
  }

  /// Calls `body` with the record that starts at byte `start` of the text (a start offset handed
  /// out earlier as `CSVRow.recordStart`). For looking a record up again; not for walking the file.
  package func withRecord<T>(at start: Int, _ body: (CSVRow) -> T) -> T {
    withExtendedLifetime(source) {
      var scanner = RecordScanner(buffer: text, delimiter: delimiter)
      scanner.position = start
      // The record was scanned successfully before, so it scans again.
      _ = try? scanner.scanRecord()
      return body(scanner.row(lineNumber: 0, start: start))
    }
  }

  /// The 1-based line numbers of the records starting at `starts` (ascending): one plus the line
  /// feeds before each start, counted in one pass.
  package func lineNumbers(ofRecordsAt starts: [Int]) -> [Int] {
    var numbers: [Int] = []
    var line = 1
    var position = 0
    for start in starts {
      while position < start {
        if text[position] == 0x0A { line += 1 }
        position += 1
      }
      numbers.append(line)
    }
    return numbers
  }

  /// The dialect as detected: delimiter and line ending (which needs a pass over the records).
  package func dialect() throws(CSVError) -> CSVDialect {
    do {
      let endings = try forEachRow { (_: CSVRow) throws(Never) in }
      return CSVDialect(delimiter: delimiter, lineEnding: endings.lineEnding)
    } catch {
      switch error {
      case .csv(let error): throw error
      }
    }
  }
}

/// What stopped a `forEachRow` walk: the file's structure, or the caller's closure.
package enum CSVRowError<Body: Error>: Error {
  case csv(CSVError)
  case body(Body)
}

/// A structural fault of a CSV file, which makes the file unreadable as a whole.
package enum CSVError: Error, Equatable, Sendable {
  /// The file is empty or holds only blank lines: there is no header.
  case noHeader
  /// A quoted field opened on `line` is never closed before the end of the file.
  case unterminatedQuote(line: Int)
}

extension CSVError: CustomStringConvertible {
  package var description: String {
    switch self {
    case .noHeader: return "filen er tom: ingen overskriftslinje"
    case .unterminatedQuote(let line):
      return "anførselstegn åbnet i linje \(line) lukkes aldrig før filens slutning"
    }
  }
}

/// How many records ended with LF, CRLF, or the end of the file.
package struct LineEndingCount: Sendable, Equatable {
  package var lf = 0
  package var crlf = 0

  mutating func count(_ ending: RecordEnding) {
    switch ending {
    case .lf: lf += 1
    case .crlf: crlf += 1
    case .none: break
    }
  }

  package var lineEnding: LineEnding {
    switch (lf, crlf) {
    case (0, 0): return .none
    case (_, 0): return .lf
    case (0, _): return .crlf
    default: return .mixed
    }
  }
}

struct HeaderScan {
  var delimiter: UInt8
  var names: [String]
  var line: Int
  var bodyStart: Int
  var bodyLine: Int
  var endedWithCR: Bool
}

/// The bytes of `text` up to its first line feed outside quotes.
private func firstLine(of text: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
  var inQuotes = false
  for index in text.indices {
    switch text[index] {
    case UInt8(ascii: "\""): inQuotes.toggle()
    case 0x0A where !inQuotes: return UnsafeBufferPointer(rebasing: text[..<index])
    default: continue
    }
  }
  return text
}
