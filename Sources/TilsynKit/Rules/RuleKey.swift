/// The rule set's keys that hold one dated series of values for the whole rule set (SPEC 4): the
/// thresholds of sections 4.2–4.5, disclosure control, and the early-effort values that do not belong
/// to a regime. The early-effort measures themselves are defined per regime (`RegimeProperty`).
/// This list says what kind of value each key takes, so a broken file is caught at start with the
/// line named.
package enum RuleKey: String, CaseIterable, Sendable {
  // SPEC 3 and 4.6, the codes the reader accepts (on the period's last day; `CodeLists`).
  /// Target groups: open, any code of 1–8 letters, digits or `_` (the new main law's groups are data).
  case koderMaalgrupper = "koder.maalgrupper"
  case koderYdelser = "koder.ydelser"
  case koderTilbudstyper = "koder.tilbudstyper"
  case koderMarkeringer = "koder.markeringer"
  // SPEC 4.1 and 4.6, the early effort: values outside the regimes.
  /// Offer types that count, dated by the offer's own `start` (SPEC 4.6: the one exception to the
  /// month's regime).
  case tidligTilbudstyper = "tidlig.tilbudstyper"
  /// Months from a spell's start to its six-month date D6; month m is governed by the regime in force
  /// on the first day of month m minus this many months.
  case tidligMaanederTilSeksMaanedersdato = "tidlig.maaneder_til_d6"
  /// Consecutive months below the criterion that make a measure `under_kriteriet`.
  case tidligKriteriumMaaneder = "tidlig.kriterium_maaneder"
  // SPEC 4.2, skærpet tilsyn (LOB kap. 3 a).
  case skaerpetVindueMaaneder = "skaerpet.vindue_maaneder"
  case skaerpetAnciennitetMaaneder = "skaerpet.anciennitet_maaneder"
  case skaerpetAfbrydelseDage = "skaerpet.max_afbrydelse_dage"
  case skaerpetTimerMinimum = "skaerpet.timer_minimum"
  case skaerpetFokusmaalProcent = "skaerpet.fokusmaal_procent"
  case skaerpetOphaevetFra = "skaerpet.ophaevet_fra"
  // SPEC 4.3, Flere skal med gruppe 2 (the minister's letter of 7 May 2019).
  case fsm2Maaneder = "fsm2.maaneder"
  case fsm2BrevMinimum = "fsm2.brev_minimum"
  /// Whether the rehabiliteringsteam requirement the mayors' letters rest on is in force (on E).
  case fsm2RehabiliteringsteamKrav = "fsm2.rehabiliteringsteam_krav"
  // SPEC 4.4, the proposed fremdriftsgaranti.
  case fremdriftAnciennitetMaaneder = "fremdrift.anciennitet_maaneder"
  case fremdriftVindueMaaneder = "fremdrift.vindue_maaneder"
  case fremdriftKriteriumProcent = "fremdrift.kriterium_procent"
  case fremdriftMinimum = "fremdrift.minimum"
  // SPEC 4.5, the reform indicators.
  case indikatorFoertidspensionPer = "indikator.fp_pr_befolkning"
  case indikatorAfgangDage = "indikator.rf_afgang_dage"
  case indikatorAfgangTimerMinimum = "indikator.rf_afgang_timer_minimum"
  case indikatorFleksjobMaksTimer = "indikator.fleksjob_maks_timer"
  case indikatorProgressionTimer = "indikator.fleksjob_progression_timer"
  // SPEC 5, disclosure control.
  case diskretionMinimum = "diskretion.minimum"

  /// What kind of value the key takes.
  package var kind: RuleValueKind {
    switch self {
    case .koderMaalgrupper: return .openCodes
    case .koderYdelser: return .codes(Ydelse.codes)
    case .koderTilbudstyper, .tidligTilbudstyper: return .codes(Tilbudstype.codes)
    case .koderMarkeringer: return .codes(Markeringstype.codes)
    case .skaerpetOphaevetFra: return .date
    case .fsm2RehabiliteringsteamKrav: return .flag
    case .skaerpetTimerMinimum, .indikatorFleksjobMaksTimer, .indikatorProgressionTimer, .indikatorAfgangTimerMinimum,
      .skaerpetFokusmaalProcent, .fremdriftKriteriumProcent:
      return [.skaerpetFokusmaalProcent, .fremdriftKriteriumProcent].contains(self) ? .percent : .percentOrDecimal
    // Every window and seniority in months too: 0 months made an empty range and trapped the run —
    // skærpet tilsyn's lookback, then the fremdriftsgaranti's window (issue 14, both found by the
    // `rules` fuzz target).
    case .tidligKriteriumMaaneder, .tidligMaanederTilSeksMaanedersdato, .fsm2BrevMinimum, .fremdriftMinimum,
      .diskretionMinimum, .indikatorFoertidspensionPer, .skaerpetAnciennitetMaaneder, .skaerpetVindueMaaneder,
      .fremdriftAnciennitetMaaneder, .fremdriftVindueMaaneder, .fsm2Maaneder:
      return .positiveInteger
    default: return .integer
    }
  }
}

/// The kind of a rule's value.
package enum RuleValueKind: Sendable, Equatable {
  /// A whole number ≥ 0.
  case integer
  /// A whole number ≥ 1.
  case positiveInteger
  /// A decimal ≥ 0 (`37,5` or `37.5`).
  case percentOrDecimal
  /// A percentage above 0 and at most 100.
  case percent
  case date
  /// `ja` or `nej`.
  case flag
  /// Free text (a measure's name).
  case text
  /// One of these words.
  case choice([String])
  /// A comma-separated list of these codes.
  case codes([String])
  /// A comma-separated list of codes of 1–8 letters, digits or `_` (target groups).
  case openCodes
}

/// A rule's value, parsed.
package enum RuleValue: Sendable, Equatable {
  case integer(Int)
  case decimal(FixedDecimal)
  case date(Day)
  case flag(Bool)
  case text(String)
  case codes([String])
}
