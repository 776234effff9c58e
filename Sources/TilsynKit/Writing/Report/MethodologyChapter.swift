/// The methodology chapter of `rapport.md` (SPEC 5): how each measure is computed, and every rule and
/// threshold of the rule set with its validity dates and legal source, under the rule-set version.
enum MethodologyChapter {
  static func chapter(rules: RuleSet) -> String {
    var text = "## Metode\n\n"
    text += """
      Regelsæt: version **\(rules.version)** (\(fileName(rules.path))). Alle tærskler og datoer nedenfor kommer \
      fra regelsættet; værdier med gyldighedsdatoer anvendes på den dato, reglen angiver.

      **Kohorte.** For hver kommune og måned: forløb i målgrupperne, hvis seksmånedersdato D6 = start + 6 \
      kalendermåneder (dagen afkortes til månedens længde, fx 31. august + 6 måneder = 29. februar i et skudår) \
      ligger i måneden, og som stadig er i gang på D6 (slut tom eller ≥ D6). Forløb for borgere med en \
      FRITAGET-markering, der dækker D6, tæller ikke med.

      **Jobsamtaler (LAB § 31).** Et forløb opfylder kravet, når borgeren har haft jobsamtaler med jobcentret \
      (afholdt af jobcenter eller fælles) på mindst det krævede antal forskellige datoer i [start, D6]; to \
      samtaler samme dag tæller én gang. Kravet gælder efter forløbets startdato (dagpenge fra 1. januar 2024: 3).

      **Tilbud (LAB § 102).** Et forløb i tilbudsmålgrupperne opfylder kravet, når borgeren har et tilbud, der \
      startede i [start, D6], varede mindst 14 dage (slut tom eller slut − start ≥ 13) og er af en godkendt type \
      på sin startdato (øvrig vejledning og opkvalificering tæller ikke fra 22. marts 2023). Et løntilskud, der \
      er bevilget i [start, D6], tæller også, når det starter senest 21 dage efter D6.

      **Måneder og status.** Andel = opfyldt / kohorte. En måned kan vurderes, når kohorten er mindst 10. \
      Andelen sammenlignes eksakt med 80 pct. (opfyldt × 100 < 80 × kohorte); afrunding sker kun ved visning \
      (halvt op, væk fra nul). En kommune er *under kriteriet* for et mål, når alle seks måneder kan vurderes og \
      alle er under 80 pct.; *opfylder*, når alle kan vurderes og mindst én er på eller over 80 pct.; *ikke \
      vurderet*, når en måned har under 10 i kohorten; *mangler data*, når en nødvendig tabel mangler (jobsamtaler: \
      forloeb og samtaler; tilbud: forloeb og tilbud). En kommune *opfylder ikke* kriterierne, når den er under \
      kriteriet for mindst ét mål. Antal måneder under 80 pct. og laveste og højeste andel opgøres over de \
      måneder, der kan vurderes.

      **Udviklingen** sammenlignes med forrige periodes tidlig_indsats_kommuner.csv i rapportmappen.

      ### Regelsættet


      """
    var table = MarkdownTable(header: ["Regel", "Værdi", "Gyldig fra", "Gyldig til", "Kilde"])
    for key in RuleKey.allCases {
      for entry in rules.entries(key) {
        table.append([key.rawValue, display(entry.value), entry.from?.danish ?? "", entry.to?.danish ?? "", entry.source])
      }
    }
    return text + table.text + "\n"
  }

  private static func display(_ value: RuleValue) -> String {
    switch value {
    case .integer(let value): return String(value)
    case .decimal(let value): return DanishFormat.decimalTrimmed(value)
    case .date(let day): return day.danish
    case .codes(let codes): return codes.joined(separator: ", ")
    }
  }

  private static func fileName(_ path: String) -> String {
    path.split(separator: "/").suffix(2).joined(separator: "/")
  }
}
