/// The letters from the AMK to each municipality that does not meet the early-effort criteria
/// (SPEC 5, DOMAIN "The early effort": dialogue and help, no redegørelse), filled from
/// `data/skabeloner/brev_tidlig_indsats.md`. Only measures that flag enter a letter (SPEC 4.6: never
/// the a-kasse measure); every threshold it states is the rule set's for the period.
package enum EarlyEffortLetters {
  package static let templateName = "brev_tidlig_indsats.md"

  /// The placeholders the template may use.
  package static let placeholders = LetterContext.commonPlaceholders.union([
    "kriterier", "maanedstabel", "landsandele", "antal_kommuner", "kriterium", "kriterium_maaneder",
    "kohorte_minimum", "anciennitet", "de_foerste_maaneder", "i_traek", "aarsager",
  ])

  /// One letter per municipality that is `opfylder_ikke`, in code order, as Markdown and Word.
  static func letters(
    _ summary: EarlyEffortSummary, template: LetterTemplate, context: LetterContext
  ) -> [(path: String, bytes: [UInt8])] {
    let rules = summary.rules
    let national = summary.flaggingMeasures.map { measure in
      let total = summary.nationalTotal(measure)
      return "\(LetterFormat.share(total.met, total.cohort)) pct. for \(measure.name)"
    }
    return summary.opfylderIkke.flatMap { result in
      var values = context.commonValues(result.kommune)
      let failed = result.failedMeasures
      values["kriterier"] = failed.map { RuleText.criterionName($0, rules) }.joined(separator: " og ")
      values["kriterium"] = RuleText.criteria(failed, rules)
      values["kohorte_minimum"] = RuleText.cohortMinimums(failed, rules)
      values["kriterium_maaneder"] = RuleText.number(rules.consecutiveMonthsBelow)
      values["anciennitet"] = RuleText.number(rules.monthsToSixMonthDate)
      values["de_foerste_maaneder"] = RuleText.firstMonths(rules)
      values["maanedstabel"] = monthTable(result, failed, rules).text.trimmingTrailingNewline()
      values["landsandele"] = national.joined(separator: " og ")
      values["antal_kommuner"] = LetterFormat.count(summary.opfylderIkke.count)
      values["i_traek"] = streakSentence(summary.streak(result))
      values["aarsager"] = failed.map { measure in
        "\(measure.name.capitalizedFirst): \(ReasonText.sentence(result.result(measure)?.reasons))."
      }.joined(separator: " ")
      return LetterFiles.files(
        markdownPath: LetterContext.path(folder: "tidlig_indsats", result.kommune), letter: template.render(values))
    }
  }

  /// SPEC 4.1 streak in the letter: " Det er tredje opfølgning i træk, hvor kommunen ikke opfylder
  /// kriterierne." (with its leading space, after the sentence before it); empty the first time.
  static func streakSentence(_ streak: Int?) -> String {
    guard let streak, streak >= 2 else { return "" }
    return " Det er \(RuleText.ordinal(streak)) opfølgning i træk, hvor kommunen ikke opfylder kriterierne."
  }

  /// The municipality's months, one row per month and failing measure: the citizens who reached
  /// the six-month date, how many got what the law requires, the share, and whether the month was
  /// under the month's criterion (or had too few citizens to be assessed).
  static func monthTable(
    _ result: KommuneEarlyEffort, _ measures: [EarlyEffortMeasure], _ rules: EarlyEffortRules
  ) -> MarkdownTable {
    var table = MarkdownTable(
      header: ["Måned", "Mål", "Borgere", "Heraf opfyldt", "Andel", "Under kriteriet"], rightAligned: [2, 3, 4])
    for month in rules.months.map(\.month) {
      for measure in measures {
        guard let share = result.halfYear(measure).months?.first(where: { $0.month == month }) else { continue }
        let below = !share.isAssessable ? "for få borgere" : share.isBelowCriterion ? "ja" : "nej"
        table.append([
          PeriodText.month(month).capitalizedFirst, measure.name.capitalizedFirst, LetterFormat.count(share.cohort),
          LetterFormat.count(share.met), LetterFormat.shareCell(share.met, share.cohort), below,
        ])
      }
    }
    return table
  }
}

extension String {
  func trimmingTrailingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
