#if DEBUG || FUZZING
  @testable import TilsynKit

  /// The rule-set loader (`RuleSet.parse`) on arbitrary bytes. A rule set it refuses only needs a
  /// message; one it accepts must then serve every lookup the run makes (one value per key and a
  /// regime on every day, of the kind the key promises) and carry every measure through a small
  /// municipality's extract in each sample period without a trap: an analyst edits this file.
  enum RuleSetTarget {
    static let periods = ["2023H2", "2024H1", "2026H2", "2027H1"].compactMap(Period.init)

    /// Læsø's 2024H1 extract from the committed sample (read once; `nil` outside the repository).
    static let extract: KommuneExtract? = {
      guard let register = try? KommuneRegister.load(path: "data/reference/kommuner.csv"),
        let laesoe = register.kommune(code: 825),
        let loaded = try? ExtractLoader(extractsRoot: "data/extracts", period: Period("2024H1")!, register: register)
          .load(kommune: laesoe)
      else { return nil }
      return loaded.extract
    }()

    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
      let rules: RuleSet
      do { rules = try RuleSet.parse(bytes: Array(bytes), path: "regler.csv") } catch {
        FuzzCheck.that(!error.description.isEmpty, "a refusal without a message")
        return
      }
      for day in probeDays(rules) {
        _ = rules.regime(on: day)
        for key in RuleKey.allCases { checkKind(rules.value(key, on: day), key) }
      }
      _ = rules.earlyEffortMeasures
      _ = rules.assumptions
      for period in periods {
        _ = CodeLists(rules: rules, on: period.lastDay)
        let measures = MeasureRules(rules, period: period)
        if let extract {
          let benchmark = BenchmarkRow(kommune: 825, befolkning16til66: 1_100, forventetAndel: FixedDecimal(integer: 5))
          _ = KommuneResults(extract, benchmark: benchmark, period: period, rules: measures)
        }
      }
    }

    /// Days around every boundary the rule set names, and a few fixed ones.
    static func probeDays(_ rules: RuleSet) -> [Day] {
      var days = [Day(1900, 1, 1), Day(2020, 1, 1), Day(2024, 6, 30), Day(2026, 7, 1), Day(2099, 12, 31)]
      var bounds = rules.regimes.flatMap { [$0.from, $0.to] }
      for key in RuleKey.allCases { bounds += rules.entries(key).flatMap { [$0.from, $0.to] } }
      for bound in bounds.compactMap({ $0 }) { days += [bound.adding(days: -1), bound, bound.adding(days: 1)] }
      return days
    }

    /// The value is of the kind the key promises (the typed accessors trap otherwise).
    static func checkKind(_ value: RuleValue, _ key: RuleKey) {
      let matches: Bool
      switch (key.kind, value) {
      case (.integer, .integer), (.positiveInteger, .integer), (.percentOrDecimal, .decimal), (.percent, .decimal),
        (.date, .date), (.flag, .flag), (.text, .text), (.choice, .text), (.codes, .codes), (.openCodes, .codes):
        matches = true
      default: matches = false
      }
      FuzzCheck.that(matches, "\(key.rawValue) holds \(value), not a \(key.kind)")
    }
  }
#endif
