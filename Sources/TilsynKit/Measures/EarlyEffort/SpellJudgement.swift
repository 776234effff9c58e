/// How one early-effort rule judged one cohort spell (SPEC 4.1, 5.2): met or not, what it rested on,
/// and for a spell not met the reason. The counts (`MonthlyShare.met`) and the case lists
/// (`sager/tidlig_indsats.csv`, `tilsyn forklar`) are both made from these, one judgement per spell
/// and measure, so they cannot disagree.
struct SpellJudgement: Sendable, Equatable {
  /// The reason the spell did not meet the measure; `nil` when it did.
  let reason: NotMetReason?
  /// Talk measures: the distinct dates of the talks that counted, in date order (at most the
  /// required number: the rule stops looking once it has enough). Empty for the offer measure.
  let talkDates: [Day]
  /// Offer measure: the offer that counted, or else the nearest one that did not (see `TilbudRule`);
  /// `nil` when there was none to show.
  let offer: Tilbud?

  var isMet: Bool { reason == nil }

  init(reason: NotMetReason?, talkDates: [Day] = [], offer: Tilbud? = nil) {
    self.reason = reason
    self.talkDates = talkDates
    self.offer = offer
  }
}

/// Why a cohort spell did not meet an early-effort measure (SPEC 5.2; the codes of `aarsag` in
/// `sager/tidlig_indsats.csv` and `tidlig_indsats_aarsager.csv`, README "Case lists"). For the offer
/// measure the reason is that of the nearest offer (`TilbudRule`): an offer in the window that failed
/// on its length or type comes before one that started after D6.
enum NotMetReason: String, Sendable, Equatable, CaseIterable, Comparable {
  /// Fewer distinct dates with a counting talk in the window than required.
  case forFaaSamtaler = "for_faa_samtaler"
  /// No offer started from the spell's start up to D6 (nor a wage subsidy in the grace period), and
  /// none later either.
  case intetTilbud = "intet_tilbud"
  /// An offer of a counting type started in the window but lasted under the minimum (14 days).
  case tilbudForKort = "tilbud_for_kort"
  /// An offer started in the window, but of a type that does not count on its start date (`andet`;
  /// `vejledning` from 2023-03-22 to 2026-06-30).
  case tilbudstypeTaellerIkke = "tilbudstype_taeller_ikke"
  /// A wage subsidy that started within the grace period after D6, but was not granted (`bevilget`)
  /// between the spell's start and D6.
  case bevilgetUdenforVinduet = "bevilget_uden_for_vinduet"
  /// The first offer started after D6 (and is not a wage subsidy granted in time that started within
  /// the grace period).
  case tilbudStartetForSent = "tilbud_startet_for_sent"

  /// In Danish, for a count: "27 af 41 havde intet tilbud".
  var danish: String {
    switch self {
    case .forFaaSamtaler: "havde for få jobsamtaler"
    case .intetTilbud: "havde intet tilbud"
    case .tilbudForKort: "havde et tilbud, der var for kort"
    case .tilbudstypeTaellerIkke: "havde kun et tilbud af en type, der ikke tæller"
    case .bevilgetUdenforVinduet: "havde løntilskud bevilget uden for perioden"
    case .tilbudStartetForSent: "fik først tilbud efter fristen"
    }
  }

  static func < (lhs: NotMetReason, rhs: NotMetReason) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

/// A cohort spell with its judgement under one measure in one month.
struct JudgedSpell: Sendable, Equatable {
  let spell: CohortSpell
  let judgement: SpellJudgement
}
