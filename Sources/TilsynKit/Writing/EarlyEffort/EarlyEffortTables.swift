/// The early-effort CSV outputs (SPEC 5): `tidlig_indsats_maaneder.csv`, `tidlig_indsats_kommuner.csv`
/// and `tidlig_indsats_maalgrupper.csv`. Shares are percentages with one decimal, rounded half away
/// from zero; where a measure is `mangler_data` its counts and shares are empty, never 0.
public enum EarlyEffortTables {
  /// One row per municipality × measure × month.
  public static func months(_ results: [KommuneEarlyEffort]) -> ExcelCSV {
    var csv = ExcelCSV(header: ["kommune", "kommunenavn", "amk", "maaned", "maal", "kohorte", "opfyldt", "andel", "vurderbar"])
    for result in results {
      for measure in EarlyEffortMeasure.allCases {
        let kommune = result.kommune
        if let months = result.halfYear(measure).months {
          for month in months {
            csv.appendRow([
              kommune.codeText, kommune.name, kommune.amk, month.month.description, measure.rawValue,
              String(month.cohort), String(month.met), share(month.met, month.cohort), month.isAssessable ? "ja" : "nej",
            ])
          }
        } else {
          for month in result.period.months {
            csv.appendRow([kommune.codeText, kommune.name, kommune.amk, month.description, measure.rawValue, "", "", "", ""])
          }
        }
      }
    }
    return csv
  }

  /// One row per municipality: per measure its status, assessable months below 80 %, lowest and
  /// highest monthly share; the overall status; and its change on the list since last time.
  public static func kommuner(_ summary: EarlyEffortSummary) -> ExcelCSV {
    let results = summary.kommuner
    var header = ["kommune", "kommunenavn", "amk"]
    for measure in EarlyEffortMeasure.allCases {
      let m = measure.rawValue
      header += ["status_\(m)", "maaneder_under_80_\(m)", "laveste_andel_\(m)", "hoejeste_andel_\(m)"]
    }
    header += ["status", "forrige_status", "aendring"]
    var csv = ExcelCSV(header: header)
    for result in results {
      var row = [result.kommune.codeText, result.kommune.name, result.kommune.amk]
      for measure in EarlyEffortMeasure.allCases {
        let year = result.halfYear(measure)
        row += [
          year.status.rawValue, year.monthsBelowCriterion.map(String.init) ?? "",
          year.lowest.map { share($0.met, $0.cohort) } ?? "", year.highest.map { share($0.met, $0.cohort) } ?? "",
        ]
      }
      let before = summary.previous?.statuses[result.kommune.code]
      row += [result.overall.rawValue, before?.overall.rawValue ?? "", summary.change(result).rawValue]
      csv.appendRow(row)
    }
    return csv
  }

  /// The target-group breakdown: the nation first (`kommune` empty, `Hele landet`), then each
  /// municipality; cohort and met over the six months per measure and target group.
  public static func targetGroups(_ results: [KommuneEarlyEffort]) -> ExcelCSV {
    var csv = ExcelCSV(header: ["kommune", "kommunenavn", "maal", "maalgruppe", "kohorte", "opfyldt", "andel"])
    for measure in EarlyEffortMeasure.allCases {
      for (group, count) in EarlyEffortSummary.nationalGroups(results, measure) {
        csv.appendRow(["", "Hele landet", measure.rawValue, group.rawValue, String(count.cohort), String(count.met), share(count.met, count.cohort)])
      }
    }
    for result in results {
      for measure in EarlyEffortMeasure.allCases {
        guard let groups = result.groups(measure) else { continue }
        for group in Maalgruppe.allCases {
          guard let count = groups[group] else { continue }
          csv.appendRow([
            result.kommune.codeText, result.kommune.name, measure.rawValue, group.rawValue, String(count.cohort),
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
