/// A person within one municipality's extract: the interned `person_id` (SPEC 3.1 scopes ids to
/// their municipality). Every table of a municipality shares one numbering.
package struct PersonIndex: Hashable, Comparable, Sendable {
  package var value: Int32

  package init(_ value: Int32) { self.value = value }

  package static func < (lhs: PersonIndex, rhs: PersonIndex) -> Bool { lhs.value < rhs.value }
}

/// A spell in a target group of the jobcenter (`forloeb.csv`, SPEC 3.2).
package struct Forloeb: Hashable, Sendable {
  package var person: PersonIndex
  var maalgruppe: Maalgruppe
  /// First day in the target group; benefit seniority counts from here.
  package var start: Day
  /// Last day; `nil` while ongoing.
  package var slut: Day?

  init(person: PersonIndex, maalgruppe: Maalgruppe, start: Day, slut: Day?) {
    self.person = person
    self.maalgruppe = maalgruppe
    self.start = start
    self.slut = slut
  }
}

/// A conversation or case meeting (`samtaler.csv`, SPEC 3.3).
package struct Samtale: Hashable, Sendable {
  package var person: PersonIndex
  package var dato: Day
  var type: SamtaleType
  /// Who held it; an empty field reads as `jobcenter`.
  var afholdtAf: AfholdtAf

  init(person: PersonIndex, dato: Day, type: SamtaleType, afholdtAf: AfholdtAf) {
    self.person = person
    self.dato = dato
    self.type = type
    self.afholdtAf = afholdtAf
  }
}

/// An active offer (`tilbud.csv`, SPEC 3.4).
package struct Tilbud: Hashable, Sendable {
  package var person: PersonIndex
  var type: Tilbudstype
  /// The day the offer was granted, if known.
  package var bevilget: Day?
  package var start: Day
  /// Last day; `nil` while ongoing.
  package var slut: Day?

  init(person: PersonIndex, type: Tilbudstype, bevilget: Day?, start: Day, slut: Day?) {
    self.person = person
    self.type = type
    self.bevilget = bevilget
    self.start = start
    self.slut = slut
  }
}

/// A benefit spell (`ydelser.csv`, SPEC 3.5).
package struct Ydelsesperiode: Hashable, Sendable {
  package var person: PersonIndex
  var ydelse: Ydelse
  package var fra: Day
  /// Last day; `nil` while ongoing.
  package var til: Day?

  init(person: PersonIndex, ydelse: Ydelse, fra: Day, til: Day?) {
    self.person = person
    self.ydelse = ydelse
    self.fra = fra
    self.til = til
  }
}

/// Ordinary wage hours of one person in one month, from eIndkomst (`timer.csv`, SPEC 3.6).
/// Several rows of one person and month are summed by the measures.
package struct Arbejdstimer: Hashable, Sendable {
  package var person: PersonIndex
  package var maaned: YearMonth
  package var timer: FixedDecimal

  package init(person: PersonIndex, maaned: YearMonth, timer: FixedDecimal) {
    self.person = person
    self.maaned = maaned
    self.timer = timer
  }
}

/// A person marking (`markeringer.csv`, SPEC 3.7).
package struct Markering: Hashable, Sendable {
  package var person: PersonIndex
  var type: Markeringstype
  package var fra: Day
  /// Last day; `nil` while ongoing.
  package var til: Day?

  init(person: PersonIndex, type: Markeringstype, fra: Day, til: Day?) {
    self.person = person
    self.type = type
    self.fra = fra
    self.til = til
  }
}

/// One municipality's row of the national `benchmark.csv` (SPEC 3.8, jobindsats Y30R21).
package struct BenchmarkRow: Hashable, Sendable {
  /// The three-digit municipality code.
  package var kommune: Int
  package var befolkning16til66: Int
  /// The expected share of the population 16–66 on public support, in percent.
  package var forventetAndel: FixedDecimal

  package init(kommune: Int, befolkning16til66: Int, forventetAndel: FixedDecimal) {
    self.kommune = kommune
    self.befolkning16til66 = befolkning16til66
    self.forventetAndel = forventetAndel
  }
}
