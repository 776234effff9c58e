/// The letters from the AMK to each municipality that does not meet the early-effort criteria
/// (SPEC 5, DOMAIN "The early effort": dialogue and help, no redegørelse), filled from
/// `data/skabeloner/brev_tidlig_indsats.md`.
public enum EarlyEffortLetters {
  public static let templateName = "brev_tidlig_indsats.md"

  /// The placeholders the template may use.
  public static let placeholders = LetterContext.commonPlaceholders.union([
    "kriterier", "maanedstabel", "landsandel_samtale", "landsandel_tilbud", "antal_kommuner",
  ])

  /// One letter per municipality that is `opfylder_ikke`, in code order.
  public static func letters(
    _ summary: EarlyEffortSummary, template: LetterTemplate, context: LetterContext
  ) -> [(path: String, bytes: [UInt8])] {
    let national = EarlyEffortMeasure.allCases.map { measure in
      summary.nationalMonths(measure).reduce(GroupCount()) { GroupCount(cohort: $0.cohort + $1.count.cohort, met: $0.met + $1.count.met) }
    }
    return summary.opfylderIkke.map { result in
      var values = context.commonValues(result.kommune)
      let failed = EarlyEffortMeasure.allCases.filter { result.halfYear($0).status == .underKriteriet }
      values["kriterier"] = failed.map(EarlyEffortChapter.criterion).joined(separator: " og ")
      values["maanedstabel"] = monthTable(result, failed).text.trimmingTrailingNewline()
      values["landsandel_samtale"] = EarlyEffortTables.share(national[0].met, national[0].cohort)
      values["landsandel_tilbud"] = EarlyEffortTables.share(national[1].met, national[1].cohort)
      values["antal_kommuner"] = String(summary.opfylderIkke.count)
      return (LetterContext.path(folder: "tidlig_indsats", result.kommune), Array(template.render(values).utf8))
    }
  }

  private static func monthTable(_ result: KommuneEarlyEffort, _ measures: [EarlyEffortMeasure]) -> MarkdownTable {
    var table = MarkdownTable(header: ["Mål"] + result.period.months.map(PeriodText.shortMonth), rightAligned: Set(1...6))
    for measure in measures {
      table.append(
        [measure == .samtale ? "Jobsamtaler" : "Tilbud"]
          + (result.halfYear(measure).months ?? []).map { "\($0.met)/\($0.cohort) = \(EarlyEffortTables.share($0.met, $0.cohort))" })
    }
    return table
  }
}

extension String {
  func trimmingTrailingNewline() -> String { hasSuffix("\n") ? String(dropLast()) : self }
}
