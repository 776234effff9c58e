/// How the rule set's values read in Danish text (SPEC 4.1: every text, chart and letter states the
/// value in force). Every number a sentence states about a rule comes through here from the rules the
/// measures used, never from a literal.
enum RuleText {
  static let numberWords = ["nul", "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv"]

  /// A count in words up to twelve ("seks"), in digits above.
  static func number(_ value: Int) -> String {
    numberWords.indices.contains(value) ? numberWords[value] : String(value)
  }

  /// A Danish ordinal in words up to ten ("anden", "tredje"), then with digits ("11.").
  static func ordinal(_ value: Int) -> String {
    let words = ["første", "anden", "tredje", "fjerde", "femte", "sjette", "syvende", "ottende", "niende", "tiende"]
    return (1...words.count).contains(value) ? words[value - 1] : "\(value)."
  }

  /// "80 pct." (the criterion with its decimals, if any: "79,5 pct.").
  static func percent(_ value: FixedDecimal) -> String { DanishFormat.decimalTrimmed(value) + " pct." }

  /// The measure's criterion over the period: "80 pct.", or for a half-year that mixes regimes
  /// "80 pct. (juli–september 2026) og 75 pct. (oktober–december 2026)".
  static func criterion(_ measure: EarlyEffortMeasure, _ rules: EarlyEffortRules) -> String {
    describeByMonth(rules.months.compactMap { month in month.rules(for: measure).map { (month.month, $0.criterion) } }) {
      percent($0)
    }
  }

  /// The smallest assessable cohort over the period, like `criterion`: "10" or "10 (…) og 12 (…)".
  static func cohortMinimum(_ measure: EarlyEffortMeasure, _ rules: EarlyEffortRules) -> String {
    describeByMonth(rules.months.compactMap { month in month.rules(for: measure).map { (month.month, $0.cohortMinimum) } }) {
      String($0)
    }
  }

  /// The criteria of `measures`: "80 pct." when they agree, else "80 pct. for jobsamtaler og 75 pct.
  /// for tilbud".
  static func criteria(_ measures: [EarlyEffortMeasure], _ rules: EarlyEffortRules) -> String {
    perMeasure(measures) { criterion($0, rules) }
  }

  /// The cohort minimums of `measures`, joined like `criteria`.
  static func cohortMinimums(_ measures: [EarlyEffortMeasure], _ rules: EarlyEffortRules) -> String {
    perMeasure(measures) { cohortMinimum($0, rules) }
  }

  /// One text when every measure's is the same, else each with the measure's name.
  private static func perMeasure(_ measures: [EarlyEffortMeasure], _ text: (EarlyEffortMeasure) -> String) -> String {
    let texts = measures.map(text)
    if Set(texts).count <= 1 { return texts.first ?? "" }
    return zip(measures, texts).map { "\($1) for \($0.name)" }.joined(separator: " og ")
  }

  /// "de første seks måneder", from the rule set's months to D6.
  static func firstMonths(_ rules: EarlyEffortRules) -> String {
    "de første \(number(rules.monthsToSixMonthDate)) måneder"
  }

  /// "kriteriet om jobsamtaler i de første seks måneder".
  static func criterionName(_ measure: EarlyEffortMeasure, _ rules: EarlyEffortRules) -> String {
    "kriteriet om \(measure.name) i \(firstMonths(rules))"
  }

  /// Values by month, grouped into runs of equal values: "v" alone, or "v1 (m1–m2) og v2 (m3–m6)".
  static func describeByMonth<Value: Equatable>(
    _ values: [(month: YearMonth, value: Value)], _ text: (Value) -> String
  ) -> String {
    var runs: [(first: YearMonth, last: YearMonth, value: Value)] = []
    for (month, value) in values {
      if let last = runs.last, last.value == value, last.last.adding(months: 1) == month {
        runs[runs.count - 1].last = month
      } else {
        runs.append((month, month, value))
      }
    }
    if runs.count <= 1 || runs.dropFirst().allSatisfy({ $0.value == runs[0].value }) {
      return runs.first.map { text($0.value) } ?? ""
    }
    return runs.map { "\(text($0.value)) (\(monthRange($0.first, $0.last)))" }.joined(separator: " og ")
  }

  /// "juli 2026" or "juli–september 2026".
  static func monthRange(_ first: YearMonth, _ last: YearMonth) -> String {
    first == last
      ? PeriodText.month(first) : "\(PeriodText.monthNames[first.month - 1])–\(PeriodText.month(last))"
  }

  /// A talk requirement in words: "mindst 2 jobsamtaler holdt af jobcenter eller fælles fra start + 3
  /// måneder til D6".
  static func talks(_ requirement: TalkRequirement, sixMonths: Int) -> String {
    let holders = AfholdtAf.allCases.filter { requirement.holders.contains($0) }.map(holderName)
    let opens = requirement.fromMonths == 0 ? "start" : "start + \(requirement.fromMonths) mdr."
    let closes = requirement.toMonths == sixMonths ? "D6" : "start + \(requirement.toMonths) mdr."
    return "mindst \(requirement.count) jobsamtaler på forskellige datoer, holdt af "
      + holders.joined(separator: " eller ") + ", i [\(opens), \(closes)]"
  }

  /// An offer requirement in words.
  static func offer(_ requirement: OfferRequirement) -> String {
    "et tilbud af en type, der tæller på sin startdato, startet i [start, D6] og på mindst "
      + "\(requirement.minimumDays) dage; et løntilskud bevilget i [start, D6] tæller også, når det starter senest "
      + "\(requirement.graceDays) dage efter D6"
  }

  static func holderName(_ holder: AfholdtAf) -> String {
    switch holder {
    case .jobcenter: return "jobcentret"
    case .akasse: return "a-kassen"
    case .faelles: return "jobcentret og a-kassen i fællesskab"
    }
  }

  /// A measure's requirement in one month, per target group where it differs: "DP: …; KHJ, LY: …".
  static func requirement(_ rules: MeasureMonthRules, sixMonths: Int) -> String {
    if let requirement = rules.offer { return offer(requirement) }
    var byText: [(text: String, groups: [Maalgruppe])] = []
    for group in rules.orderedGroups {
      guard let requirement = rules.talks[group] else { continue }
      let text = talks(requirement, sixMonths: sixMonths)
      if let index = byText.firstIndex(where: { $0.text == text }) {
        byText[index].groups.append(group)
      } else {
        byText.append((text, [group]))
      }
    }
    if byText.count == 1 { return byText[0].text }
    return byText.map { "\($0.groups.map(\.rawValue).joined(separator: ", ")): \($0.text)" }.joined(separator: "; ")
  }
}

extension String {
  /// The text with its first letter in upper case ("jobsamtaler" → "Jobsamtaler").
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
