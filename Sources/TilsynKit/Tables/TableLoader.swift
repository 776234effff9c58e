/// Reads one table file into records, accounting for every row (SPEC 3.1): each data row is
/// accepted or rejected with exactly one reason, so rows read = accepted + rejected; a file whose
/// header or structure is broken is rejected whole (status `afvist`, 0 rows read, nothing used).
struct TableLoader {
  /// The file's path relative to `--extracts`, as the outputs name it.
  let path: String
  /// The municipality the file belongs to, `nil` for `benchmark.csv`.
  let kommune: Int?
  let period: Period
  let knownKommuner: Set<Int>

  /// What reading one file gave: its records (`nil` when rejected whole), its quality line and its
  /// rejected rows.
  struct Result<Record> {
    var records: [Record]?
    var quality: FileQuality
    var rejectedRows: [RejectedRow]
  }

  /// Loads `bytes` as a file of `Record`s, interning person ids into `persons`.
  func load<Record: ExtractRecord>(
    _ type: Record.Type, bytes: [UInt8], persons: inout PersonRegistry
  ) -> Result<Record> {
    var quality = FileQuality(path: path, kommune: kommune, table: Record.table, status: .ok)
    quality.bytes = bytes.count
    var rejectedRows: [RejectedRow] = []
    var records: [Record] = []
    do throws(FileFault) {
      let file: CSVFile
      do throws(CSVError) { file = try CSVFile(bytes: bytes) } catch { throw .structure(error) }
      quality.encoding = file.encoding
      let schema = Record.table.schema
      let layout = try HeaderLayout(header: file.header, schema: schema)
      if !layout.extraColumns.isEmpty {
        quality.warnings.append(
          "ekstra kolonner ignoreret: " + layout.extraColumns.map { "'\($0)'" }.joined(separator: ", "))
      }
      var validator = RowValidator(schema: schema, layout: layout, knownKommuner: knownKommuner)
      var duplicates = DuplicateIndex()
      var uniqueValues = Set<Int>()
      let personColumn = schema.columns.firstIndex { if case .personId = $0.kind { true } else { false } }
      let personPosition = personColumn.flatMap { layout.positions[$0] }
      let lastMonth = period.lastDay.yearMonth
      let lastDay = period.lastDay
      records.reserveCapacity(bytes.count / 32)
      do {
        try file.forEachRow { (row: borrowing CSVRow) throws(Never) in
          quality.rowsRead += 1
          var fault = validator.validate(row)
          let hash = fault == nil ? DuplicateIndex.hash(row) : 0
          if fault == nil, duplicates.contains(hash: hash),
            duplicates.candidates(hash: hash).contains(where: { row.hasSameFields(asRecordAt: $0) })
          {
            fault = RowFault(
              reason: .dublet, column: nil, value: "", expected: "en række der ikke står tidligere i filen")
          }
          if fault == nil, let unique = schema.uniqueColumn, case .integer(let key) = validator.values[unique],
            !uniqueValues.insert(key).inserted
          {
            fault = RowFault(
              reason: .dublet, column: schema.columns[unique].name, value: String(key),
              expected: "én række pr. \(schema.columns[unique].name)")
          }
          if let fault {
            quality.rejectedByReason[fault.reason.index] += 1
            rejectedRows.append(
              RejectedRow(
                kommune: kommune, path: path, line: row.lineNumber, reason: fault.reason,
                column: fault.column, value: fault.value, expected: fault.expected,
                rawLine: CPRMasking.masked(String(decoding: row.rawLine, as: UTF8.self))))
            return
          }
          duplicates.insert(hash: hash, recordStart: row.rawRange.lowerBound)
          let values = validator.values
          if let mainDate = schema.mainDate, values[mainDate].isAfter(lastDay, lastMonth) {
            quality.acceptedAfterPeriod += 1
            return
          }
          let person = personPosition.map { persons.index(of: row[$0]) } ?? PersonIndex(-1)
          records.append(Record(values, person: person))
        }
      } catch {
        switch error {
        case .csv(let error): throw .structure(error)
        }
      }
    } catch {
      return Result(records: nil, quality: rejectedWhole(quality, error), rejectedRows: [])
    }
    return Result(records: records, quality: quality, rejectedRows: rejectedRows)
  }

  /// The quality line of a file rejected as a whole: 0 rows read (SPEC 3.1).
  private func rejectedWhole(_ quality: FileQuality, _ fault: FileFault) -> FileQuality {
    var rejected = FileQuality(path: path, kommune: kommune, table: quality.table, status: .afvist)
    rejected.bytes = quality.bytes
    rejected.encoding = quality.encoding
    rejected.message = fault.description
    return rejected
  }
}

extension CSVRow {
  /// Whether the record starting at `start` in the same text has exactly these fields (after
  /// unquoting and trimming). Used to confirm a duplicate-hash match.
  func hasSameFields(asRecordAt start: Int) -> Bool {
    var scanner = RecordScanner(buffer: text, delimiter: delimiter)
    scanner.position = start
    guard (try? scanner.scanRecord()) != nil else { return false }
    let other = scanner.row(lineNumber: 0, start: start)
    guard other.count == count else { return false }
    for index in 0..<count where !self[index].elementsEqual(other[index]) { return false }
    return true
  }
}
