extension Explanation {
  /// Explains `extract` (one municipality's tables) in `period`: computes its early effort with the
  /// production code and, for a person, asks the same rules how they saw each conversation and
  /// offer (`SamtaleRule.verdicts`, `TilbudRule.verdicts`).
  package init(
    extract: KommuneExtract, period: Period, rules: EarlyEffortRules, history: EarlyEffortHistory,
    measureID: String? = nil, personID: String? = nil
  ) throws(ExplanationError) {
    let tables = PersonTables(extract)
    let result = KommuneEarlyEffort(extract, period: period, rules: rules, tables: tables)
    kommune = extract.kommune
    self.period = period
    ruleSetVersion = rules.version
    overall = result.overall
    streak = history.streak(kommune: extract.kommune.code, overall: result.overall, period: period)
    let sixMonths = rules.monthsToSixMonthDate
    measures = result.results.map { measureResult in
      MeasureExplanation(
        measure: measureResult.measure, halfYear: measureResult.halfYear,
        requirements: rules.months.compactMap { month in
          month.rules(for: measureResult.measure).map { RuleText.requirement($0, sixMonths: sixMonths) }
        },
        reasons: measureResult.reasons)
    }
    if let measureID {
      guard let chosen = result.results.first(where: { $0.measure.id == measureID }) else {
        throw .unknownMeasure(measureID, known: result.results.map(\.measure.id))
      }
      cases = Self.notMet(chosen, persons: extract.persons)
    } else {
      cases = nil
    }
    if let personID {
      guard let index = Self.index(of: personID, in: extract.persons) else {
        throw .unknownPerson(personID, kommune: extract.kommune.name)
      }
      person = PersonExplanation(
        id: personID, rows: Self.timeline(index, extract),
        judgements: Self.judgements(index, result: result, rules: rules, tables: tables))
    } else {
      person = nil
    }
  }

  /// The not-met spells of one measure, month by month, in extract order.
  private static func notMet(_ result: KommuneEarlyEffort.MeasureResult, persons: PersonRegistry) -> [CaseLine] {
    guard let cases = result.cases, let months = result.halfYear.months else { return [] }
    return zip(months, cases).flatMap { month, judged in
      judged.filter { !$0.judgement.isMet }.map {
        CaseLine(measure: result.measure, month: month.month, personID: persons.id(of: $0.spell.spell.person), judged: $0)
      }
    }
  }

  /// The person's interned index, looked up without adding the id.
  private static func index(of id: String, in persons: PersonRegistry) -> PersonIndex? {
    (0..<persons.count).lazy.map { PersonIndex(Int32($0)) }.first { persons.id(of: $0) == id }
  }

  /// Every row of the person in the six tables, by date, then table order.
  private static func timeline(_ person: PersonIndex, _ extract: KommuneExtract) -> [TimelineRow] {
    func span(_ from: Day, _ to: Day?) -> String { "\(from.danish)–\(to?.danish ?? "")" }
    var rows: [TimelineRow] = []
    for f in extract.forloeb ?? [] where f.person == person {
      rows.append(.init(table: .forloeb, day: f.start, text: "målgruppe \(f.maalgruppe.rawValue) \(span(f.start, f.slut))"))
    }
    for s in extract.samtaler ?? [] where s.person == person {
      rows.append(.init(table: .samtaler, day: s.dato, text: "\(s.type.rawValue), holdt af \(s.afholdtAf.rawValue)"))
    }
    for t in extract.tilbud ?? [] where t.person == person {
      rows.append(.init(table: .tilbud, day: t.start, text: CaseText.offer(t)))
    }
    for y in extract.ydelser ?? [] where y.person == person {
      rows.append(.init(table: .ydelser, day: y.fra, text: "\(y.ydelse.rawValue) \(span(y.fra, y.til))"))
    }
    for h in extract.timer ?? [] where h.person == person {
      rows.append(.init(table: .timer, day: h.maaned.firstDay, text: "\(h.maaned): \(DanishFormat.decimal(h.timer, places: 1)) timer"))
    }
    for m in extract.markeringer ?? [] where m.person == person {
      rows.append(.init(table: .markeringer, day: m.fra, text: "\(m.type.rawValue) \(span(m.fra, m.til))"))
    }
    return rows.enumerated().sorted { a, b in
      (a.element.day, a.element.table, a.offset) < (b.element.day, b.element.table, b.offset)
    }.map(\.element)
  }

  /// Each of the person's cohort spells, per measure and month, with the rules' view of every
  /// conversation or offer.
  private static func judgements(
    _ person: PersonIndex, result: KommuneEarlyEffort, rules: EarlyEffortRules, tables: PersonTables
  ) -> [PersonJudgement] {
    let samtale = tables.samtaler.map { SamtaleRule(conversations: $0) }
    let tilbud = tables.tilbud.map { TilbudRule(rules: rules, offers: $0) }
    var judgements: [PersonJudgement] = []
    for measureResult in result.results {
      guard let cases = measureResult.cases, let months = measureResult.halfYear.months else { continue }
      for (month, judged) in zip(months, cases) {
        guard let monthRules = rules.months.first(where: { $0.month == month.month })?.rules(for: measureResult.measure)
        else { continue }
        for spell in judged where spell.spell.spell.person == person {
          let group = spell.spell.spell.maalgruppe
          let talks = monthRules.talks[group].flatMap { requirement in samtale?.verdicts(spell.spell, requirement) } ?? []
          let offers = monthRules.offer.flatMap { requirement in tilbud?.verdicts(spell.spell, requirement) } ?? []
          judgements.append(
            PersonJudgement(
              measure: measureResult.measure, month: month.month,
              requirement: RuleText.compactRequirement(monthRules, group: group), judged: spell, talks: talks,
              offers: offers))
        }
      }
    }
    return judgements
  }
}
