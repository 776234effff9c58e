/// The early-effort chapters of `rapport.md` (SPEC 5), in the style of STAR's own follow-up: the
/// headline with the trend first, then which regime governs each month, then per measure the
/// national picture, the municipalities under the criterion by AMK with their arithmetic month by
/// month, and the target-group breakdown. Every threshold comes from the rules of the month.
enum EarlyEffortChapter {
  /// The headline lines: per flagging measure and in all, with the previous follow-up's numbers.
  static func headline(_ summary: EarlyEffortSummary) -> [String] {
    var lines: [String] = []
    for measure in summary.flaggingMeasures.reversed() {
      let now = summary.underKriteriet(measure).count
      let trend = summary.previous.map { ", mod \($0.underKriteriet(measure)) i forrige opfølgning" } ?? ""
      lines.append(
        "**\(kommuner(now)) lever ikke op til \(RuleText.criterionName(measure, summary.rules)) "
          + "(\(RuleText.criterion(measure, summary.rules)))\(trend).**")
    }
    let total = summary.opfylderIkke.count
    let totalTrend = summary.previous.map { " (forrige opfølgning: \($0.opfylderIkke))" } ?? ""
    lines.append("I alt opfylder \(kommuner(total)) ikke mindst ét af kriterierne\(totalTrend).")
    if let previous = summary.previous {
      let new = summary.kommuner.filter { summary.change($0) == .ny }.count
      let still = summary.kommuner.filter { summary.change($0) == .fortsat }.count
      let missing = summary.kommuner.filter { summary.change($0) == .manglerData }.count
      lines.append(
        "Sammenlignet med \(PeriodText.long(previous.period)): \(new) er nye på listen, \(still) er fortsat på den, "
          + "og \(summary.offTheList.count) er ude af den"
          + (missing == 0 ? "." : "; \(kommuner(missing)) fra listen mangler data nu."))
    } else {
      lines.append("Der er ingen tidligere opfølgning at sammenligne med (forrige periodes resultater findes ikke).")
    }
    for measure in summary.applicableMeasures where !measure.flags {
      lines.append(
        "\(measure.name.capitalizedFirst) (kun til orientering): \(kommuner(summary.underKriteriet(measure).count)) "
          + "under kriteriet på \(RuleText.criterion(measure, summary.rules))")
    }
    return lines
  }

  /// The criterion paragraph under the headlines, with the values of the period's rules.
  static func criterionParagraph(_ summary: EarlyEffortSummary) -> String {
    let rules = summary.rules
    return "Kriteriet (STARs opfølgning på den tidlige indsats): en kommune kontaktes af sit AMK, når under "
      + "\(RuleText.criteria(summary.flaggingMeasures, rules)) af borgerne med \(RuleText.number(rules.monthsToSixMonthDate)) måneders "
      + "anciennitet i \(RuleText.number(rules.consecutiveMonthsBelow)) sammenhængende måneder har fået det, loven "
      + "kræver. Reglen gælder kun måneder med mindst \(RuleText.cohortMinimums(summary.flaggingMeasures, rules)) borgere. Listen er bilaget "
      + "til ministerens brev (bilag_tidlig_indsats.md).\n\n"
  }

  /// Which regime governs each month (SPEC 4.6), with each measure's criterion in it.
  static func regimeTable(_ summary: EarlyEffortSummary) -> String {
    let rules = summary.rules
    let measures = summary.applicableMeasures
    var table = MarkdownTable(
      header: ["Måned", "Regime", "Forløb startet i"] + measures.map { "Kriterium, \($0.name)" },
      rightAligned: Set(3..<(3 + measures.count)))
    for month in rules.months {
      table.append(
        [PeriodText.month(month.month), month.regimeName, PeriodText.month(month.governingDay.yearMonth)]
          + measures.map { month.rules(for: $0).map { RuleText.percent($0.criterion) } ?? "gælder ikke" })
    }
    var text = "### Regler pr. måned\n\n"
    text += "Måned m følger det regime, der gælder den første dag i måned m − \(rules.monthsToSixMonthDate), da "
    text += "kohortens forløb startede i den måned. En tilbudstype tæller dog efter tilbuddets egen startdato.\n\n"
    return text + table.text + "\n"
  }

