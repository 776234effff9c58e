/// Where a simulated person is: in a target group of the jobcenter (a `forloeb` spell with the
/// matching benefit), or on fleksjob or førtidspension (a benefit with no target-group spell).
enum LifeState: Int, CaseIterable {
  case dp, khj, kha, uhu, uha, sdp, jaf, rf, ly, rev, ovg, fj, fp

  /// The `forloeb.maalgruppe` of the state; `nil` for fleksjob and førtidspension.
  var maalgruppe: Maalgruppe? {
    switch self {
    case .dp: .dagpenge
    case .khj: .kontanthjaelpJobparat
    case .kha: .kontanthjaelpAktivitetsparat
    case .uhu: .uddannelseshjaelpUddannelsesparat
    case .uha: .uddannelseshjaelpAktivitetsparat
    case .sdp: .sygedagpenge
    case .jaf: .jobafklaring
    case .rf: .ressourceforloeb
    case .ly: .ledighedsydelse
    case .rev: .revalidering
    case .ovg: .overgangsydelse
    case .fj, .fp: nil
    }
  }

  /// The benefit paid in the state (SPEC 3.5): DP→DP, KHJ/KHA→KH, UHU/UHA→UH, RF→RF, …
  var ydelse: Ydelse {
    switch self {
    case .dp: .dagpenge
    case .khj, .kha: .kontanthjaelp
    case .uhu, .uha: .uddannelseshjaelp
    case .sdp: .sygedagpenge
    case .jaf: .jobafklaring
    case .rf: .ressourceforloeb
    case .ly: .ledighedsydelse
    case .rev: .revalidering
    case .ovg: .overgangsydelse
    case .fj: .fleksjob
    case .fp: .foertidspension
    }
  }

  /// In the early-effort cohorts of SPEC 4.1 (every target group but sygedagpenge).
  var isEarlyEffortGroup: Bool { maalgruppe != nil && self != .sdp }

  /// Covered by the offer measure of SPEC 4.1 (dagpenge, kontanthjælp, uddannelseshjælp, overgangsydelse),
  /// before the 2025 reform.
  var isOfferMeasureGroup: Bool {
    switch self {
    case .dp, .khj, .kha, .uhu, .uha, .ovg: true
    default: false
    }
  }

  /// The jobsamtaler held by the jobcenter (or jointly) that the 2025 reform requires in the first
  /// six months (SPEC 4.6; lov nr. 1750 af 29/12/2025): dagpenge 2 (from start + 3 months), jobparat
  /// kontanthjælp and ledighedsydelse 4; `nil` for the groups it no longer measures.
  var reformRequiredConversations: Int? {
    switch self {
    case .dp: Realism.reformConversations.dagpenge
    case .khj, .ly: Realism.reformConversations.others
    default: nil
    }
  }

  /// Covered by the 2025 reform's offer measure (SPEC 4.6: dagpenge, jobparat kontanthjælp,
  /// uddannelsesparat uddannelseshjælp).
  var isReformOfferMeasureGroup: Bool {
    switch self {
    case .dp, .khj, .uhu: true
    default: false
    }
  }

  /// Whether a move from `self` to `next` is administrative and seamless (no gap): a new visitation
  /// on the same benefit, sygedagpenge running into jobafklaring, fleksjob and ledighedsydelse.
  func movesSeamlessly(to next: LifeState) -> Bool {
    if ydelse == next.ydelse { return self != next }
    switch (self, next) {
    case (.sdp, .jaf), (.jaf, .rf), (.ly, .fj), (.fj, .ly), (.rf, .ly), (.rf, .fj), (.kha, .rf), (.uha, .rf): return true
    default: return false
    }
  }
}

/// What follows a spell: another state, ordinary work, or leaving the extract's population
/// (education, moving away, pension, a partner's income).
enum NextStep {
  case state(LifeState)
  case work
  case out
}
