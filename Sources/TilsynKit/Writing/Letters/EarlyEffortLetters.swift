/// The letters from the AMK to each municipality that does not meet the early-effort criteria
/// (SPEC 5, DOMAIN "The early effort": dialogue and help, no redegørelse), filled from
/// `data/skabeloner/brev_tidlig_indsats.md`. Only measures that flag enter a letter (SPEC 4.6: never
/// the a-kasse measure); every threshold it states is the rule set's for the period.
public enum EarlyEffortLetters {
  public static let templateName = "brev_tidlig_indsats.md"

  /// The placeholders the template may use.
  public static let placeholders = LetterContext.commonPlaceholders.union([
    "kriterier", "maanedstabel", "landsandele", "antal_kommuner", "kriterium", "kriterium_maaneder",
    "kohorte_minimum", "anciennitet", "de_foerste_maaneder",
  ])

  /// One letter per municipality that is `opfylder_ikke`, in code order.
  public static func letters(
    _ summary: EarlyEffortSummary, template: LetterTemplate, context: LetterContext
  ) -> [(path: String, bytes: [UInt8])] {
    let rules = summary.rules
    let national = summary.flaggingMeasures.map { measure in
      let total = summary.nationalTotal(measure)
      return "\(EarlyEffortTables.share(total.met, total.cohort)) pct. for \(measure.name)"
    }
    return summary.opfylderIkke.map { result in
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
      values["antal_kommuner"] = String(summary.opfylderIkke.count)
      return (LetterContext.path(folder: "tidlig_indsats", result.kommune), Array(template.render(values).utf8))
    }
  }

  private static func monthTable(
    _ result: KommuneEarlyEffort, _ measures: [EarlyEffortMeasure], _ rules: EarlyEffortRules
  ) -> MarkdownTable {
    let months = rules.months.map(\.month)
    var table = MarkdownTable(
      header: ["Mål"] + months.map(PeriodText.shortMonth), rightAligned: Set(1...months.count))
    for measure in measures {
      let shares = result.halfYear(measure).months ?? []
      table.append(
        [measure.name.capitalizedFirst]
          + months.map { month in
            shares.first { $0.month == month }.map { "\($0.met)/\($0.cohort) = \(EarlyEffortTables.share($0.met, $0.cohort))" }
              ?? ""
          })
    }
    return table
  }
}

extension String {
  func trimmingTrailingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
