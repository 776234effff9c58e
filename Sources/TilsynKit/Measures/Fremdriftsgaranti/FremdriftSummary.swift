/// The national picture of the proposed fremdriftsgaranti (SPEC 4.4): due and met summed over the
/// municipalities with data, the number of municipalities per status, and those under the criterion.
struct FremdriftSummary: Sendable {
  /// Every municipality's result, in code order.
  let kommuner: [KommuneFremdrift]
  /// Persons due, summed over the municipalities with data.
  let due: Int
  /// Persons due who had their fremdriftsvurdering, summed likewise.
  let met: Int

  init(kommuner: [KommuneFremdrift]) {
    self.kommuner = kommuner
    due = kommuner.reduce(0) { $0 + ($1.due ?? 0) }
    met = kommuner.reduce(0) { $0 + ($1.met ?? 0) }
  }

  /// The municipalities with `status`, in code order.
  func kommuner(_ status: MeasureStatus) -> [KommuneFremdrift] { kommuner.filter { $0.status == status } }

  /// The number of municipalities with `status`.
  func count(_ status: MeasureStatus) -> Int { kommuner(status).count }

  /// The municipalities flagged `under_kriteriet`.
  var underKriteriet: [KommuneFremdrift] { kommuner(.underKriteriet) }

  /// The thresholds used (every municipality is computed on the same E); `nil` with no municipality.
  var thresholds: FremdriftThresholds? { kommuner.first?.thresholds }

  /// The criterion in percent, from the thresholds used; `nil` with no municipality.
  var criterion: FixedDecimal? { thresholds?.criterion }
}
