/// Every rule and threshold of SPEC section 4, as named in the rule-set file `data/regler/`.
/// The file holds the values and their validity dates; this list says what kind of value each key
/// takes, so a broken file is caught at start with the line named.
public enum RuleKey: String, CaseIterable, Sendable {
  // SPEC 4.1, the early effort (LAB §§ 31 and 102, STAR's follow-up).
  case tidligMaalgrupperSamtale = "tidlig.samtale.maalgrupper"
  case tidligSamtalerKrav = "tidlig.samtale.krav"
  case tidligSamtalerKravDagpenge = "tidlig.samtale.krav_dagpenge"
  case tidligSamtaleAfholdtAf = "tidlig.samtale.afholdt_af"
  case tidligMaalgrupperTilbud = "tidlig.tilbud.maalgrupper"
  case tidligTilbudTyper = "tidlig.tilbud.typer"
  case tidligTilbudMinimumDage = "tidlig.tilbud.minimum_dage"
  case tidligLoentilskudFristDage = "tidlig.tilbud.loentilskud_frist_dage"
  case tidligMaanederTilSeksMaanedersdato = "tidlig.maaneder_til_d6"
  case tidligKohorteMinimum = "tidlig.kohorte_minimum"
  case tidligKriteriumProcent = "tidlig.kriterium_procent"
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
  public var kind: RuleValueKind {
    switch self {
    case .tidligMaalgrupperSamtale, .tidligMaalgrupperTilbud: return .codes(Maalgruppe.codes)
    case .tidligSamtaleAfholdtAf: return .codes(AfholdtAf.codes)
    case .tidligTilbudTyper: return .codes(Tilbudstype.codes)
    case .skaerpetOphaevetFra: return .date
    case .skaerpetTimerMinimum, .indikatorFleksjobMaksTimer, .indikatorProgressionTimer, .indikatorAfgangTimerMinimum,
      .tidligKriteriumProcent, .skaerpetFokusmaalProcent, .fremdriftKriteriumProcent:
      return .decimal
    default: return .integer
    }
  }
}

/// The kind of a rule's value.
public enum RuleValueKind: Sendable, Equatable {
  case integer
  case decimal
  case date
  /// A comma-separated list of these codes.
  case codes([String])
}

/// A rule's value, parsed.
public enum RuleValue: Sendable, Equatable {
  case integer(Int)
  case decimal(FixedDecimal)
  case date(Day)
  case codes([String])
}
