/// One record of a CSV file as byte ranges: valid only inside the `forEachRow` closure that
/// receives it (the bytes belong to the file's buffer and the scanner's scratch buffer).
package struct CSVRow {
  /// The 1-based line number where the record starts.
  package let lineNumber: Int
  let text: UnsafeBufferPointer<UInt8>
  /// The record's bytes in the text, without the line terminator.
  let rawRange: Range<Int>
  /// Each field's bytes after unquoting and trimming (in the text or the scanner's scratch buffer).
  let fields: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>

  /// The number of fields.
  package var count: Int { fields.count }

  /// The field's bytes after unquoting and trimming.
  @inline(__always)
  package subscript(index: Int) -> UnsafeBufferPointer<UInt8> { fields[index] }

  /// The field as a `String` (for headers, messages and tests; not for the hot path).
  package func string(at index: Int) -> String {
    String(decoding: self[index], as: UTF8.self)
  }

  /// Every field as a `String`.
  package var strings: [String] { (0..<count).map(string(at:)) }

  /// Where the record starts in the file's text (for `CSVFile.withRecord(at:)`).
  package var recordStart: Int { rawRange.lowerBound }

  /// The record's raw bytes as they stand in the (UTF-8) text, quotes and all.
  package var rawLine: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: text[rawRange]) }
}
