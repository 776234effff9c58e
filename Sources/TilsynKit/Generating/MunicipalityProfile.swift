/// What makes one municipality's simulated world its own (SPEC 7: "a spread of municipalities"):
/// its size, its level of public support, and its propensities to meet each rule. Everything is drawn
/// deterministically from the seed and the municipality code, and the propensities drift slowly from
/// half-year to half-year, so the same municipality looks the same in every period's extract while
/// its statuses can change between periods.
struct MunicipalityProfile {
  let kommune: Kommune
  /// The root of every random stream of this municipality.
  let seed: UInt64
  /// Arrivals relative to the national rates of `Realism`: population share × level × scale.
  let arrivalFactor: Double
  /// Whether Flere skal med gruppe 2 markings pile up here (SPEC 4.3: a few municipalities get letters).
  let concentratesFSM2: Bool
  /// Probability that a long kontanthjælp spell gets a gruppe 2 marking, and that a marked person's
  /// case is treated in the rehabiliteringsteam.
  let flereSkalMedMarking: Double
  let flereSkalMedTreated: Double

  /// Propensity classes: under, near and over the 80 % line of SPEC 4.1.
  private let conversationBase: Double
  private let offerBase: Double
  private let passiveBase: Double
  private let silentBase: Double
  private let reviewBase: Double
  /// Propensities for spells under the 2025 reform (D6 from 2027-01-01; SPEC 4.6), around its 75 %
  /// criterion; drawn from a stream of their own, so the draws above, and every extract before the
  /// reform, stay as they were.
  private let reformConversationBase: Double
  private let reformOfferBase: Double
  private let akasseBase: Double

  /// The propensity classes around the 75 % criterion of the 2025 reform (SPEC 4.6; lov nr. 1750 af
  /// 29/12/2025, in force for spells from 2026-07-01): clearly under it, near it, and above.
  static let reformClasses = (under: 0.50...0.68, near: 0.70...0.81, above: 0.82...0.95)
  /// Shares of municipalities clearly under and near the 75 % line, per measure of the reform: the
  /// jobcenter's jobsamtaler and the offer (a quarter under, a third near, the rest above), and the
  /// a-kasse's talks in the first three months (fewer under, most above).
  static let reformConversationClasses = (under: 0.25, near: 0.33)
  static let reformOfferClasses = (under: 0.25, near: 0.33)
  static let akasseClasses = (under: 0.20, near: 0.30)

  init(kommune: Kommune, seed: UInt64, nationalPopulation: Int, scale: Double, concentratesFSM2: Bool) {
    self.kommune = kommune
    self.seed = SeededRandom.derive(seed, UInt64(kommune.code))
    self.concentratesFSM2 = concentratesFSM2
    flereSkalMedMarking = concentratesFSM2 ? Realism.fsm2Marking.concentrated : Realism.fsm2Marking.ordinary
    flereSkalMedTreated = concentratesFSM2 ? Realism.fsm2Treated.concentrated : Realism.fsm2Treated.ordinary
    var rng = SeededRandom(self.seed, 0x9A0F11E)
    // Socio-economic level: how many of its citizens need support, relative to its size.
    let level = rng.double(in: 0.75...1.3)
    arrivalFactor = scale * level * Double(kommune.approximatePopulation) / Double(max(1, nationalPopulation))
    // Four jobsamtaler in six months: a quarter clearly under 80 %, a third near it, the rest above.
    conversationBase = MunicipalityProfile.draw(&rng, under: 0.25, near: 0.30, low: 0.55...0.72)
    // An offer within six months: harder since øvrig vejledning stopped counting; nearly half under.
    offerBase = MunicipalityProfile.draw(&rng, under: 0.45, near: 0.30, low: 0.50...0.72)
    // Fokusmål 1 (SPEC 4.2): share of long-term recipients left without offer or work, around 30 %.
    passiveBase = rng.double(in: 0.15...0.50)
    // Fokusmål 2: share of long-term recipients without a jobsamtale for a year.
    silentBase = rng.double(in: 0.05...0.35)
    // Fremdriftsgaranti (SPEC 4.4): share of due KHA recipients with an annual review, around 80 %.
    reviewBase = rng.double(in: 0.62...0.98)
    var reform = SeededRandom(self.seed, 0x2025_1750)
    reformConversationBase = MunicipalityProfile.drawAround75(&reform, MunicipalityProfile.reformConversationClasses)
    reformOfferBase = MunicipalityProfile.drawAround75(&reform, MunicipalityProfile.reformOfferClasses)
    akasseBase = MunicipalityProfile.drawAround75(&reform, MunicipalityProfile.akasseClasses)
  }

