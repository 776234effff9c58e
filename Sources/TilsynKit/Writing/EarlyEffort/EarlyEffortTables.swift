/// The early-effort CSV outputs (SPEC 5): `tidlig_indsats_maaneder.csv`, `tidlig_indsats_kommuner.csv`
/// and `tidlig_indsats_maalgrupper.csv`, for every measure of the rule set. Shares are percentages
/// with one decimal, rounded half away from zero; where a measure is `mangler_data` its counts and
/// shares are empty, never 0. No column name carries a threshold: the criterion of each month is a
/// column of its own.
enum EarlyEffortTables {
  /// One row per municipality × measure × month whose regime has the measure (SPEC 4.6: months of a
  /// regime without it have no rows), with the month's criterion (percent) and regime.
  static func months(_ summary: EarlyEffortSummary) -> ExcelCSV {
    var csv = ExcelCSV(header: [
      "kommune", "kommunenavn", "amk", "maaned", "maal", "kohorte", "opfyldt", "andel", "vurderbar", "kriterium", "regime",
    ])
    for result in summary.kommuner {
      let kommune = result.kommune
      for measure in summary.measures {
        let halfYear = result.halfYear(measure)
        for (index, setting) in halfYear.settings.enumerated() {
          let counts: [String]
          if let month = halfYear.months?[index] {
            counts = [
              String(month.cohort), String(month.met), share(month.met, month.cohort), month.isAssessable ? "ja" : "nej",
            ]
          } else {
            counts = ["", "", "", ""]
          }
          csv.appendRow(
            [kommune.codeText, kommune.name, kommune.amk, setting.month.description, measure.id] + counts
              + [DanishFormat.decimalTrimmed(setting.criterion), setting.regime])
        }
      }
    }
    return csv
  }

  /// One row per municipality: per measure its status, assessable months below the criterion, lowest
  /// and highest monthly share; the overall status; and its change on the list since last time.
  static func kommuner(_ summary: EarlyEffortSummary) -> ExcelCSV {
    var header = ["kommune", "kommunenavn", "amk"]
    for measure in summary.measures {
      let m = measure.id
      header += ["status_\(m)", "maaneder_under_kriteriet_\(m)", "laveste_andel_\(m)", "hoejeste_andel_\(m)"]
    }
    header += ["status", "forrige_status", "aendring", "i_traek"]
    var csv = ExcelCSV(header: header)
    for result in summary.kommuner {
      var row = [result.kommune.codeText, result.kommune.name, result.kommune.amk]
      for measure in summary.measures {
        let year = result.halfYear(measure)
        row += [
          year.status.rawValue, year.monthsBelowCriterion.map(String.init) ?? "",
          year.lowest.map { share($0.met, $0.cohort) } ?? "", year.highest.map { share($0.met, $0.cohort) } ?? "",
        ]
      }
      let before = summary.previous?.statuses[result.kommune.code]
      row += [
        result.overall.rawValue, before?.overall.rawValue ?? "", summary.change(result).rawValue,
        summary.streak(result).map(String.init) ?? "",
      ]
      csv.appendRow(row)
    }
    return csv
  }

  /// The target-group breakdown: the nation first (`kommune` empty, `Hele landet`), then each
  /// municipality; cohort and met over the half-year per measure and target group.
  static func targetGroups(_ summary: EarlyEffortSummary) -> ExcelCSV {
    var csv = ExcelCSV(header: ["kommune", "kommunenavn", "maal", "maalgruppe", "kohorte", "opfyldt", "andel"])
    for measure in summary.measures {
      for (group, count) in summary.nationalGroups(measure) {
        csv.appendRow(["", "Hele landet", measure.id, group.rawValue, String(count.cohort), String(count.met), share(count.met, count.cohort)])
      }
    }
    for result in summary.kommuner {
      for measure in summary.measures {
        guard let groups = result.groups(measure) else { continue }
        for group in summary.rules.targetGroups {
          guard let count = groups[group] else { continue }
          csv.appendRow([
            result.kommune.codeText, result.kommune.name, measure.id, group.rawValue, String(count.cohort),
            String(count.met), share(count.met, count.cohort),
          ])
        }
      }
    }
    return csv
  }

  /// A share in percent with one decimal, or empty when there is no denominator.
  static func share(_ met: Int, _ cohort: Int) -> String {
    cohort > 0 ? DanishFormat.percent(met, cohort) : ""
  }
}
