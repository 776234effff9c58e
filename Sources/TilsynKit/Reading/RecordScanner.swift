/// The byte-level state machine that splits UTF-8 text into records and fields (SPEC 3.1).
///
/// Fields are handed out as byte ranges into the text; a quoted field holding `""` (or text after its
/// closing quote) is unescaped into a scratch buffer that is reused from record to record. Spaces and
/// tabs are trimmed from both ends of every field after unquoting; a tab that is the delimiter is
/// never trimmed away.
struct RecordScanner {
  let buffer: UnsafeBufferPointer<UInt8>
  var delimiter: UInt8
  /// Where the next record starts.
  var position = 0
  /// The 1-based line number at `position`.
  var line = 1
  /// The fields of the record last scanned, as the byte path finds them (offsets into the text or
  /// the scratch buffer, which may still move while the record is scanned).
  let spans = ScratchBuffer<FieldSpan>(capacity: 16)
  /// Unescaped quoted fields of the record last scanned.
  let scratch = ScratchBuffer<UInt8>(capacity: 256)
  /// The fields of the record last scanned, resolved to their bytes once the record is done, so
  /// that looking a field up is one load.
  let fields = ScratchBuffer<UnsafeBufferPointer<UInt8>>(capacity: 64)
  /// Where the record last scanned ends (before its line terminator).
  private(set) var recordEnd = 0
  /// Whether `scanRecord` tries the block-at-a-time path first (the tests turn it off to compare
  /// the two paths).
  var triesPlainRecords = true

  init(buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8) {
    self.buffer = buffer
    self.delimiter = delimiter
  }

  /// Skips lines of only spaces and tabs (and a CR before their LF). Returns `false` at the end.
  mutating func skipBlankLines() -> Bool {
    var index = position
    while index < buffer.count {
      switch buffer[index] {
      case 0x20, 0x09, 0x0D:
        index += 1
      case 0x0A:
        index += 1
        line += 1
        position = index
      default:
        return true
      }
    }
    position = buffer.count
    return false
  }

  /// Scans one record from `position`, leaving its fields in `fields` and `position` at the next
  /// record. Returns how the record ended.
  mutating func scanRecord() throws(CSVError) -> RecordEnding {
    if triesPlainRecords, let ending = scanPlainRecord() { return ending }
    let ending = try scanRecordByteByByte()
    fields.removeAll()
    for span in spans.buffer {
      fields.append(UnsafeBufferPointer(rebasing: (span.inScratch ? scratch.buffer : buffer)[span.start..<span.end]))
    }
    return ending
  }

  /// `scanRecord` for every record, quoted fields and all, leaving the fields in `spans`.
  private mutating func scanRecordByteByByte() throws(CSVError) -> RecordEnding {
    spans.removeAll()
    scratch.removeAll()
    let count = buffer.count
    var index = position
    while true {
      // Skip leading blanks of the field (never the delimiter itself).
      while index < count, buffer[index] == 0x20 || (buffer[index] == 0x09 && delimiter != 0x09) {
        index += 1
      }
      if index < count, buffer[index] == UInt8(ascii: "\"") {
        // The common quoted field — no doubled quote, no line break, closed right at the field's
        // end — is taken here; anything else by `scanQuotedField`.
        let closing = ByteSearch.firstIndex(in: buffer, from: index + 1, of: UInt8(ascii: "\""), or: 0x0A)
        if closing < count, buffer[closing] == UInt8(ascii: "\""), isFieldEnd(closing + 1) {
          spans.append(trimmed(FieldSpan(start: index + 1, end: closing, inScratch: false)))
          index = closing + 1
        } else {
          index = try scanQuotedField(openingQuote: index, firstStop: closing)
        }
      } else {
        let start = index
        index = endOfPlainRun(from: index)
        // A CR that does not end the line belongs to the field.
        while index < count, buffer[index] == 0x0D, index + 1 < count, buffer[index + 1] != 0x0A {
          index = endOfPlainRun(from: index + 1)
        }
        spans.append(trimmed(FieldSpan(start: start, end: index, inScratch: false)))
      }
      // Now at a delimiter, a line end, or the end of the text.
      if index >= count {
        recordEnd = count
        position = count
        return .none
      }
      switch buffer[index] {
      case 0x0D:  // CR LF (a lone CR was taken into the field above)
        recordEnd = index
        position = index + 2
        line += 1
        return .crlf
      case 0x0A:
        recordEnd = index
        position = index + 1
        line += 1
        return .lf
      default:  // the delimiter
        index += 1
        if index >= count {
          spans.append(FieldSpan(start: index, end: index, inScratch: false))
          recordEnd = count
          position = count
          return .none
        }
      }
    }
  }

