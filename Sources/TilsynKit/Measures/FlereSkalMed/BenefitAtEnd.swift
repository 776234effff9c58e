/// Where a gruppe-2 citizen stands at E, by their *benefit at E* (SPEC 4.3): the `ydelser` spell
/// covering E, chosen by `CoveringSpell` when several do (latest `fra`, then latest `til` with an
/// empty `til` latest, then the SPEC 3.5 order). The four outcomes are exhaustive and exclusive, so
/// `skiftet_ydelse` + `fortsat_kontanthjaelp` + `afgaaet` + `anden_ydelse` = `i_gruppe2`.
enum BenefitAtEnd: String, Sendable, CaseIterable {
  /// On ressourceforløb, jobafklaringsforløb, ledighedsydelse, fleksjob or førtidspension: the
  /// benefits gruppe 2 was headed for.
  case skiftetYdelse = "skiftet_ydelse"
  /// Still on kontanthjælp, uddannelseshjælp or overgangsydelse.
  case fortsatKontanthjaelp = "fortsat_kontanthjaelp"
  /// No spell covers E.
  case afgaaet = "afgaaet"
  /// On dagpenge, sygedagpenge or revalidering.
  case andenYdelse = "anden_ydelse"

  /// The outcome of a benefit (SPEC 4.3's lists); `nil` = no benefit at E.
  init(_ ydelse: Ydelse?) {
    switch ydelse {
    case nil: self = .afgaaet
    case .ressourceforloeb, .jobafklaring, .ledighedsydelse, .fleksjob, .foertidspension: self = .skiftetYdelse
    case .kontanthjaelp, .uddannelseshjaelp, .overgangsydelse: self = .fortsatKontanthjaelp
    case .dagpenge, .sygedagpenge, .revalidering: self = .andenYdelse
    }
  }

  /// The outcome of `person`, whose spells are among `spells`, at `e`.
  static func at(_ e: Day, of person: PersonIndex, in spells: PersonGroups<Ydelsesperiode>) -> BenefitAtEnd {
    BenefitAtEnd(CoveringSpell.on(e, among: spells[person])?.ydelse)
  }
}
