/// `timer.csv` (SPEC 3.6): a person's ordinary wage hours per month, the sum of their work stretches
/// (full-time jobs before and after benefit spells, part-time hours beside a benefit, fleksjob hours),
/// prorated to the days of the month a stretch covers. Each month's hours vary a little around the
/// stretch's level by a stateless draw on (person, stretch, month), so a month has the same hours in
/// every period's extract. Now and then a month is reported by two employers in two rows (SPEC 3.1:
/// rows of one person and month are summed).
extension PersonRows {
  mutating func writeTimer(_ person: SimulatedPerson) throws {
    guard !person.work.isEmpty else { return }
    var earliest = SimulatedPerson.openEnd
    for stretch in person.work where stretch.from < earliest { earliest = stretch.from }
    var month = max(firstTimerMonth, earliest.yearMonth)
    while month <= window.lastMonth {
      let hundredths = hours(person, in: month)
      if hundredths > 0 {
        let key = UInt64(bitPattern: Int64(month.index))
        if SeededRandom.unit(person.seed ^ 0x7133, key) < 0.03 && hundredths >= 2_000 {
          let first = hundredths * (20 + Int(SeededRandom.derive(person.seed, key) % 25)) / 100
          try writeHours(person, month, first, sequence: 2 * Int(month.index))
          try writeHours(person, month, hundredths - first, sequence: 2 * Int(month.index) + 1)
        } else {
          try writeHours(person, month, hundredths, sequence: 2 * Int(month.index))
        }
      }
      month = month.adding(months: 1)
    }
  }

  /// Hours of `month` in hundredths.
  private func hours(_ person: SimulatedPerson, in month: YearMonth) -> Int {
    let monthFirst = month.firstDay
    let monthLast = month.lastDay
    let monthDays = Double(monthFirst.days(to: monthLast) + 1)
    var total = 0.0
    for (index, stretch) in person.work.enumerated() {
      let from = max(stretch.from, monthFirst)
      let to = min(stretch.to, monthLast)
      guard from <= to else { continue }
      let covered = Double(from.days(to: to) + 1) / monthDays
      let elapsed = Int(month.index - stretch.from.yearMonth.index)
      let level = Double(stretch.hundredths + stretch.growthPerMonth * elapsed)
      let noise = SeededRandom.unit(SeededRandom.derive(person.seed, 0x4045 + UInt64(index)), UInt64(bitPattern: Int64(month.index)))
      total += level * covered * (1 + Realism.fullTimeSpread * (noise - 0.5))
    }
    return Int(total.rounded())
  }

  private mutating func writeHours(_ person: SimulatedPerson, _ month: YearMonth, _ hundredths: Int, sequence: Int) throws {
    let dialect = self.dialect
    beginRow(month.firstDay)
    appendField { dialect.appendMonth(month, to: &$0) }
    appendField { dialect.appendDecimal(hundredths: hundredths, to: &$0) }
    try emitRow(.timer, person, sequence)
  }
}

/// The codes' bytes as the files write them (their `rawValue`s), computed once.
enum CodeBytes {
  private static let maalgrupper = Maalgruppe.allCases.map { Array($0.rawValue.utf8) }
  private static let samtaleTyper = SamtaleType.allCases.map { Array($0.rawValue.utf8) }
  private static let afholdtAf = AfholdtAf.allCases.map { Array($0.rawValue.utf8) }
  private static let tilbudstyper = Tilbudstype.allCases.map { Array($0.rawValue.utf8) }
  private static let ydelser = Ydelse.allCases.map { Array($0.rawValue.utf8) }
  private static let markeringer = Markeringstype.allCases.map { Array($0.rawValue.utf8) }

  static func of(_ code: Maalgruppe) -> [UInt8] { maalgrupper[Maalgruppe.allCases.firstIndex(of: code)!] }
  static func of(_ code: SamtaleType) -> [UInt8] { samtaleTyper[SamtaleType.allCases.firstIndex(of: code)!] }
  static func of(_ code: AfholdtAf) -> [UInt8] { afholdtAf[AfholdtAf.allCases.firstIndex(of: code)!] }
  static func of(_ code: Tilbudstype) -> [UInt8] { tilbudstyper[Tilbudstype.allCases.firstIndex(of: code)!] }
  static func of(_ code: Ydelse) -> [UInt8] { ydelser[Ydelse.allCases.firstIndex(of: code)!] }
  static func of(_ code: Markeringstype) -> [UInt8] { markeringer[Markeringstype.allCases.firstIndex(of: code)!] }
}