  /// `scanRecord` for the common record, a block of bytes at a time (`ByteMarker`: 16 with SSE2):
  /// one mask per block marks its delimiters, line feeds, quotes and carriage returns, and the
  /// fields are cut at the marks in order. Takes the record only if its quotes are simple quoted
  /// fields (opened at the field's start, closed right before a delimiter or the line's end, no
  /// quote or line break inside), it has no carriage return but one right before its line feed,
  /// and that line feed lies before the text's last block; otherwise returns `nil`, having changed
  /// nothing but `fields`, and `scanRecord` takes the record byte by byte. Both give the same
  /// fields, line numbers and endings (tests compare them on random and on CSV-shaped text).
  mutating func scanPlainRecord() -> RecordEnding? {
    guard let base = buffer.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    let count = buffer.count
    let delimiter = delimiter
    let quote = UInt8(ascii: "\"")
    let marker = ByteMarker(delimiter, 0x0A, quote, 0x0D)
    let width = ByteMarker.width
    // Records with more fields than this are left to the byte path.
    let fieldCapacity = 64
    let fields = fields.emptyStorage(minimumCapacity: fieldCapacity)
    var fieldCount = 0
    var fieldStart = position
    var wordStart = position
    blocks: while wordStart + width <= count {
      var marks = marker.marks(raw + wordStart)
      while marks != 0 {
        var index = wordStart &+ marks.trailingZeroBitCount
        marks &= marks &- 1
        guard fieldCount < fieldCapacity else { return nil }
        var byte = base[index]
        if byte == delimiter {
          fields[fieldCount] = Self.trimmed(base, fieldStart, index)
          fieldCount &+= 1
          fieldStart = index &+ 1
          continue
        }
        let field: UnsafeBufferPointer<UInt8>
        if byte == quote {
          // Only the simple quoted field: opened right at the field's start, closed by the next
          // quote, which a delimiter or the line's end follows. A doubled quote, a line break inside
          // the quotes, blanks around them or a quote inside unquoted text go to the byte path.
          guard index == fieldStart else { return nil }
          let closing = ByteSearch.firstIndex(in: buffer, from: index &+ 1, of: quote, or: 0x0A)
          guard closing &+ 1 < count, base[closing] == quote else { return nil }
          field = Self.trimmed(base, index &+ 1, closing)
          (index, byte) = (closing &+ 1, base[closing &+ 1])
          if byte == delimiter {
            fields[fieldCount] = field
            fieldCount &+= 1
            fieldStart = index &+ 1
            // The marks left in this block may lie inside the quotes: go on from the next field.
            wordStart = fieldStart
            continue blocks
          }
        } else {
          field = Self.trimmed(base, fieldStart, index)
        }
        let next: Int
        let ending: RecordEnding
        if byte == 0x0A {
          (next, ending) = (index &+ 1, .lf)
        } else if byte == 0x0D, index + 1 < count, base[index &+ 1] == 0x0A {
          (next, ending) = (index &+ 2, .crlf)
        } else {
          return nil  // a carriage return inside the line, or text after a closing quote
        }
        fields[fieldCount] = field
        self.fields.assumeCount(fieldCount &+ 1)
        (recordEnd, position) = (index, next)
        line += 1
        return ending
      }
      wordStart &+= width
    }
    return nil
  }

