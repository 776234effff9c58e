/// The early-effort chapters of `rapport.md` (SPEC 5), in the style of STAR's own follow-up: the
/// headline with the trend first, then per measure the national picture, the municipalities under
/// the criterion by AMK with their arithmetic month by month, and the target-group breakdown.
enum EarlyEffortChapter {
  /// The measure's criterion as the headline names it.
  static func criterion(_ measure: EarlyEffortMeasure) -> String {
    switch measure {
    case .samtale: return "kriteriet om jobsamtaler i de første seks måneder"
    case .tilbud: return "kriteriet om tilbud i de første seks måneder"
    }
  }

  static func title(_ measure: EarlyEffortMeasure) -> String {
    switch measure {
    case .samtale: return "Jobsamtaler i de første seks måneder (LAB § 31)"
    case .tilbud: return "Tilbud i de første seks måneder (LAB § 102)"
    }
  }

  /// The headline lines: per measure and in all, with the previous follow-up's numbers.
  static func headline(_ summary: EarlyEffortSummary) -> [String] {
    var lines: [String] = []
    for measure in [EarlyEffortMeasure.tilbud, .samtale] {
      let now = summary.underKriteriet(measure).count
      let trend = summary.previous.map { ", mod \($0.underKriteriet(measure)) i forrige opfølgning" } ?? ""
      lines.append("**\(kommuner(now)) lever ikke op til \(criterion(measure))\(trend).**")
    }
    let total = summary.opfylderIkke.count
    let totalTrend = summary.previous.map { " (forrige opfølgning: \($0.opfylderIkke))" } ?? ""
    lines.append("I alt opfylder \(kommuner(total)) ikke mindst ét af kriterierne\(totalTrend).")
    if let previous = summary.previous {
      let new = summary.kommuner.filter { summary.change($0) == .ny }.count
      let still = summary.kommuner.filter { summary.change($0) == .fortsat }.count
      lines.append(
        "Sammenlignet med \(PeriodText.long(previous.period)): \(new) er nye på listen, \(still) er fortsat på den, "
          + "og \(summary.offTheList.count) er ude af den.")
    } else {
      lines.append("Der er ingen tidligere opfølgning at sammenligne med (ingen tidlig_indsats_kommuner.csv for forrige periode).")
    }
    return lines
  }

  /// The chapter of one measure.
  static func chapter(_ measure: EarlyEffortMeasure, _ summary: EarlyEffortSummary) -> String {
    var text = "## \(title(measure))\n\n"
    let statusCounts = MeasureStatus.allCases.map { "\(summary.count(measure, $0)) \($0.rawValue)" }
    text += "Status for de \(summary.kommuner.count) kommuner: " + statusCounts.joined(separator: ", ") + ".\n\n"
    text += "### Landstal pr. måned\n\n" + nationalTable(measure, summary).text + "\n"
    let flagged = summary.underKriteriet(measure)
    text += "### Kommuner under kriteriet\n\n"
    if flagged.isEmpty {
      text += "Ingen kommuner har været under 80 pct. i alle seks måneder.\n\n"
    } else {
      text +=
        "Hver celle viser opfyldt/kohorte = andel i pct. for måneden. Alle seks måneder er under 80 pct.\n\n"
      for amk in Set(flagged.map(\.kommune.amk)).sorted(by: DanishOrder.precedes) {
        let inAMK = flagged.filter { $0.kommune.amk == amk }.sorted { DanishOrder.precedes($0.kommune.name, $1.kommune.name) }
        text += "#### AMK \(amk) (\(inAMK.count))\n\n" + flaggedTable(measure, inAMK, summary).text + "\n"
      }
    }
    if summary.previous != nil {
      let off = summary.kommuner.filter { summary.change($0, measure) == .ude }
      if !off.isEmpty {
        text += "Under kriteriet i forrige opfølgning, men ikke nu: "
          + off.map(\.kommune.name).sorted(by: DanishOrder.precedes).joined(separator: ", ") + ".\n\n"
      }
    }
    text += "### Målgrupper (hele landet, hele halvåret)\n\n" + groupTable(measure, summary).text + "\n"
    return text
  }

  private static func nationalTable(_ measure: EarlyEffortMeasure, _ summary: EarlyEffortSummary) -> MarkdownTable {
    var table = MarkdownTable(header: ["Måned", "Kohorte", "Opfyldt", "Andel (pct.)"], rightAligned: [1, 2, 3])
    for (month, count) in summary.nationalMonths(measure) {
      table.append([
        PeriodText.month(month), DanishFormat.grouped(count.cohort), DanishFormat.grouped(count.met),
        EarlyEffortTables.share(count.met, count.cohort),
      ])
    }
    return table
  }

  private static func flaggedTable(
    _ measure: EarlyEffortMeasure, _ kommuner: [KommuneEarlyEffort], _ summary: EarlyEffortSummary
  ) -> MarkdownTable {
    let months = kommuner.first?.period.months ?? []
    var table = MarkdownTable(
      header: ["Kommune"] + months.map(PeriodText.shortMonth) + ["Mdr. under 80", "Ændring"],
      rightAligned: Set(1...(months.count + 1)))
    for kommune in kommuner {
      let cells = (kommune.halfYear(measure).months ?? []).map {
        "\($0.met)/\($0.cohort) = \(EarlyEffortTables.share($0.met, $0.cohort))"
      }
      table.append(
        [kommune.kommune.name] + cells
          + [kommune.halfYear(measure).monthsBelowCriterion.map(String.init) ?? "", summary.change(kommune, measure).rawValue])
    }
    return table
  }

  private static func groupTable(_ measure: EarlyEffortMeasure, _ summary: EarlyEffortSummary) -> MarkdownTable {
    var table = MarkdownTable(header: ["Målgruppe", "Kohorte", "Opfyldt", "Andel (pct.)"], rightAligned: [1, 2, 3])
    for (group, count) in EarlyEffortSummary.nationalGroups(summary.kommuner, measure) {
      table.append([
        MaalgruppeText.name(group), DanishFormat.grouped(count.cohort), DanishFormat.grouped(count.met),
        EarlyEffortTables.share(count.met, count.cohort),
      ])
    }
    return table
  }

  /// "1 kommune" / "70 kommuner".
  static func kommuner(_ count: Int) -> String { count == 1 ? "1 kommune" : "\(count) kommuner" }
}

/// The target groups' Danish names for reports.
enum MaalgruppeText {
  static func name(_ group: Maalgruppe) -> String {
    switch group {
    case .dagpenge: return "Dagpenge (DP)"
    case .kontanthjaelpJobparat: return "Kontanthjælp, jobparate (KHJ)"
    case .kontanthjaelpAktivitetsparat: return "Kontanthjælp, aktivitetsparate (KHA)"
    case .uddannelseshjaelpUddannelsesparat: return "Uddannelseshjælp, uddannelsesparate (UHU)"
    case .uddannelseshjaelpAktivitetsparat: return "Uddannelseshjælp, aktivitetsparate (UHA)"
    case .sygedagpenge: return "Sygedagpenge (SDP)"
    case .jobafklaring: return "Jobafklaringsforløb (JAF)"
    case .ressourceforloeb: return "Ressourceforløb (RF)"
    case .ledighedsydelse: return "Ledighedsydelse (LY)"
    case .revalidering: return "Revalidering (REV)"
    case .overgangsydelse: return "Selvforsørgelses- og hjemrejseydelse/overgangsydelse (OVG)"
    }
  }
}
