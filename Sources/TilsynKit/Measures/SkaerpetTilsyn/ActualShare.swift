/// Condition A of skærpet tilsyn (SPEC 4.2; LOB § 22 a): the municipality has more of its population
/// 16–66 on public support than the ministry's benchmark model expects (jobindsats Y30R21).
///
/// Faktisk andel = fuldtidspersoner on public support in W (each person's days on support in W, a
/// day counted once however many spells overlap, summed, ÷ the days in W) ÷ `befolkning_16_66`, in
/// percent. Every comparison is exact integer arithmetic on days, persons and the expected share's
/// millionths; rounding is for display only.
struct ActualShare: Sendable, Equatable {
  /// Σ over persons of their days on public support in W.
  let supportDays: Int
  /// The days in W.
  let windowDays: Int
  let befolkning: Int
  /// The expected share in percent, from `benchmark.csv`.
  let forventetAndel: FixedDecimal

  /// Condition A: faktisk andel > forventet andel, i.e.
  /// supportDays × 100 × 10⁶ > forventet(millionths) × windowDays × befolkning.
  var isWorseThanExpected: Bool {
    Int128(supportDays) * 100 * Int128(FixedDecimal.unitsPerOne)
      > Int128(forventetAndel.units) * Int128(windowDays) * Int128(befolkning)
  }

  /// The difference faktisk − forventet in percentage points as an exact fraction over
  /// `differenceDenominator`.
  var differenceNumerator: Int128 {
    Int128(supportDays) * 100 * Int128(FixedDecimal.unitsPerOne)
      - Int128(forventetAndel.units) * Int128(windowDays) * Int128(befolkning)
  }

  var differenceDenominator: Int128 {
    Int128(windowDays) * Int128(befolkning) * Int128(FixedDecimal.unitsPerOne)
  }

  /// Whether this municipality's difference is larger than `other`'s (exact cross-multiplication).
  func hasLargerDifference(than other: ActualShare) -> Bool {
    differenceNumerator * other.differenceDenominator > other.differenceNumerator * differenceDenominator
  }

  /// Fuldtidspersoner with one decimal.
  var fuldtidspersonerText: String { DanishFormat.ratio(supportDays, windowDays, places: 1) }
  /// Faktisk andel in percent with two decimals.
  var faktiskAndelText: String { DanishFormat.ratio(supportDays * 100, windowDays * befolkning, places: 2) }
  var forventetAndelText: String { DanishFormat.decimal(forventetAndel, places: 2) }
  /// Forskel in percentage points with two decimals.
  var forskelText: String {
    DanishFormat.ratio(Int(differenceNumerator), Int(differenceDenominator), places: 2)
  }
}
