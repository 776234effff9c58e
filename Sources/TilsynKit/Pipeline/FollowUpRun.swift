/// `tilsyn run` (SPEC 1): ingest a period's extracts, compute every measure, write every report into
/// `<reports>/<period>/` at once. Municipalities are read and measured in parallel; the outputs are
/// merged in municipality-code order, so they are byte-identical however the work was scheduled.
package struct FollowUpRun: Sendable {
  package var period: Period
  package var extractsRoot: String
  package var reportsRoot: String
  package var register: KommuneRegister
  package var rules: RuleSet
  /// The reference files read (for the manifest).
  package var references: [Manifest.Reference]
  package var templates: LetterTemplates
  var letterContext: LetterContext
  /// Whether `sager/` is written (SPEC 5.2); `run --uden-sager` leaves it out, for timing.
  package var writesCaseLists = true

  package init(
    period: Period, extractsRoot: String, reportsRoot: String, register: KommuneRegister, rules: RuleSet,
    references: [Manifest.Reference], templates: LetterTemplates, letterDate: Day? = nil
  ) {
    self.templates = templates
    self.letterContext = LetterContext(period: period, date: letterDate)
    self.period = period
    self.extractsRoot = extractsRoot
    self.reportsRoot = reportsRoot
    self.register = register
    self.rules = rules
    self.references = references
  }

  /// What a run found, for the closing summary and the exit status.
  package struct Outcome: Sendable {
    package var quality: DataQualitySummary
    package var earlyEffort: EarlyEffortSummary
    var skaerpet: SkaerpetSummary
    var flereSkalMed: FlereSkalMedSummary
    var disclosure: AuditResult
    /// The files written, relative to the period's folder.
    package var files: [String]
    package var folder: String
  }

  /// The stages of a run after reading, for progress on a terminal (reading shows its own progress).
  package enum Stage: String, Sendable {
    case measures = "Beregner mål"
    case reports = "Skriver rapporter"
  }

  /// Runs everything and writes the report folder. Throws `ConfigurationError` for usage problems
  /// (no extract folder, a busy reports folder).
  package func run(
    progress: (@Sendable (LoadProgress) -> Void)? = nil, stage: ((Stage) -> Void)? = nil
  ) throws -> Outcome {
    let folder = ReportFolder(reports: reportsRoot, period: period)
    let clock = PhaseClock()
    return try folder.withLock {
      // Each municipality is measured on the core that read it, right after reading, and its records
      // are then let go; the manifest's checksums (SPEC 5) are taken as the files are read.
      let measures = MeasureRules(rules, period: period)
      let period = self.period
      let (extract, results) = try ExtractLoader(
        extractsRoot: extractsRoot, period: period, register: register,
        codes: CodeLists(rules: rules, on: period.lastDay)
      ).load(progress: progress, checksums: true) { kommune, benchmark in
        KommuneResults(kommune, benchmark: benchmark, period: period, rules: measures)
      }
      clock.mark("indlæsning og mål")
      stage?(.measures)
      let history = try HistoryLoader.load(
        reports: reportsRoot, before: period, measures: measures.earlyEffort.measures)
      let earlyEffort = EarlyEffortSummary(
        kommuner: results.map(\.earlyEffort), previous: history.previous(of: period), rules: measures.earlyEffort,
        history: history)
      let skaerpet = SkaerpetSummary(
        kommuner: results.map(\.skaerpet),
        previous: try HistoryLoader.skaerpetStatuses(reports: reportsRoot, period: period.previous), period: period,
        rules: measures.skaerpet)
      let summaries = Summaries(
        earlyEffort: earlyEffort, skaerpet: skaerpet, flereSkalMed: FlereSkalMedSummary(kommuner: results.map(\.flereSkalMed)),
        fremdrift: FremdriftSummary(kommuner: results.map(\.fremdrift)),
        indicators: IndicatorSummary(kommuner: results.map(\.indicators)))
      clock.mark("mål")
      stage?(.reports)
      // The committee briefing's disclosure control (most of this stage at national scale: the Flere
      // skal med table's secondary suppression) runs beside the internal tables, the letters and the
      // workbook, which go into the staging folder as soon as they are made (nobody sees it before
      // the exchange below); only `rapport.md` and the manifest wait for the audit's result.
      let minimum = rules.integer(.diskretionMinimum, on: period.lastDay)
      let staging = try folder.stage()
      do {
        let (briefing, written) = concurrently(
          {
            CommitteeBriefing(
              summaries: summaries, period: period, register: register, headlines: Report.headlines(summaries),
              minimum: minimum, date: letterContext.date)
          },
          {
            let outputs = internalOutputs(extract: extract, summaries: summaries)
            return Result { () throws in
              try staging.write(outputs.files + [outputs.workbook])
              return outputs
            }
          })
        let internalFiles = try written.get()
        // SPEC 5.1: an unprotected published cell stops the run; the staging folder is removed and
        // the period's folder is not touched.
        guard briefing.audit.passed else { throw DisclosureAuditFailure(findings: briefing.audit.findings) }
        let markdown = Report.markdown(
          period: period, summaries: summaries, extract: extract, register: register, rules: rules,
          disclosure: briefing.audit)
        let report = ("rapport.md", Array(markdown.utf8))
        var files = [report] + internalFiles.files + briefing.files
        files.append(internalFiles.workbook)
        let manifest = (
          "manifest.json",
          Manifest.json(
            period: period, rules: rules, extract: extract, references: references, outputs: files,
            disclosure: briefing.audit)
        )
        files.append(manifest)
        clock.mark("rapporter")
        try staging.write([report] + briefing.files + [manifest])
        try staging.commit()
        clock.mark("skrivning")
        return Outcome(
          quality: DataQualitySummary(extract), earlyEffort: earlyEffort, skaerpet: skaerpet,
          flereSkalMed: summaries.flereSkalMed, disclosure: briefing.audit, files: files.map(\.path),
          folder: folder.path)
      } catch {
        staging.discard()
        throw error
      }
    }
  }

  /// `sager/` (SPEC 5.2), unless `writesCaseLists` is off.
  func caseLists(_ summaries: Summaries, persons: [Int: PersonRegistry]) -> [(path: String, bytes: [UInt8])] {
    guard writesCaseLists else { return [] }
    return [
      ("sager/tidlig_indsats.csv", EarlyEffortCases.csv(summaries.earlyEffort, persons: persons)),
      ("sager/flere_skal_med.csv", FlereSkalMedCases.csv(summaries.flereSkalMed, persons: persons).bytes),
      ("sager/fremdriftsgaranti.csv", FremdriftCases.csv(summaries.fremdrift, persons: persons).bytes),
    ]
  }

  /// Every report file but `rapport.md`, `udvalg/` and the manifest (SPEC 5), and the workbook of
  /// the internal CSV tables among them (issue 17).
  func internalOutputs(extract: Extract, summaries: Summaries) -> (
    files: [(path: String, bytes: [UInt8])], workbook: (path: String, bytes: [UInt8])
  ) {
    let earlyEffort = summaries.earlyEffort
    let files: [(path: String, bytes: [UInt8])] = [
      ("tidlig_indsats_maaneder.csv", EarlyEffortTables.months(earlyEffort).bytes),
      ("tidlig_indsats_kommuner.csv", EarlyEffortTables.kommuner(earlyEffort).bytes),
      ("tidlig_indsats_maalgrupper.csv", EarlyEffortTables.targetGroups(earlyEffort).bytes),
      ("tidlig_indsats_aarsager.csv", EarlyEffortReasonTable.csv(earlyEffort).bytes),
      ("historik.csv", EarlyEffortHistoryTable.csv(earlyEffort).bytes),
      ("bilag_tidlig_indsats.md", Array(EarlyEffortAppendix.markdown(earlyEffort, period: period).utf8)),
      ("bilag_tidlig_indsats.csv", EarlyEffortAppendix.csv(earlyEffort).bytes),
      ("skaerpet_tilsyn.csv", SkaerpetTables.csv(summaries.skaerpet).bytes),
      ("bilag_skaerpet_tilsyn.md", Array(SkaerpetChapter.appendix(summaries.skaerpet).utf8)),
      ("flere_skal_med.csv", FlereSkalMedTables.csv(summaries.flereSkalMed).bytes),
      ("fremdriftsgaranti.csv", FremdriftTables.csv(summaries.fremdrift).bytes),
      ("indikatorer.csv", IndicatorTables.csv(summaries.indicators).bytes),
      ("datakvalitet.csv", DataQualityTables.fileTable(extract, register: register).bytes),
      ("afviste_raekker.csv", DataQualityTables.rejectedRowTable(extract, register: register).bytes),
    ] + caseLists(summaries, persons: extract.personRegistries)
      + EarlyEffortLetters.letters(earlyEffort, template: templates.earlyEffort, context: letterContext)
      + FlereSkalMedLetters.letters(summaries.flereSkalMed, template: templates.flereSkalMed, context: letterContext)
    let workbook = PeriodWorkbook.xlsx(
      period: period, ruleSetVersion: rules.version, quality: DataQualitySummary(extract), files: files)
    return (files, (PeriodWorkbook.fileName(period), workbook))
  }
}
