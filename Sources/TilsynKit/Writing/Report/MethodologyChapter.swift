/// The methodology chapter of `rapport.md` (SPEC 5): how each measure is computed, with the values the
/// rule set gives for the period; the modelled assumptions (SPEC 4.6: values the law's text did not
/// settle); and every rule of the rule set with its validity dates, regime and source.
enum MethodologyChapter {
  static func chapter(rules: RuleSet, earlyEffort: EarlyEffortRules) -> String {
    let sixMonths = earlyEffort.monthsToSixMonthDate
    let consecutive = RuleText.number(earlyEffort.consecutiveMonthsBelow)
    let example = Day(2023, 8, 31)
    let clamped = "fx \(example.danish) + \(sixMonths) måneder = \(example.adding(months: sixMonths).danish)"
    var text = "## Metode\n\n"
    text += """
      Regelsæt: version **\(rules.version)** (\(fileName(rules.path)), SHA-256 \(rules.sha256)). Alle tærskler, \
      målgrupper og datoer nedenfor kommer fra regelsættet. Den tidlige indsats følger regimer: måned m følger det \
      regime, der gælder den første dag i måned m − \(sixMonths), hvor kohortens forløb startede; kun en \
      tilbudstype vurderes efter tilbuddets egen startdato. Øvrige regler gælder på periodens sidste dag.

      **Kohorte.** For hver kommune, måned og mål: forløb i målets målgrupper, hvis seksmånedersdato D6 = start + \
      \(sixMonths) kalendermåneder (dagen afkortes til månedens længde, \(clamped)) ligger i måneden, og som stadig er i gang på D6 (slut tom eller ≥ D6). Forløb for borgere med en \
      FRITAGET-markering, der dækker D6, tæller ikke med.

      **Jobsamtaler.** Et forløb opfylder et samtalemål, når borgeren har haft jobsamtaler holdt af de rette \
      (jobcentret, a-kassen eller begge i fællesskab, efter målet) på mindst det krævede antal forskellige datoer i \
      målets tidsvindue; to samtaler samme dag tæller én gang.

      **Tilbud.** Et forløb opfylder tilbudsmålet, når borgeren har et tilbud af en type, der tæller på sin \
      startdato, startet i [start, D6] og af mindst den krævede varighed; et løntilskud bevilget i [start, D6] \
      tæller også, når det starter inden for fristen efter D6.


      """
    text += requirementsTable(earlyEffort)
    text += """

      **Måneder og status.** Andel = opfyldt / kohorte. En måned kan vurderes, når kohorten er mindst målets \
      minimum. Andelen sammenlignes eksakt med månedens kriterium (opfyldt × 100 < kriterium × kohorte); afrunding \
      sker kun ved visning (halvt op, væk fra nul). En kommune er *under kriteriet* for et mål, når alle \
      \(consecutive) måneder kan vurderes og alle er under månedens kriterium; *opfylder*, når alle kan vurderes og \
      mindst én er på eller over; *ikke vurderet*, når en måned har for lille en kohorte eller ikke har målet; \
      *mangler data*, når en nødvendig tabel mangler (samtalemål: forloeb og samtaler; tilbudsmål: forloeb og \
      tilbud); *ikke gældende*, når ingen af halvårets måneder har målet. En kommune *opfylder ikke* kriterierne, \
      når den er under kriteriet for mindst ét mål, der indgår i status; mål til orientering (fx a-kassens \
      samtaler) indgår aldrig. Antal måneder under kriteriet og laveste og højeste andel opgøres over de måneder, \
      der kan vurderes.

      **Udviklingen** sammenlignes med forrige periodes tidlig_indsats_kommuner.csv i rapportmappen.


      """
    text += assumptions(rules)
    text += "### Regelsættet\n\n"
    var table = MarkdownTable(header: ["Regel", "Regime", "Værdi", "Gyldig fra", "Gyldig til", "Kilde", "Antagelse"])
    for key in RuleKey.allCases {
      for entry in rules.entries(key) { table.append(row(key.rawValue, regime: "", entry)) }
    }
    for regime in rules.regimes {
      table.append(row("regime", regime: regime.id, regimeEntry(regime)))
      for key in regime.keys {
        for entry in regime.entries(key) { table.append(row(key.text, regime: regime.id, entry)) }
      }
    }
    return text + table.text + "\n"
  }

