/// `historik.csv` (issue 15; SPEC 4.1): every follow-up found under `<reports>` up to this one, per
/// municipality and measure: the status and the half-year's cohort, met and share (summed over the
/// months), and per municipality the overall status (`maal` = `samlet`, counts empty). Sorted by
/// municipality, measure, period; a measure a period did not have has no row for it.
enum EarlyEffortHistoryTable {
  static func csv(_ summary: EarlyEffortSummary) -> ExcelCSV {
    var csv = ExcelCSV(header: ["kommune", "kommunenavn", "maal", "periode", "status", "kohorte", "opfyldt", "andel"])
    let earlier = summary.history.followUps
    for result in summary.kommuner {
      let code = result.kommune.code
      let name = [result.kommune.codeText, result.kommune.name]
      for measure in summary.measures {
        for followUp in earlier {
          guard let status = followUp.statuses[code]?.measures[measure.id] else { continue }
          csv.appendRow(name + [measure.id, followUp.period.description, status.rawValue] + counts(followUp.halfYears[code]?[measure.id]))
        }
        let halfYear = result.halfYear(measure)
        guard halfYear.status != .ikkeGaeldende else { continue }
        let total = halfYear.months.map { months in
          GroupCount(cohort: months.reduce(0) { $0 + $1.cohort }, met: months.reduce(0) { $0 + $1.met })
        }
        csv.appendRow(name + [measure.id, result.period.description, halfYear.status.rawValue] + counts(total))
      }
      for followUp in earlier {
        guard let status = followUp.statuses[code]?.overall else { continue }
        csv.appendRow(name + ["samlet", followUp.period.description, status.rawValue, "", "", ""])
      }
      csv.appendRow(name + ["samlet", result.period.description, result.overall.rawValue, "", "", ""])
    }
    return csv
  }

  private static func counts(_ count: GroupCount?) -> [String] {
    guard let count else { return ["", "", ""] }
    return [String(count.cohort), String(count.met), EarlyEffortTables.share(count.met, count.cohort)]
  }
}
