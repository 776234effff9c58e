/// The effort in ressourceforløb (SPEC 4.5; DOMAIN "The reform indicators"):
/// `ressourceforloeb_personer`, the persons with an `RF` spell covering E, and
/// `ressourceforloeb_fuldtid`, the fuldtidspersoner on `RF` in P (each person's days on `RF` in P, a
/// day counted once however many of their `RF` spells overlap, summed over persons, ÷ the days in P;
/// one decimal).
struct RessourceforloebUse: Sendable, Equatable {
  /// `ressourceforloeb_personer`: persons on `RF` on E.
  var personsAtEnd: Int
  /// `ressourceforloeb_fuldtid`: fuldtidspersoner on `RF` in P.
  var fullTime: FullTimeOnBenefit

  init(personsAtEnd: Int, fullTime: FullTimeOnBenefit) {
    self.personsAtEnd = personsAtEnd
    self.fullTime = fullTime
  }

  /// Both numbers from the spells grouped by person, for P = `period`.
  init(_ spells: PersonGroups<Ydelsesperiode>, persons: Int, period: ClosedRange<Day>) {
    var atEnd = 0
    for history in spells.histories(persons: persons) where history.isOn(.ressourceforloeb, on: period.upperBound) {
      atEnd += 1
    }
    self.init(personsAtEnd: atEnd, fullTime: spells.fullTime(on: .ressourceforloeb, in: period, persons: persons))
  }

  static func + (lhs: RessourceforloebUse, rhs: RessourceforloebUse) -> RessourceforloebUse {
    RessourceforloebUse(personsAtEnd: lhs.personsAtEnd + rhs.personsAtEnd, fullTime: lhs.fullTime + rhs.fullTime)
  }
}