  /// Each measure's requirement per regime that governs a month of the period.
  private static func requirementsTable(_ rules: EarlyEffortRules) -> String {
    var table = MarkdownTable(header: ["Måneder", "Regime", "Mål", "Målgrupper", "Krav", "Kriterium", "Mindst i kohorten"])
    var runs: [(first: YearMonth, last: YearMonth, month: MonthRules)] = []
    for month in rules.months {
      if let last = runs.last, last.month.regimeID == month.regimeID, sameValues(last.month, month) {
        runs[runs.count - 1].last = month.month
      } else {
        runs.append((month.month, month.month, month))
      }
    }
    for run in runs {
      for measure in run.month.measures {
        table.append([
          RuleText.monthRange(run.first, run.last), run.month.regimeName,
          measure.measure.name + (measure.measure.flags ? "" : " (til orientering)"),
          measure.orderedGroups.map(\.rawValue).joined(separator: ", "),
          RuleText.requirement(measure, sixMonths: rules.monthsToSixMonthDate), RuleText.percent(measure.criterion),
          String(measure.cohortMinimum),
        ])
      }
    }
    return "Kravene i periodens måneder:\n\n" + table.text
  }

  private static func sameValues(_ a: MonthRules, _ b: MonthRules) -> Bool {
    a.measures.count == b.measures.count
      && zip(a.measures, b.measures).allSatisfy {
        $0.measure == $1.measure && $0.groups == $1.groups && $0.criterion == $1.criterion
          && $0.cohortMinimum == $1.cohortMinimum && $0.talks == $1.talks && $0.offer == $1.offer
      }
  }

  /// The values the law's text did not settle, which the rule set marks `modelantagelse` = `ja`.
  private static func assumptions(_ rules: RuleSet) -> String {
    let list = rules.assumptions
    guard !list.isEmpty else { return "" }
    var text = "### Modelantagelser\n\nFølgende værdier er ikke fastlagt af lovteksten; de er modelantagelser:\n\n"
    for item in list {
      let regime = item.regime.map { " (regime \($0.id))" } ?? ""
      let dates = dateRange(item.entry)
      text += "- `\(item.key)` = \(display(item.entry.value))\(regime)\(dates): \(item.entry.description). Kilde: \(item.entry.source).\n"
    }
    return text + "\n"
  }

  private static func dateRange(_ entry: RuleSet.RuleEntry) -> String {
    switch (entry.from, entry.to) {
    case (nil, nil): return ""
    case (let from?, nil): return ", fra \(from.danish)"
    case (nil, let to?): return ", til \(to.danish)"
    case (let from?, let to?): return ", \(from.danish)–\(to.danish)"
    }
  }

  private static func regimeEntry(_ regime: Regime) -> RuleSet.RuleEntry {
    RuleSet.RuleEntry(
      value: .text(regime.name), from: regime.from, to: regime.to, source: regime.source, description: "",
      isAssumption: false, line: regime.line)
  }

  private static func row(_ key: String, regime: String, _ entry: RuleSet.RuleEntry) -> [String] {
    [
      key, regime, display(entry.value), entry.from?.danish ?? "", entry.to?.danish ?? "", entry.source,
      entry.isAssumption ? "ja" : "",
    ]
  }

  private static func display(_ value: RuleValue) -> String {
    switch value {
    case .integer(let value): return String(value)
    case .decimal(let value): return DanishFormat.decimalTrimmed(value)
    case .date(let day): return day.danish
    case .flag(let flag): return flag ? "ja" : "nej"
    case .text(let text): return text
    case .codes(let codes): return codes.joined(separator: ", ")
    }
  }

  static func fileName(_ path: String) -> String {
    path.split(separator: "/").suffix(2).joined(separator: "/")
  }
}
