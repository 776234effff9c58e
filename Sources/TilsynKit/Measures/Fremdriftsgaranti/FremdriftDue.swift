/// Who is *due* a fremdriftsvurdering at E (SPEC 4.4): persons whose `forloeb` covering E is `KHA`
/// (aktivitetsparat kontanthjælp; when several spells cover E, the one `CoveringSpell` picks) and
/// whose public-support seniority at E (SPEC 4.2, `PublicSupport.stretchStart` with the 28-day gap
/// rule) is at least 12 months: the stretch covering E started on or before E − 12 months.
struct FremdriftDue: Sendable {
  let thresholds: FremdriftThresholds
  private let spells: PersonGroups<Forloeb>
  private let benefits: PersonGroups<Ydelsesperiode>

  init(spells: PersonGroups<Forloeb>, benefits: PersonGroups<Ydelsesperiode>, thresholds: FremdriftThresholds) {
    self.thresholds = thresholds
    self.spells = spells
    self.benefits = benefits
  }

  /// Whether `person` is due at `e`.
  func isDue(_ person: PersonIndex, at e: Day) -> Bool {
    guard CoveringSpell.on(e, among: spells[person])?.maalgruppe == .kontanthjaelpAktivitetsparat,
      let start = PublicSupport(ordered: benefits[person])
        .stretchStart(coveringDay: e, maximumGap: thresholds.maximumGapDays)
    else { return false }
    return start <= thresholds.latestStretchStart(at: e)
  }
}