  /// The bytes `start..<end` of the text without leading and trailing spaces and tabs: the word
  /// path's version of the byte path's `trimmed(_: FieldSpan)` (which also takes spans into the
  /// scratch buffer; trimming at the end instead, for both, measured 1–2 % more instructions).
  @inline(__always)
  private static func trimmed(_ text: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> UnsafeBufferPointer<UInt8> {
    var (start, end) = (start, end)
    while start < end, text[start] == 0x20 || text[start] == 0x09 { start &+= 1 }
    while end > start, text[end &- 1] == 0x20 || text[end &- 1] == 0x09 { end &-= 1 }
    return UnsafeBufferPointer(start: text + start, count: end &- start)
  }

  /// Scans a quoted field whose opening quote is at `openingQuote` and whose first quote or line
  /// feed after it is at `firstStop` (as `scanRecord` found); returns the index just after the field
  /// (at the delimiter, line end or end of text).
  private mutating func scanQuotedField(openingQuote: Int, firstStop: Int) throws(CSVError) -> Int {
    let openedOnLine = line
    let count = buffer.count
    let quote = UInt8(ascii: "\"")
    var index = firstStop
    let contentStart = openingQuote + 1
    var needsScratch = false
    var scratchStart = 0
    var linesInside = 0
    // Fast path: jump from quote or line feed to the next, until the closing quote or a doubled one.
    while true {
      guard index < count else { throw .unterminatedQuote(line: openedOnLine) }
      if buffer[index] == 0x0A {
        linesInside += 1
        index = ByteSearch.firstIndex(in: buffer, from: index + 1, of: quote, or: 0x0A)
        continue
      }
      if index + 1 < count, buffer[index + 1] == quote {
        needsScratch = true
        scratchStart = scratch.count
        scratch.append(UnsafeBufferPointer(rebasing: buffer[contentStart..<index]))
      }
      break
    }
    // Slow path, from the first doubled quote: unescape into the scratch buffer byte by byte.
    while needsScratch {
      guard index < count else { throw .unterminatedQuote(line: openedOnLine) }
      let byte = buffer[index]
      if byte == quote {
        if index + 1 < count, buffer[index + 1] == quote {
          scratch.append(quote)
          index += 2
          continue
        }
        break
      }
      if byte == 0x0A { linesInside += 1 }
      scratch.append(byte)
      index += 1
    }
    let contentEnd = index
    index += 1  // past the closing quote
    line += linesInside
    // Text between the closing quote and the delimiter: blanks are trimmed, anything else is kept.
    var tail = index
    while tail < count, buffer[tail] == 0x20 || (buffer[tail] == 0x09 && delimiter != 0x09) { tail += 1 }
    if isFieldEnd(tail) {
      if needsScratch {
        spans.append(trimmed(FieldSpan(start: scratchStart, end: scratch.count, inScratch: true)))
      } else {
        spans.append(trimmed(FieldSpan(start: contentStart, end: contentEnd, inScratch: false)))
      }
      return tail
    }
    if !needsScratch {
      scratchStart = scratch.count
      scratch.append(UnsafeBufferPointer(rebasing: buffer[contentStart..<contentEnd]))
    }
    while tail < count, buffer[tail] != delimiter, buffer[tail] != 0x0A {
      if buffer[tail] == 0x0D, tail + 1 < count, buffer[tail + 1] == 0x0A { break }
      scratch.append(buffer[tail])
      tail += 1
    }
    spans.append(trimmed(FieldSpan(start: scratchStart, end: scratch.count, inScratch: true)))
    return tail
  }

  /// The first index at or after `start` holding the delimiter, CR or LF (a quote inside an
  /// unquoted field is data), or the end of the text.
  @inline(__always)
  private func endOfPlainRun(from start: Int) -> Int {
    ByteSearch.firstIndex(in: buffer, from: start, of: delimiter, or: 0x0A, or: 0x0D)
  }

  /// Whether a field ends at `index`: at the delimiter, a line end or the end of the text.
  @inline(__always)
  private func isFieldEnd(_ index: Int) -> Bool {
    guard index < buffer.count else { return true }
    let byte = buffer[index]
    return byte == delimiter || byte == 0x0A || (byte == 0x0D && index + 1 < buffer.count && buffer[index + 1] == 0x0A)
  }

  /// The span without leading and trailing spaces and tabs.
  @inline(__always)
  private func trimmed(_ span: FieldSpan) -> FieldSpan {
    let base = span.inScratch ? scratch.buffer : buffer
    guard span.start < span.end, isBlank(base[span.start]) || isBlank(base[span.end - 1]) else { return span }
    return trimmedBlanks(span)
  }

  private func trimmedBlanks(_ span: FieldSpan) -> FieldSpan {
    var span = span
    if span.inScratch {
      while span.start < span.end, isBlank(scratch[span.start]) { span.start += 1 }
      while span.end > span.start, isBlank(scratch[span.end - 1]) { span.end -= 1 }
    } else {
      while span.start < span.end, isBlank(buffer[span.start]) { span.start += 1 }
      while span.end > span.start, isBlank(buffer[span.end - 1]) { span.end -= 1 }
    }
    return span
  }

  @inline(__always)
  private func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

  /// A view of the record last scanned, which began at `start` on `lineNumber`.
  func row(lineNumber: Int, start: Int) -> CSVRow {
    CSVRow(lineNumber: lineNumber, text: buffer, rawRange: start..<recordEnd, fields: fields.buffer)
  }
}

/// Where a field's bytes are: in the text, or (unescaped) in the scratch buffer.
struct FieldSpan: Sendable {
  var start: Int
  var end: Int
  var inScratch: Bool
}

/// How a record ended.
enum RecordEnding {
  case lf
  case crlf
  /// The end of the file, without a line break.
  case none
}
