/// The national picture of the reform indicators (SPEC 4.5): every municipality's result in code
/// order, the national values (the sum of the counts, days and populations of the municipalities with
/// data, so a share is the national numerator over the national denominator), and each
/// municipality's place per indicator.
///
/// Places: 1 is the first by `Indicator.order` among the municipalities with a value; equal values
/// are ordered by municipality code (as SPEC 4.2's `placering`). Municipalities that are
/// `mangler_data`, or whose share has no denominator, have no place.
struct IndicatorSummary: Sendable {
  /// Every municipality's result, in code order.
  let kommuner: [KommuneIndicators]
  /// The sum over the municipalities with data; `nil` when none has any.
  let national: IndicatorValues?
  private let places: [Indicator: [Int: Int]]

  init(kommuner: [KommuneIndicators]) {
    self.kommuner = kommuner.sorted { $0.kommune.code < $1.kommune.code }
    national = self.kommuner.compactMap(\.values).reduce(nil) { sum, values in sum.map { $0 + values } ?? values }
    var places: [Indicator: [Int: Int]] = [:]
    for indicator in Indicator.allCases {
      let keyed = self.kommuner.compactMap { kommune in
        kommune.values.flatMap(indicator.rankingKey).map { (code: kommune.kommune.code, key: $0) }
      }
      let ranked = keyed.sorted { a, b in
        let aFirst = indicator.order == .lowestFirst ? a.key.isLess(than: b.key) : b.key.isLess(than: a.key)
        let bFirst = indicator.order == .lowestFirst ? b.key.isLess(than: a.key) : a.key.isLess(than: b.key)
        return aFirst || (!bFirst && a.code < b.code)
      }
      places[indicator] = Dictionary(uniqueKeysWithValues: ranked.enumerated().map { ($1.code, $0 + 1) })
    }
    self.places = places
  }

  /// The municipality's place on `indicator` (1 = first), or `nil` without a value.
  func place(_ indicator: Indicator, of kommune: Kommune) -> Int? { places[indicator]?[kommune.code] }

  /// The number of municipalities with a place on `indicator`.
  func ranked(_ indicator: Indicator) -> Int { places[indicator]?.count ?? 0 }

  /// Municipalities with every indicator `mangler_data` (no `ydelser` or no benchmark row).
  var manglerData: [KommuneIndicators] { kommuner.filter { $0.values == nil } }

  /// Municipalities with data but without `timer`: the two timer indicators are `mangler_data`.
  var manglerTimer: [KommuneIndicators] {
    kommuner.filter { $0.values != nil && ($0.values?.afgangRF == nil || $0.values?.timeprogression == nil) }
  }

  /// The thresholds the indicators were computed with (those of the first municipality: one period,
  /// one rule set), `nil` for an empty summary.
  var thresholds: IndicatorThresholds? { kommuner.first?.thresholds }
}
