import Foundation

/// What `tilsyn generate` asks of the synthetic extract generator (SPEC 1, SPEC 7).
package struct GeneratorOptions: Sendable {
  /// The period whose extract is written: records from 24 months before its first day to its last.
  package var period: Period
  /// Size relative to the whole of Denmark: 1 is national size (about 675,000 persons on a benefit at
  /// a time, about 31 million rows, 950 MB); 0.01 is a hundredth of that.
  package var scale: Double
  /// Same seed, same options: byte-identical files. The same seed describes the same simulated world
  /// in every period.
  package var seed: UInt64
  /// Share of rows (0…1) that are bad on purpose, one fault each, over every reason code of SPEC 3.1.
  package var dirtyRate: Double
  /// The extracts root: files go to `<outputRoot>/<period>/…`.
  package var outputRoot: URL
  package var profile: GeneratorProfile

  package init(
    period: Period, scale: Double, seed: UInt64, dirtyRate: Double = 0, outputRoot: URL,
    profile: GeneratorProfile = .national
  ) {
    self.period = period
    self.scale = scale
    self.seed = seed
    self.dirtyRate = dirtyRate
    self.outputRoot = outputRoot
    self.profile = profile
  }
}

/// What the generator writes at a given scale.
///
/// - `national`: every simulated person with a row in the extract window, every row. At `--scale 1`
///   this is the national-size extract of SPEC 6's benchmark (about 31 million rows, 950 MB).
/// - `sample`: the committed sample of `data/` (two consecutive periods, every municipality, about
///   10–11 MB each at `--scale 0.15`). A uniformly scaled-down national extract cannot be both that
///   small and have early-effort cohorts of at least 10 spells in most municipalities: the long-term
///   stock, the history and `timer` dominate the bytes. So the sample simulates the whole world at
///   the given scale, keeps the *flow* that makes the cohorts, and thins the rest:
///   - every person with a spell in one of the period's monthly cohorts (SPEC 4.1: an early-effort
///     spell whose six-month date falls in the period and which is still running then) is written in
///     full, as is every Flere skal med gruppe 2 person of the municipalities that concentrate them;
///   - of all other persons (the long-term stock, earlier and shorter spells) 1 in 100 is written
///     (`stockShare`), chosen by a stateless draw on the person, so both sample periods keep the same;
///   - `samtaler` and `timer` rows are written for the last 24 months only (`historyMonths`): the
///     earliest date any measure looks at is E − 23 months (fokusmål of SPEC 4.2 at W's first point);
///     the 30-month window of the other tables is kept, so seniority is computed as nationally;
///   - Flere skal med gruppe 2 is concentrated in 3 of the municipalities of at least 150,000
///     inhabitants, so that a few letters result (`over_9_mdr` ≥ 20, SPEC 4.3);
///   - `benchmark.befolkning_16_66` is scaled by the share of public-support days in W that the
///     thinning kept, so that faktisk andel (SPEC 4.2) stays what the simulation gives.
///   Measured with seeds 1 and 2024 for 2023H2 and 2024H1 at `--scale 0.15`: 10.2–11.1 MB per period,
///   and 64–70 of the 98 municipalities have cohorts of at least 10 in at least 4 of the 6 months for
///   both measures (the small ones, e.g. Læsø, Fanø, Samsø, Ærø, are not assessable, as nationally).
package enum GeneratorProfile: String, Sendable, CaseIterable {
  case national
  case sample

  /// Share of persons outside the period's cohorts that are written.
  var stockShare: Double { self == .sample ? 0.01 : 1 }
  /// Months of `samtaler` and `timer` up to and including the last month; `nil`: the whole window.
  var historyMonths: Int? { self == .sample ? 24 : nil }
  /// Number of municipalities that concentrate Flere skal med gruppe 2 markings.
  var flereSkalMedMunicipalities: Int { self == .sample ? 3 : 5 }
  /// Only municipalities at least this large may concentrate Flere skal med markings.
  var flereSkalMedMinimumPopulation: Int { self == .sample ? 150_000 : 40_000 }
}

/// Why the generator could not write an extract.
package enum GeneratorError: Error, Equatable, CustomStringConvertible {
  /// An option is out of range (the text names it).
  case invalidOptions(String)
  case cannotCreateFolder(path: String)
  case cannotCreateFile(path: String)
  case cannotWrite(path: String)
  /// A folder for the same municipality under its other name (`101` beside `0101`) holds files this
  /// generator did not write, so it is not removed.
  case conflictingFolder(path: String)

  /// A one-line message in Danish for the command line.
  package var description: String {
    switch self {
    case .invalidOptions(let text): "ugyldig indstilling: \(text)"
    case .cannotCreateFolder(let path): "kan ikke oprette mappen \(path)"
    case .cannotCreateFile(let path): "kan ikke oprette filen \(path)"
    case .cannotWrite(let path): "kan ikke skrive til filen \(path)"
    case .conflictingFolder(let path): "mappen \(path) findes allerede med andre filer; flyt eller slet den først"
    }
  }
}
