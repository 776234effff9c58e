/// An offer active on a day (SPEC 3.4, 4.3's `uden_tilbud`): any offer type, `start` ≤ day ≤ `slut`
/// (an empty `slut` is ongoing). An offer ending the day before does not count; one ending on the day
/// does.
struct ActiveOffer: Sendable {
  private let offers: PersonGroups<Tilbud>

  init(offers: PersonGroups<Tilbud>) {
    self.offers = offers
  }

  /// Whether `person` had an offer running on `day`.
  func hasOffer(_ person: PersonIndex, on day: Day) -> Bool {
    for offer in offers[person] {
      if offer.start > day { break }
      if offer.slut.map({ day <= $0 }) ?? true { return true }
    }
    return false
  }
}
