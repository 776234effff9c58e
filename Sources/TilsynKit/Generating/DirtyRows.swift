extension RejectReason {
  /// Whether the generator can make this fault in `table` (only spell tables have an end date).
  func applies(to table: TableKind) -> Bool { self != .slutFoerStart || table.endDateColumn != nil }
}

/// Decides which valid rows get a bad twin and builds it (SPEC 7, `--dirty`). A bad row is written
/// right after the valid row it was made from, so the valid data, and every measure, is unchanged.
struct DirtyRowInjector {
  /// Probability that a valid row gets a bad twin: r / (1 − r), so that r of all rows are bad.
  private let probability: Double
  private var rng: SeededRandom
  /// Faults still to be made whatever the rate: one of each reason in one file of the extract.
  private var forced: [RejectReason]
  /// Faults made in this file, indexed like `RejectReason.allCases`.
  private(set) var counts = [Int](repeating: 0, count: RejectReason.allCases.count)
  private let year: Int

  init(rate: Double, seed: UInt64, forceEveryReason: Bool, year: Int) {
    probability = rate <= 0 ? 0 : min(1, rate / max(1e-9, 1 - rate))
    rng = SeededRandom(seed: seed)
    forced = forceEveryReason ? RejectReason.allCases : []
    self.year = year
  }

  /// The fault to add after the next valid row, if any.
  mutating func nextFault(for table: TableKind) -> RejectReason? {
    if let first = forced.first {
      forced.removeFirst()
      return first.applies(to: table) ? first : nextFault(for: table)
    }
    guard probability > 0, rng.chance(probability) else { return nil }
    let faults = RejectReason.allCases.filter { $0.applies(to: table) }
    return faults[rng.below(faults.count)]
  }

  mutating func count(_ fault: RejectReason) {
    counts[RejectReason.allCases.firstIndex(of: fault)!] += 1
  }

  /// The bad twin of `row` for `fault` (never `.dublet`, which repeats the written bytes), and the
  /// column order to write it in (`antal_felter` drops or adds a field there).
  mutating func faultyRow(
    _ fault: RejectReason, of row: RowFields, table: TableKind, dialect: InputDialect, order: [Int]
  ) -> (RowFields, [Int]) {
    let columns = table.schema.columns
    switch fault {
    case .antalFelter:
      var changed = order
      if rng.chance(0.5) { changed.removeLast() } else { changed.append(Int.max) }
      return (row, changed)
    case .manglerVaerdi:
      let required = order.filter { $0 < columns.count && columns[$0].required }
      return (row.replacing(required[rng.below(required.count)], with: []), order)
    case .ugyldigDato:
      let bad = columns[table.mainDateColumn].kind == .month ? badMonth() : badDate(dialect.dateStyle)
      return (row.replacing(table.mainDateColumn, with: bad), order)
    case .ugyldigVaerdi:
      return (row.replacing(table.valueColumn, with: badValue(table, dialect)), order)
    case .ugyldigPersonId:
      return (row.replacing(0, with: badPersonId(row.field(0), dialect)), order)
    case .cprNummer:
      return (row.replacing(0, with: cprLike()), order)
    case .slutFoerStart:
      var end: [UInt8] = []
      dialect.appendDate(row.mainDay.adding(days: -rng.int(in: 1...90)), to: &end)
      return (row.replacing(table.endDateColumn!, with: end), order)
    case .dublet:
      return (row, order)
    }
  }

  private mutating func pick(_ texts: [String]) -> [UInt8] { Array(texts[rng.below(texts.count)].utf8) }

  /// Not a calendar date, in the dialect's own shape where possible.
  private mutating func badDate(_ style: InputDialect.DateStyle) -> [UInt8] {
    let y = String(year)
    switch style {
    case .iso:
      return pick(["\(y)-02-30", "\(y)-04-31", "\(y)-13-01", "\(y)-00-10", "\(y)-06-00", "ukendt", "\(y)0215", "15/02-\(y)"])
    case .dayFirst(let separator, _):
      let s = String(UnicodeScalar(separator))
      return pick(["30\(s)02\(s)\(y)", "31\(s)04\(s)\(y)", "15\(s)13\(s)\(y)", "0\(s)5\(s)\(y)", "32\(s)01\(s)\(y)", "ukendt"])
    }
  }

  private mutating func badMonth() -> [UInt8] {
    let y = String(year)
    return pick(["\(y)-13", "\(y)-00", "ukendt", "13-\(y)"])
  }

  /// An unknown code (a real code of another column, a typo) or, for `timer`, not a decimal ≥ 0.
  private mutating func badValue(_ table: TableKind, _ dialect: InputDialect) -> [UInt8] {
    switch table {
    case .forloeb: return pick(["KH", "FJ", "XX", "dagpenge", "KHX"])
    case .samtaler: return pick(["jobsamtal", "telefon", "moede", "samtale"])
    case .tilbud: return dialect.encode(rng.chance(0.5) ? "løntilskud" : "praktikk")
    case .ydelser: return pick(["KHJ", "SU", "XX", "kontanthjaelp"])
    case .markeringer: return pick(["FSM2", "FRITAGE", "REHAB"])
    case .benchmark: preconditionFailure("benchmark.csv gets only a repeated row")
    case .timer:
      if rng.chance(0.4) {
        var negative: [UInt8] = [UInt8(ascii: "-")]
        dialect.appendDecimal(hundredths: rng.int(in: 100...8000), to: &negative)
        return negative
      }
      return pick(["abc", "12t", "1e2", "n/a"])
    }
  }

  /// A person id that breaks the character or length rule of SPEC 3.1 (but is not CPR-like).
  private mutating func badPersonId(_ id: ArraySlice<UInt8>, _ dialect: InputDialect) -> [UInt8] {
    let valid = Array(id)
    switch rng.below(4) {
    case 0: return Array(valid.prefix(2)) + [32] + Array(valid.dropFirst(2))
    case 1: return valid + Array(".1".utf8)
    case 2: return dialect.encode("Ø") + valid
    default: return (0..<65).map { _ in UInt8(ascii: "A") + UInt8(rng.below(26)) }
    }
  }

  /// Six digits forming a real DDMMYY date, an optional dash and four digits.
  private mutating func cprLike() -> [UInt8] {
    let birth = Day(1940, 1, 1).adding(days: rng.int(in: 0...(65 * 365)))
    let (y, m, d) = birth.components
    var bytes: [UInt8] = []
    ByteFormat.padded(d, width: 2, into: &bytes)
    ByteFormat.padded(m, width: 2, into: &bytes)
    ByteFormat.padded(y % 100, width: 2, into: &bytes)
    if rng.chance(0.5) { bytes.append(UInt8(ascii: "-")) }
    ByteFormat.padded(rng.int(in: 0...9999), width: 4, into: &bytes)
    return bytes
  }
}
