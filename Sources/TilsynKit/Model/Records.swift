/// A person within one municipality's extract: the interned `person_id` (SPEC 3.1 scopes ids to
/// their municipality). Every table of a municipality shares one numbering.
public struct PersonIndex: Hashable, Comparable, Sendable {
  public var value: Int32

  public init(_ value: Int32) { self.value = value }

  public static func < (lhs: PersonIndex, rhs: PersonIndex) -> Bool { lhs.value < rhs.value }
}

/// A spell in a target group of the jobcenter (`forloeb.csv`, SPEC 3.2).
public struct Forloeb: Hashable, Sendable {
  public var person: PersonIndex
  public var maalgruppe: Maalgruppe
  /// First day in the target group; benefit seniority counts from here.
  public var start: Day
  /// Last day; `nil` while ongoing.
  public var slut: Day?

  public init(person: PersonIndex, maalgruppe: Maalgruppe, start: Day, slut: Day?) {
    self.person = person
    self.maalgruppe = maalgruppe
    self.start = start
    self.slut = slut
  }
}

/// A conversation or case meeting (`samtaler.csv`, SPEC 3.3).
public struct Samtale: Hashable, Sendable {
  public var person: PersonIndex
  public var dato: Day
  public var type: SamtaleType
  /// Who held it; an empty field reads as `jobcenter`.
  public var afholdtAf: AfholdtAf

  public init(person: PersonIndex, dato: Day, type: SamtaleType, afholdtAf: AfholdtAf) {
    self.person = person
    self.dato = dato
    self.type = type
    self.afholdtAf = afholdtAf
  }
}

/// An active offer (`tilbud.csv`, SPEC 3.4).
public struct Tilbud: Hashable, Sendable {
  public var person: PersonIndex
  public var type: Tilbudstype
  /// The day the offer was granted, if known.
  public var bevilget: Day?
  public var start: Day
  /// Last day; `nil` while ongoing.
  public var slut: Day?

  public init(person: PersonIndex, type: Tilbudstype, bevilget: Day?, start: Day, slut: Day?) {
    self.person = person
    self.type = type
    self.bevilget = bevilget
    self.start = start
    self.slut = slut
  }
}

/// A benefit spell (`ydelser.csv`, SPEC 3.5).
public struct Ydelsesperiode: Hashable, Sendable {
  public var person: PersonIndex
  public var ydelse: Ydelse
  public var fra: Day
  /// Last day; `nil` while ongoing.
  public var til: Day?

  public init(person: PersonIndex, ydelse: Ydelse, fra: Day, til: Day?) {
    self.person = person
    self.ydelse = ydelse
    self.fra = fra
    self.til = til
  }
}

/// Ordinary wage hours of one person in one month, from eIndkomst (`timer.csv`, SPEC 3.6).
/// Several rows of one person and month are summed by the measures.
public struct Arbejdstimer: Hashable, Sendable {
  public var person: PersonIndex
  public var maaned: YearMonth
  public var timer: FixedDecimal

  public init(person: PersonIndex, maaned: YearMonth, timer: FixedDecimal) {
    self.person = person
    self.maaned = maaned
    self.timer = timer
  }
}

/// A person marking (`markeringer.csv`, SPEC 3.7).
public struct Markering: Hashable, Sendable {
  public var person: PersonIndex
  public var type: Markeringstype
  public var fra: Day
  /// Last day; `nil` while ongoing.
  public var til: Day?

  public init(person: PersonIndex, type: Markeringstype, fra: Day, til: Day?) {
    self.person = person
    self.type = type
    self.fra = fra
    self.til = til
  }
}

/// One municipality's row of the national `benchmark.csv` (SPEC 3.8, jobindsats Y30R21).
public struct BenchmarkRow: Hashable, Sendable {
  /// The three-digit municipality code.
  public var kommune: Int
  public var befolkning16til66: Int
  /// The expected share of the population 16–66 on public support, in percent.
  public var forventetAndel: FixedDecimal

  public init(kommune: Int, befolkning16til66: Int, forventetAndel: FixedDecimal) {
    self.kommune = kommune
    self.befolkning16til66 = befolkning16til66
    self.forventetAndel = forventetAndel
  }
}
