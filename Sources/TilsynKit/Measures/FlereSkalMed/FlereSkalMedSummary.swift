/// The national picture of Flere skal med gruppe 2 (SPEC 4.3): the counts summed over the
/// municipalities with data, the municipalities whose mayor gets a letter (`over_9_mdr` ≥ 20) and
/// those without data.
struct FlereSkalMedSummary: Sendable {
  /// Every municipality's result, in code order.
  let kommuner: [KommuneFlereSkalMed]
  /// The counts summed over the municipalities with data.
  let national: FlereSkalMedCounts

  init(kommuner: [KommuneFlereSkalMed]) {
    self.kommuner = kommuner
    national = kommuner.compactMap(\.counts).reduce(FlereSkalMedCounts(), +)
  }

  /// The municipalities that get a letter to the mayor, in code order.
  var letters: [KommuneFlereSkalMed] { withStatus(.brev) }

  /// The municipalities without the data the measure needs.
  var manglerData: [KommuneFlereSkalMed] { withStatus(.manglerData) }

  /// The municipalities with counts.
  var withData: [KommuneFlereSkalMed] { kommuner.filter { $0.counts != nil } }

  /// The thresholds used (every municipality is computed on the same E); `nil` with no municipality.
  var thresholds: FlereSkalMedThresholds? { kommuner.first?.thresholds }

  private func withStatus(_ status: FlereSkalMedStatus) -> [KommuneFlereSkalMed] {
    kommuner.filter { $0.status == status }
  }
}
