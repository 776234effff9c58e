#if DEBUG || FUZZING
  @testable import TilsynKit

  /// The CSV reader on arbitrary bytes (`CSVFile`, `RecordScanner`). Besides not crashing: the
  /// header and every record the reader hands out are what the byte-by-byte path finds (the block
  /// path must agree with it); looking a record up again (`withRecord`, used for `dublet`) gives the
  /// same fields; `lineNumbers(ofRecordsAt:)` gives the line numbers the walk gave.
  enum CSVTarget {
    /// One record as the reader handed it out.
    struct Record: Equatable {
      var line: Int
      var start: Int
      var fields: [[UInt8]]

      init(_ row: CSVRow) {
        line = row.lineNumber
        start = row.recordStart
        fields = (0..<row.count).map { Array(row[$0]) }
      }
    }

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
      let file: CSVFile
      do { file = try CSVFile(bytes: Array(bytes)) } catch {
        _ = error.description
        return
      }
      var records: [Record] = []
      var fault: CSVError?
      do {
        try file.forEachRow { (row: CSVRow) throws(Never) in
          _ = row.rawLine.count
          records.append(Record(row))
        }
      } catch {
        switch error {
        case .csv(let error): fault = error
        }
      }
      withExtendedLifetime(file) {
        checkHeader(file)
        let (slow, slowFault) = byteByByte(file)
        FuzzCheck.that(slowFault == fault, "fast path \(String(describing: fault)), byte path \(String(describing: slowFault))")
        FuzzCheck.that(slow == records, "fast and byte paths disagree: \(diff(records, slow))")
      }
      let lines = file.lineNumbers(ofRecordsAt: records.map(\.start))
      FuzzCheck.that(lines == records.map(\.line), "lineNumbers(ofRecordsAt:) \(lines) against \(records.map(\.line))")
      for record in records {
        let again = file.withRecord(at: record.start) { row in (0..<row.count).map { Array(row[$0]) } }
        FuzzCheck.that(again == record.fields, "withRecord(at: \(record.start)) gives other fields")
      }
    }

    /// The header as the byte path reads it must be the one `CSVFile` read.
    static func checkHeader(_ file: CSVFile) {
      var scanner = RecordScanner(buffer: file.text, delimiter: file.delimiter)
      scanner.triesPlainRecords = false
      FuzzCheck.that(scanner.skipBlankLines(), "a header in a blank file")
      let (start, line) = (scanner.position, scanner.line)
      do throws(CSVError) { _ = try scanner.scanRecord() } catch { FuzzCheck.fail("the byte path cannot read the header") }
      let names = scanner.row(lineNumber: line, start: start).strings
      FuzzCheck.that(names == file.header && line == file.headerLine, "header \(file.header) against \(names)")
      FuzzCheck.that(scanner.position == file.bodyStart && scanner.line == file.bodyLine, "body start differs")
    }

    /// The records after the header, read with the block path turned off.
    static func byteByByte(_ file: CSVFile) -> ([Record], CSVError?) {
      var scanner = RecordScanner(buffer: file.text, delimiter: file.delimiter)
      scanner.triesPlainRecords = false
      scanner.position = file.bodyStart
      scanner.line = file.bodyLine
      var records: [Record] = []
      while scanner.skipBlankLines() {
        let (start, line) = (scanner.position, scanner.line)
        do throws(CSVError) { _ = try scanner.scanRecord() } catch { return (records, error) }
        records.append(Record(scanner.row(lineNumber: line, start: start)))
      }
      return (records, nil)
    }

    static func diff(_ a: [Record], _ b: [Record]) -> String {
      guard let index = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) else { return "\(a.count) against \(b.count) records" }
      return "record \(index): \(a[index]) against \(b[index])"
    }
  }
#endif