  /// A propensity in one of the reform's classes (`reformClasses`).
  private static func drawAround75(_ rng: inout SeededRandom, _ shares: (under: Double, near: Double)) -> Double {
    let u = rng.unit()
    if u < shares.under { return rng.double(in: reformClasses.under) }
    if u < shares.under + shares.near { return rng.double(in: reformClasses.near) }
    return rng.double(in: reformClasses.above)
  }

  /// A propensity in one of three classes: clearly under 80 % (`low`), near it, or well above.
  private static func draw(_ rng: inout SeededRandom, under: Double, near: Double, low: ClosedRange<Double>) -> Double {
    let u = rng.unit()
    if u < under { return rng.double(in: low) }
    if u < under + near { return rng.double(in: 0.75...0.86) }
    return rng.double(in: 0.87...0.97)
  }

  /// The half-year index of a day (two per year), the step of the drift.
  static func halfYear(_ day: Day) -> Int {
    let (year, month, _) = day.components
    return year * 2 + (month - 1) / 6
  }

  /// A slow drift: the sum of the last four half-years' small random steps, so that consecutive
  /// half-years share three of four terms (at most ±0.12 in all).
  private func drift(_ kind: UInt64, _ halfYear: Int) -> Double {
    var sum = 0.0
    for step in (halfYear - 3)...halfYear {
      sum += (SeededRandom.unit(SeededRandom.derive(seed, kind), UInt64(bitPattern: Int64(step))) - 0.5) * 0.06
    }
    return sum
  }

  private func clamp(_ value: Double) -> Double { min(0.99, max(0.02, value)) }

  /// Probability that a spell whose six-month date falls in `halfYear` has its four jobsamtaler
  /// (under the rules before the 2025 reform; for the reform see `reformConversationPropensity`).
  func conversationPropensity(_ halfYear: Int) -> Double { clamp(conversationBase + drift(1, halfYear)) }
  /// Probability that such a spell has an eligible offer by its six-month date.
  func offerPropensity(_ halfYear: Int) -> Double { clamp(offerBase + drift(2, halfYear)) }
  /// Probability that a long-term recipient gets neither offers nor work (fokusmål 1).
  func passiveShare(_ halfYear: Int) -> Double { clamp(passiveBase + drift(3, halfYear)) }
  /// Probability that a long-term recipient gets no follow-up jobsamtaler (fokusmål 2).
  func silentShare(_ halfYear: Int) -> Double { clamp(silentBase + drift(4, halfYear) / 2) }
  /// Under the 2025 reform (spells from 2026-07-01, SPEC 4.6): probability that a spell whose six-month
  /// date falls in `halfYear` gets the jobsamtaler its group requires (DP, KHJ, LY).
  func reformConversationPropensity(_ halfYear: Int) -> Double { clamp(reformConversationBase + drift(6, halfYear)) }
  /// Under the reform: probability that such a spell (DP, KHJ, UHU) has an eligible offer by D6.
  func reformOfferPropensity(_ halfYear: Int) -> Double { clamp(reformOfferBase + drift(7, halfYear)) }
  /// Under the reform: probability that the a-kasse holds its two jobsamtaler in a dagpenge spell's
  /// first three months.
  func akassePropensity(_ halfYear: Int) -> Double { clamp(akasseBase + drift(8, halfYear)) }
  /// Probability that a yearly fremdriftsvurdering is held.
  func reviewShare(_ halfYear: Int) -> Double { clamp(reviewBase + drift(5, halfYear)) }

  /// Mean number of new persons arriving in `state` in `month`.
  func arrivals(_ state: LifeState, in month: YearMonth) -> Double {
    Realism.states[state.rawValue].arrivalsPerMonth * arrivalFactor * Realism.seasonality[month.month - 1]
  }
}
