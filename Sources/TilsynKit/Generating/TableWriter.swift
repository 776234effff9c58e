/// The fields of one record in the table's logical (SPEC) column order, as raw bytes; the writer
/// puts them into the file's order, quotes them and adds the free-text column.
struct RowFields {
  private(set) var bytes: [UInt8] = []
  private(set) var ends: [Int] = []
  /// The row's main date (SPEC 3.1), for faults that need it (`slut_foer_start`).
  var mainDay = Day(number: 0)

  init() {
    bytes.reserveCapacity(128)
    ends.reserveCapacity(8)
  }

  /// Starts a new record.
  mutating func reset(mainDay: Day) {
    bytes.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    self.mainDay = mainDay
  }

  /// Ends the current field: the bytes appended since the previous `endField()` are its value.
  @inline(__always)
  mutating func endField() { ends.append(bytes.count) }

  /// Appends bytes to the current field.
  @inline(__always)
  mutating func append(_ field: [UInt8]) { bytes.append(contentsOf: field) }

  /// Runs `body` on the byte buffer, e.g. to format a date into it.
  @inline(__always)
  mutating func appending(_ body: (inout [UInt8]) -> Void) { body(&bytes) }

  var count: Int { ends.count }

  func range(_ index: Int) -> Range<Int> { (index == 0 ? 0 : ends[index - 1])..<ends[index] }

  func field(_ index: Int) -> ArraySlice<UInt8> { bytes[range(index)] }

  /// A copy with field `index` replaced by `value`.
  func replacing(_ index: Int, with value: [UInt8]) -> RowFields {
    var copy = RowFields()
    copy.mainDay = mainDay
    for field in 0..<count {
      if field == index { copy.append(value) } else { copy.bytes.append(contentsOf: self.field(field)) }
      copy.endField()
    }
    return copy
  }
}

/// Writes one table file of one municipality in its dialect: the header, then records; counts
/// records, inserts the dialect's blank lines and hands each valid record to the dirty-row injector.
struct TableWriter {
  let table: TableKind
  let dialect: InputDialect
  /// Logical column indices in file order (the free-text column has index `table.schema.columns.count`).
  let order: [Int]
  private let notes: [[UInt8]]
  private let notesSeed: UInt64
  private var out: ByteWriter
  private var decorations: SeededRandom
  private var blankLinesLeft: Int
  private let dropsFinalNewline: Bool
  private(set) var dirty: DirtyRowInjector
  /// Records written, valid and faulty.
  private(set) var rows = 0

  init(
    table: TableKind, dialect: InputDialect, folder: String, fileSeed: UInt64,
    dirty: DirtyRowInjector
  ) throws {
    self.table = table
    self.dialect = dialect
    self.dirty = dirty
    var rng = SeededRandom(fileSeed, 0x0DEC)
    let logical = table.schema.columns.count + (dialect.hasNotes(table) ? 1 : 0)
    var order = Array(0..<logical)
    if table == .tilbud && dialect.omitsBevilget { order.removeAll { $0 == TableKind.bevilgetColumn } }
    if dialect.shuffledColumns {
      for index in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(index, rng.below(index + 1)) }
    }
    self.order = order
    notes = dialect.hasNotes(table) ? DanishNotes.texts.map { dialect.encode($0) } : []
    notesSeed = SeededRandom.derive(fileSeed, 0x2075)
    blankLinesLeft = rng.chance(0.12) ? rng.int(in: 1...4) : 0
    dropsFinalNewline = rng.chance(0.08)
    decorations = rng
    out = try ByteWriter(path: folder + "/" + table.fileName)
    writeHeader(headerRandom: &rng)
  }

  private mutating func writeHeader(headerRandom rng: inout SeededRandom) {
    out.buffer.append(contentsOf: dialect.preamble)
    let noteName = dialect.encoding == .windows1252 || rng.chance(0.5) ? "bemærkning" : "bemaerkning"
    for (position, column) in order.enumerated() {
      if position > 0 { out.buffer.append(dialect.delimiter) }
      var name: [UInt8] = []
      if dialect.paddedHeader && rng.chance(0.5) { name.append(32) }
      let text = column < table.schema.columns.count ? table.schema.columns[column].name : noteName
      InputDialect.appendCased(dialect.encode(text), dialect.headerCase, to: &name)
      if dialect.paddedHeader && rng.chance(0.5) { name.append(32) }
      appendField(name[...])
    }
    dialect.appendLineEnd(to: &out.buffer)
    if blankLinesLeft > 0 { appendBlankLine() }
  }

  /// Writes `record` (fields in logical order; the free-text field is added here), then any fault
  /// the injector asks for. `key` identifies the row stably, to choose its free text.
  mutating func write(_ record: inout RowFields, key: UInt64) throws {
    try out.flushIfFull()
    if blankLinesLeft > 0 && decorations.chance(0.002) { appendBlankLine() }
    if dialect.hasNotes(table) {
      if SeededRandom.unit(notesSeed, key) < 0.12 {
        record.append(notes[Int(SeededRandom.derive(notesSeed, key ^ 0x5EED) % UInt64(notes.count))])
      }
      record.endField()
    }
    let start = out.buffer.count
    emit(record, order: order)
    rows += 1
    if let fault = dirty.nextFault(for: table) {
      if fault == .dublet {
        let repeated = Array(out.buffer[start..<out.buffer.count])
        out.buffer.append(contentsOf: repeated)
      } else {
        let (faulty, faultyOrder) = dirty.faultyRow(fault, of: record, table: table, dialect: dialect, order: order)
        emit(faulty, order: faultyOrder)
      }
      dirty.count(fault)
      rows += 1
    }
  }

  /// Writes the record's fields in `order`; an index past the record's fields writes an extra `x`.
  private mutating func emit(_ record: RowFields, order: [Int]) {
    for (position, column) in order.enumerated() {
      if position > 0 { out.buffer.append(dialect.delimiter) }
      appendField(column < record.count ? record.field(column) : [UInt8(ascii: "x")][...])
    }
    dialect.appendLineEnd(to: &out.buffer)
  }

  /// One field, quoted when the dialect quotes everything or the value holds a delimiter, quote or line break.
  private mutating func appendField(_ value: ArraySlice<UInt8>) {
    let delimiter = dialect.delimiter
    var needsQuotes = dialect.quoteAll
    if !needsQuotes {
      for byte in value where byte == delimiter || byte == 34 || byte == 10 || byte == 13 {
        needsQuotes = true
        break
      }
    }
    guard needsQuotes else {
      out.buffer.append(contentsOf: value)
      return
    }
    out.buffer.append(34)
    for byte in value {
      if byte == 34 { out.buffer.append(34) }
      out.buffer.append(byte)
    }
    out.buffer.append(34)
  }

  private mutating func appendBlankLine() {
    blankLinesLeft -= 1
    let blanks: [[UInt8]] = [[], [32, 32], [9], [32, 9, 32]]
    out.buffer.append(contentsOf: blanks[decorations.below(blanks.count)])
    dialect.appendLineEnd(to: &out.buffer)
  }

  /// Finishes the file (some dialects leave out the last line break); returns its size in bytes.
  mutating func close() throws -> Int {
    if rows > 0 && dropsFinalNewline && out.buffer.last == 10 {
      out.buffer.removeLast()
      if dialect.crlf && out.buffer.last == 13 { out.buffer.removeLast() }
    }
    return try out.close()
  }
}
