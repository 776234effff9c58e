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
  /// The codes the coded columns accept (the rule set's `koder.*`).
  var codes: CodeLists = .standard

  /// What reading one file gave: its records (`nil` when rejected whole), its quality line and its
  /// rejected rows in line order.
  struct Result<Record> {
    var records: [Record]?
    var quality: FileQuality
    var rejectedRows: [RejectedRow]
  }

  /// Loads `bytes` as a file of `Record`s, interning person ids into `persons`.
  func load<Record: ExtractRecord>(
    _ type: Record.Type, bytes: [UInt8], persons: inout PersonRegistry
  ) -> Result<Record> {
    load(type, source: ByteSource(bytes), persons: &persons)
  }

  /// Loads the file in `source` (usually memory-mapped) as a file of `Record`s.
  func load<Record: ExtractRecord>(
    _ type: Record.Type, source: ByteSource, persons: inout PersonRegistry
  ) -> Result<Record> {
    let byteCount = source.buffer.count
    var quality = FileQuality(path: path, kommune: kommune, table: Record.table, status: .ok)
    quality.bytes = byteCount
    let file: CSVFile
    let layout: HeaderLayout
    do throws(FileFault) {
      do throws(CSVError) { file = try CSVFile(source: source) } catch { throw .structure(error) }
      quality.encoding = file.encoding
      layout = try HeaderLayout(header: file.header, schema: Record.table.schema(codes: codes))
    } catch {
      return Result(records: nil, quality: rejectedWhole(quality, error), rejectedRows: [])
    }
    if !layout.extraColumns.isEmpty {
      quality.warnings.append(
        "ekstra kolonner ignoreret: " + layout.extraColumns.map { "'\(CPRMasking.masked($0))'" }.joined(separator: ", "))
    }
    // Room for a row per 16 bytes, more rows than any table has (their rows average 25–52 bytes), so
    // the per-row buffers never grow and copy. Reserved pages that are never written cost no memory.
    var pass = Pass<Record>(schema: Record.table.schema(codes: codes), layout: layout, loader: self, expectedRows: byteCount / 16)
    do {
      try file.forEachRow { (row: CSVRow) throws(Never) in pass.take(row, persons: &persons) }
    } catch {
      switch error {
      case .csv(let error):
        return Result(records: nil, quality: rejectedWhole(quality, .structure(error)), rejectedRows: [])
      }
    }
    return pass.finish(file: file, quality: quality)
  }

  /// The quality line of a file rejected as a whole: 0 rows read (SPEC 3.1).
  private func rejectedWhole(_ quality: FileQuality, _ fault: FileFault) -> FileQuality {
    var rejected = FileQuality(path: path, kommune: kommune, table: quality.table, status: .afvist)
    rejected.bytes = quality.bytes
    rejected.encoding = quality.encoding
    rejected.message = fault.description
    return rejected
  }

  /// The state of one pass over a file's rows.
  private struct Pass<Record: ExtractRecord> {
    let schema: TableSchema
    let loader: TableLoader
    var validator: RowValidator
    let personPosition: Int?
    /// The schema's unique column, if it has one (only `benchmark.csv`).
    let uniqueColumn: Int?
    let lastDay: Day
    let lastMonth: YearMonth
    var rowsRead = 0
    var rejectedByReason = [Int](repeating: 0, count: RejectReason.allCases.count)
    var rejectedRows: [RejectedRow] = []
    var records: [Record] = []
    /// Per valid row (by ordinal): where it starts in the text, for `dublet`.
    let recordStarts: ScratchBuffer<UInt32>
    /// The ordinals of the valid rows dated after the period (not records), ascending.
    var afterPeriodOrdinals: [Int] = []
    var duplicates: DuplicateFinder
    var uniqueValues = Set<Int>()

    init(schema: TableSchema, layout: HeaderLayout, loader: TableLoader, expectedRows: Int) {
      self.schema = schema
      self.loader = loader
      validator = RowValidator(schema: schema, layout: layout, knownKommuner: loader.knownKommuner)
      let personColumn = schema.columns.firstIndex { if case .personId = $0.kind { true } else { false } }
      personPosition = personColumn.flatMap { layout.positions[$0] }
      uniqueColumn = schema.uniqueColumn
      lastDay = loader.period.lastDay
      lastMonth = lastDay.yearMonth
      duplicates = DuplicateFinder(expectedRows: expectedRows)
      records.reserveCapacity(expectedRows)
      recordStarts = ScratchBuffer(capacity: max(1, expectedRows))
    }

    /// Validates one row: rejects it, or keeps it as a valid row (and as a record unless it is
    /// dated after the period). Exact repeats are found afterwards, in `finish`.
    mutating func take(_ row: CSVRow, persons: inout PersonRegistry) {
      rowsRead += 1
      if let fault = validator.validate(row) ?? (uniqueColumn == nil ? nil : uniqueColumnFault()) {
        reject(fault, line: row.lineNumber, raw: row.rawLine)
        return
      }
      let ordinal = recordStarts.count
      let values = validator.values
      duplicates.add(hash: DuplicateFinder.hash(values, personId: personPosition.map { row[$0] }), ordinal: ordinal)
      precondition(row.recordStart < Int(UInt32.max), "a single table file over 4 GB")
      recordStarts.append(UInt32(row.recordStart))
      if let mainDate = schema.mainDate, values[mainDate].isAfter(lastDay, lastMonth) {
        afterPeriodOrdinals.append(ordinal)
        return
      }
      let person = personPosition.map { persons.index(of: row[$0]) } ?? PersonIndex(-1)
      records.append(Record(values, person: person, codes: loader.codes))
    }

    /// SPEC 3.1: a later row with the same value in a unique column (a `benchmark.csv` row for the
    /// same municipality) is a `dublet`.
    private mutating func uniqueColumnFault() -> RowFault? {
      guard let unique = uniqueColumn, case .integer(let key) = validator.values[unique],
        !uniqueValues.insert(key).inserted
      else { return nil }
      let name = schema.columns[unique].name
      return RowFault(reason: .dublet, column: name, value: String(key), expected: "én række pr. \(name)")
    }

    private mutating func reject(_ fault: RowFault, line: Int, raw: UnsafeBufferPointer<UInt8>) {
      rejectedByReason[fault.reason.index] += 1
      rejectedRows.append(
        RejectedRow(
          kommune: loader.kommune, path: loader.path, line: line, reason: fault.reason, column: fault.column,
          value: fault.value, expected: fault.expected, rawLine: RejectedRow.shownRawLine(raw)))
    }

    /// Rejects the exact repeats, drops them from the records, and returns the file's result.
    mutating func finish(file: CSVFile, quality: FileQuality) -> Result<Record> {
      let starts = recordStarts
      func start(_ ordinal: Int) -> Int { Int(starts[ordinal]) }
      let repeats = duplicates.duplicates { first, second in
        file.withRecord(at: start(first)) { a in
          file.withRecord(at: start(second)) { b in a.hasSameFields(as: b) }
        }
      }
      if !repeats.isEmpty {
        let dublet = RowFault(
          reason: .dublet, column: nil, value: "", expected: "en række der ikke står tidligere i filen")
        let lineNumbers = file.lineNumbers(ofRecordsAt: repeats.map(start))
        for (ordinal, line) in zip(repeats, lineNumbers) {
          file.withRecord(at: start(ordinal)) { row in reject(dublet, line: line, raw: row.rawLine) }
        }
        rejectedRows.sort { $0.line < $1.line }
        removeRecords(ofOrdinals: repeats)
      }
      var quality = quality
      quality.rowsRead = rowsRead
      quality.rejectedByReason = rejectedByReason
      quality.acceptedAfterPeriod = afterPeriodOrdinals.count
      return Result(records: records, quality: quality, rejectedRows: rejectedRows)
    }

    /// Drops the rows with these ordinals (ascending) from the records and the after-period list.
    /// A valid row is either a record or dated after the period, both lists in ordinal order, so a
    /// record's index is its ordinal less the after-period rows before it.
    private mutating func removeRecords(ofOrdinals ordinals: [Int]) {
      var drop = Set<Int>()
      var afterIndex = 0
      for ordinal in ordinals {
        while afterIndex < afterPeriodOrdinals.count, afterPeriodOrdinals[afterIndex] < ordinal { afterIndex += 1 }
        if afterIndex < afterPeriodOrdinals.count, afterPeriodOrdinals[afterIndex] == ordinal { continue }
        drop.insert(ordinal - afterIndex)
      }
      let repeated = Set(ordinals)
      afterPeriodOrdinals.removeAll { repeated.contains($0) }
      records = records.indices.filter { !drop.contains($0) }.map { records[$0] }
    }
  }
}

extension CSVRow {
  /// Whether both records have exactly the same fields after unquoting and trimming.
  func hasSameFields(as other: CSVRow) -> Bool {
    guard other.count == count else { return false }
    for index in 0..<count where !self[index].elementsEqual(other[index]) { return false }
    return true
  }
}
