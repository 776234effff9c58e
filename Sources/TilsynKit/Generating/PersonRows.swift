/// Writes a simulated person's rows that fall in the extract window into the municipality's six table
/// files, in the municipality's dialect. Spells, offers and markings still running on E are written with
/// an empty end (ongoing on the extract date); a few valid rows dated after E are written too (planned
/// conversations, offers granted before E), as SPEC 3.1 says extracts may hold.
struct PersonRows {
  let window: ExtractWindow
  let dialect: InputDialect
  var writers: [TableWriter]
  /// Conversations and hours before this day are not written (the sample profile's thinning; else
  /// the extract's first day).
  let historyStart: Day
  var firstTimerMonth: YearMonth { historyStart.yearMonth }
  var row = RowFields()
  private var id: [UInt8] = []
  private var ydelser: [SimulatedSpell] = []

  init(window: ExtractWindow, dialect: InputDialect, writers: [TableWriter], historyStart: Day) {
    self.window = window
    self.dialect = dialect
    self.writers = writers
    self.historyStart = max(historyStart, window.first)
  }

  /// Whether the person has a spell in the window (else they are not in the extract at all).
  func isInExtract(_ person: SimulatedPerson) -> Bool {
    person.spells.contains { window.overlaps(start: $0.start, end: $0.end) }
  }

  /// Writes the person's rows.
  mutating func write(_ person: SimulatedPerson) throws {
    id.removeAll(keepingCapacity: true)
    person.appendId(to: &id)
    try writeForloeb(person)
    try writeSamtaler(person)
    try writeTilbud(person)
    try writeYdelser(person)
    try writeTimer(person)
    try writeMarkeringer(person)
  }

  // MARK: Fields

  mutating func beginRow(_ mainDay: Day) {
    row.reset(mainDay: mainDay)
    row.append(id)
    row.endField()
  }

  private mutating func code(_ bytes: [UInt8]) {
    row.appending { dialect.appendCode(bytes, to: &$0) }
    row.endField()
  }

  private mutating func date(_ day: Day?) {
    if let day { row.appending { dialect.appendDate(day, to: &$0) } }
    row.endField()
  }

  /// An end date as of the extract: empty when it lies after E (still running).
  private mutating func endDate(_ day: Day) { date(day > window.last ? nil : day) }

  /// Appends one field formatted by `body`.
  mutating func appendField(_ body: (inout [UInt8]) -> Void) {
    row.appending(body)
    row.endField()
  }

  mutating func emitRow(_ table: TableKind, _ person: SimulatedPerson, _ sequence: Int) throws {
    let key = SeededRandom.derive(person.seed, UInt64(table.municipalIndex) << 32 | UInt64(sequence))
    try writers[table.municipalIndex].write(&row, key: key)
  }

  // MARK: Tables

  private mutating func writeForloeb(_ person: SimulatedPerson) throws {
    for (index, spell) in person.spells.enumerated() where window.overlaps(start: spell.start, end: spell.end) {
      guard let maalgruppe = spell.state.maalgruppe else { continue }
      beginRow(spell.start)
      code(CodeBytes.of(maalgruppe))
      date(spell.start)
      endDate(spell.end)
      try emitRow(.forloeb, person, index)
    }
  }

  private mutating func writeSamtaler(_ person: SimulatedPerson) throws {
    for (index, samtale) in person.samtaler.enumerated() where samtale.day >= historyStart {
      if samtale.day > window.last {
        // A few conversations already booked after E.
        guard samtale.day <= window.last.adding(days: 30), SeededRandom.unit(person.seed, 0xB00C ^ UInt64(index)) < 0.05 else { continue }
      }
      beginRow(samtale.day)
      date(samtale.day)
      code(CodeBytes.of(samtale.type))
      if !(samtale.heldBy == .jobcenter && dialect.emptyMeansJobcenter) { code(CodeBytes.of(samtale.heldBy)) } else { row.endField() }
      try emitRow(.samtaler, person, index)
    }
  }

  private mutating func writeTilbud(_ person: SimulatedPerson) throws {
    for (index, offer) in person.tilbud.enumerated() {
      let future = offer.start > window.last
      if future {
        // Granted before E, starting after it: a valid row the measures ignore.
        guard let granted = offer.granted, granted <= window.last else { continue }
      } else if offer.end < window.first {
        continue
      }
      beginRow(offer.start)
      code(CodeBytes.of(offer.type))
      date(offer.granted)
      date(offer.start)
      if !future && offer.end > window.last && SeededRandom.unit(person.seed, 0x0FF ^ UInt64(index)) < 0.5 {
        date(nil)  // ongoing, no planned end recorded
      } else {
        date(offer.end)
      }
      try emitRow(.tilbud, person, index)
    }
  }

  /// Benefit spells: consecutive spells on the same benefit are one payment spell (kontanthjælp
  /// continues when jobparat becomes aktivitetsparat); some are split in two rows, a few of which
  /// overlap by some days (a day is still counted once, SPEC 3.5).
  private mutating func writeYdelser(_ person: SimulatedPerson) throws {
    ydelser.removeAll(keepingCapacity: true)
    for spell in person.spells {
      if let previous = ydelser.last, previous.state.ydelse == spell.state.ydelse,
        previous.end.adding(days: 1) == spell.start
      {
        ydelser[ydelser.count - 1].end = spell.end
      } else {
        ydelser.append(spell)
      }
    }
    var sequence = 0
    for benefit in ydelser where window.overlaps(start: benefit.start, end: benefit.end) {
      let length = benefit.start.days(to: min(benefit.end, window.last.adding(days: 400)))
      let split = SeededRandom.unit(person.seed, 0x5B117 ^ UInt64(sequence))
      if length > 60 && split < 0.08 {
        let cut = benefit.start.adding(days: 20 + Int(split * 12.5 * Double(length - 40)))
        let overlap = split < 0.02 ? 1 + Int(split * 400) : 0
        try writeYdelse(person, benefit.state, benefit.start, cut, &sequence)
        try writeYdelse(person, benefit.state, cut.adding(days: 1 - overlap), benefit.end, &sequence)
      } else {
        try writeYdelse(person, benefit.state, benefit.start, benefit.end, &sequence)
      }
    }
  }

  private mutating func writeYdelse(_ person: SimulatedPerson, _ state: LifeState, _ from: Day, _ to: Day, _ sequence: inout Int) throws {
    sequence += 1
    guard window.overlaps(start: from, end: to) else { return }
    beginRow(from)
    code(CodeBytes.of(state.ydelse))
    date(from)
    endDate(to)
    try emitRow(.ydelser, person, sequence)
  }

  private mutating func writeMarkeringer(_ person: SimulatedPerson) throws {
    for (index, marking) in person.markings.enumerated() {
      let to = marking.to ?? SimulatedPerson.openEnd
      guard window.overlaps(start: marking.from, end: to) else { continue }
      beginRow(marking.from)
      code(CodeBytes.of(marking.type))
      date(marking.from)
      endDate(to)
      try emitRow(.markeringer, person, index)
    }
  }
}