  /// The chapter of one measure.
  static func chapter(_ measure: EarlyEffortMeasure, _ summary: EarlyEffortSummary) -> String {
    let rules = summary.rules
    var text = "## \(measure.name.capitalizedFirst) i \(RuleText.firstMonths(rules)) (\(measure.id))\n\n"
    if !measure.flags {
      text += "*Kun til orientering: målet indgår ikke i kommunernes samlede status, bilaget eller brevene.*\n\n"
    }
    text += requirements(measure, rules)
    let criterion = RuleText.criterion(measure, rules)
    let statusCounts = MeasureStatus.allCases.filter { summary.count(measure, $0) > 0 }.map {
      "\(summary.count(measure, $0)) \(StatusText.measure($0))"
    }
    text += "Status for de \(summary.kommuner.count) kommuner: " + statusCounts.joined(separator: ", ") + ".\n\n"
    text += "### Landstal pr. måned\n\n" + nationalTable(measure, summary).text + "\n"
    let flagged = summary.underKriteriet(measure)
    text += "### Kommuner under kriteriet\n\n"
    let allMonths = RuleText.number(rules.consecutiveMonthsBelow)
    if flagged.isEmpty {
      text += "Ingen kommuner har været under \(criterion) i alle \(allMonths) måneder.\n\n"
    } else {
      text +=
        "Hver celle viser opfyldt/kohorte = andel i pct. for måneden. Alle \(allMonths) måneder er under \(criterion)\n\n"
      for amk in Set(flagged.map(\.kommune.amk)).sorted(by: DanishOrder.precedes) {
        let inAMK = flagged.filter { $0.kommune.amk == amk }.sorted { DanishOrder.precedes($0.kommune.name, $1.kommune.name) }
        text += "#### AMK \(amk) (\(inAMK.count))\n\n" + flaggedTable(measure, inAMK, summary).text + "\n"
      }
      let ordered = flagged.sorted { DanishOrder.precedes($0.kommune.name, $1.kommune.name) }
      text += "Hvorfor forløbene ikke opfyldte målet (hele halvåret; forløb for forløb i sager/tidlig_indsats.csv, "
        + "årsagskoderne i tidlig_indsats_aarsager.csv):\n\n" + ReasonText.table(measure, ordered).text + "\n"
    }
    if summary.previous != nil {
      for (change, words) in [
        (ListChange.ude, "Under kriteriet i forrige opfølgning, men ikke nu: "),
        (.manglerData, "Under kriteriet i forrige opfølgning, mangler data nu: "),
      ] {
        let kommuner = summary.kommuner.filter { summary.change($0, measure) == change }
        guard !kommuner.isEmpty else { continue }
        text += words + kommuner.map(\.kommune.name).sorted(by: DanishOrder.precedes).joined(separator: ", ") + ".\n\n"
      }
    }
    text += "### Målgrupper (hele landet, hele halvåret)\n\n" + groupTable(measure, summary).text + "\n"
    return text
  }

  /// What the measure requires in the period's months, once per distinct requirement.
  private static func requirements(_ measure: EarlyEffortMeasure, _ rules: EarlyEffortRules) -> String {
    var seen: [(text: String, months: [YearMonth])] = []
    for month in rules.months {
      guard let measureRules = month.rules(for: measure) else { continue }
      let groups = measureRules.orderedGroups.map(\.rawValue)
      let text =
        "målgrupperne \(groups.joined(separator: ", ")): "
        + RuleText.requirement(measureRules, sixMonths: rules.monthsToSixMonthDate)
        + "; kriterium \(RuleText.percent(measureRules.criterion)), mindst \(measureRules.cohortMinimum) i kohorten"
      if let index = seen.firstIndex(where: { $0.text == text }) {
        seen[index].months.append(month.month)
      } else {
        seen.append((text, [month.month]))
      }
    }
    if seen.count == 1 { return "Krav: \(seen[0].text).\n\n" }
    return seen.map { "Krav i \(RuleText.monthRange($0.months.first!, $0.months.last!)): \($0.text)." }
      .joined(separator: "\n\n") + "\n\n"
  }

  private static func nationalTable(_ measure: EarlyEffortMeasure, _ summary: EarlyEffortSummary) -> MarkdownTable {
    var table = MarkdownTable(
      header: ["Måned", "Regime", "Kohorte", "Opfyldt", "Andel (pct.)", "Kriterium (pct.)"], rightAligned: [2, 3, 4, 5])
    for (month, count) in summary.nationalMonths(measure) {
      table.append([
        PeriodText.month(month.month), month.regimeName, DanishFormat.grouped(count.cohort), DanishFormat.grouped(count.met),
        EarlyEffortTables.share(count.met, count.cohort),
        month.rules(for: measure).map { DanishFormat.decimalTrimmed($0.criterion) } ?? "",
      ])
    }
    return table
  }

  private static func flaggedTable(
    _ measure: EarlyEffortMeasure, _ kommuner: [KommuneEarlyEffort], _ summary: EarlyEffortSummary
  ) -> MarkdownTable {
    let months = summary.rules.months.filter { $0.rules(for: measure) != nil }.map(\.month)
    var table = MarkdownTable(
      header: ["Kommune"] + months.map(PeriodText.shortMonth) + ["Mdr. under kriteriet", "Ændring"],
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
    for (group, count) in summary.nationalGroups(measure) {
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
    default: return group.rawValue  // a target group from the rule set's list beyond SPEC 3.2
    }
  }
}
