/// One measuring point of the fokusmål (SPEC 4.2): the long-term recipients at the point and how many
/// of them had no offer and under 100 hours (fokusmål 1), no jobsamtale (fokusmål 2), and a
/// virksomhedsrettet offer (the diagnostic) in the 12 months before it. A count is `nil` when a table
/// it needs is missing.
package struct FocusPoint: Sendable, Equatable {
  package let point: Day
  /// Persons with public-support seniority of at least 12 months at the point.
  package let longTerm: Int
  /// Fokusmål 1: neither an offer of any type active on at least one day nor at least 100 hours.
  package let withoutOfferOrWork: Int?
  /// Fokusmål 2 (a modelled assumption): no `jobsamtale`, held by anyone.
  package let withoutJobsamtale: Int?
  /// Diagnostic: a virksomhedsrettet offer active on at least one day.
  package let withVirksomhedsrettet: Int?
}

/// Fokusmål 1 and 2 and the virksomhedsrettet diagnostic over W's 12 measuring points (SPEC 4.2;
/// LOB § 22 a). A person is a long-term recipient at point p when a public-support spell covers p and
/// the unbroken stretch covering p (gaps of up to 28 days bridged) started at least 12 months before
/// p. Each fokusmål is the plain mean of the 12 monthly shares over the points with at least one
/// long-term recipient; it is met when that mean is below 30 %; with no long-term recipient at any
/// point it is `ikke_vurderet`. The comparison with 30 % is exact (issue 14: a mean of exactly 30 % is
/// not below 30 %); the mean itself is shown with a double's precision.
package struct FocusTargets: Sendable, Equatable {
  package let points: [FocusPoint]
  package let targetPercent: FixedDecimal

  /// The mean share (0–1) of a count over the points with long-term recipients, for display; `nil`
  /// when there are none or the count's table is missing.
  package func meanShare(_ count: KeyPath<FocusPoint, Int?>) -> Double? {
    let counted = points.filter { $0.longTerm > 0 }
    guard !counted.isEmpty else { return nil }
    var sum = 0.0
    for point in counted {
      guard let value = point[keyPath: count] else { return nil }
      sum += Double(value) / Double(point.longTerm)
    }
    return sum / Double(counted.count)
  }

  /// Whether a fokusmål is met (mean below 30 %); `nil` when it cannot be assessed. Exact: with
  /// shares aᵢ/bᵢ over n points and the target t %, (Σ aᵢ/bᵢ) / n × 100 < t ⇔
  /// Σ aᵢ · Πⱼ≠ᵢ bⱼ · 100 · 10⁶ < t · 10⁶ · n · Π bⱼ, in integers of any size.
  package func isMet(_ count: KeyPath<FocusPoint, Int?>) -> Bool? {
    let counted = points.filter { $0.longTerm > 0 }
    guard !counted.isEmpty else { return nil }
    var numerators: [UInt32] = []
    for point in counted {
      guard let value = point[keyPath: count] else { return nil }
      numerators.append(UInt32(value))
    }
    let denominators = counted.map { UInt32($0.longTerm) }
    var sum = WideUInt(0)
    for (i, numerator) in numerators.enumerated() {
      var term = WideUInt(numerator)
      for (j, denominator) in denominators.enumerated() where j != i { term = term.multiplied(by: denominator) }
      sum = sum + term
    }
    let left = sum.multiplied(by: 100).multiplied(by: UInt32(FixedDecimal.unitsPerOne))
    let product = denominators.reduce(WideUInt(1)) { $0.multiplied(by: $1) }
    let right = product.multiplied(by: UInt32(targetPercent.units)).multiplied(by: UInt32(counted.count))
    return left < right
  }

  package var fokusmaal1: Bool? { isMet(\.withoutOfferOrWork) }
  package var fokusmaal2: Bool? { isMet(\.withoutJobsamtale) }
  /// The mean number of long-term recipients over the 12 points.
  package var meanLongTerm: Double { Double(points.reduce(0) { $0 + $1.longTerm }) / Double(max(1, points.count)) }
}

extension FocusTargets {
  /// Counts every point for one municipality. `tilbud`, `timer`, `samtaler` may be missing: the
  /// counts that need them are then `nil`. One pass over the persons, each person's records looked
  /// at for all 12 points while they are at hand; each point's lookback and its months are worked
  /// out once, before the persons.
  init(
    benefits: PersonGroups<Ydelsesperiode>, persons: Int, tilbud: PersonGroups<Tilbud>?, hours: HoursByMonth?,
    samtaler: PersonGroups<Samtale>?, rules: SkaerpetRules, end: Day
  ) {
    targetPercent = rules.focusTargetPercent
    let points = rules.points(endingOn: end)
    let lookbacks = points.map(rules.lookback(from:))
    let lookbackMonths = lookbacks.map { $0.lowerBound.yearMonth...$0.upperBound.yearMonth }
    let seniorityStarts = points.map { $0.adding(months: -rules.seniorityMonths) }
    var longTerm = [Int](repeating: 0, count: points.count)
    var withoutOfferOrWork = longTerm
    var withoutJobsamtale = longTerm
    var withVirksomhedsrettet = longTerm
    for p in 0..<persons {
      let id = PersonIndex(Int32(p))
      let support = PublicSupport(ordered: benefits[id])
      guard !support.isEmpty else { continue }
      var seniority = support.seniority(maximumGap: rules.maximumGapDays)
      let offers = tilbud?[id] ?? PersonRecords()
      let conversations = samtaler?[id] ?? PersonRecords()
      for (k, point) in points.enumerated() {
        guard let start = seniority.stretchStart(coveringDay: point),
          start <= seniorityStarts[k]
        else { continue }
        longTerm[k] += 1
        let lookback = lookbacks[k]
        var hasOffer = false
        var hasVirksomhedsrettet = false
        for offer in offers where offer.isActive(during: lookback) {
          hasOffer = true
          if offer.type.isVirksomhedsrettet { hasVirksomhedsrettet = true }
        }
        if hasVirksomhedsrettet { withVirksomhedsrettet[k] += 1 }
        if let hours, !hasOffer, hours.hours(id, in: lookbackMonths[k]) < rules.minimumHours {
          withoutOfferOrWork[k] += 1
        }
        if !conversations.contains(where: { $0.type == .jobsamtale && lookback.contains($0.dato) }) {
          withoutJobsamtale[k] += 1
        }
      }
    }
    self.points = points.indices.map { k in
      FocusPoint(
        point: points[k], longTerm: longTerm[k],
        withoutOfferOrWork: tilbud != nil && hours != nil ? withoutOfferOrWork[k] : nil,
        withoutJobsamtale: samtaler != nil ? withoutJobsamtale[k] : nil,
        withVirksomhedsrettet: tilbud != nil ? withVirksomhedsrettet[k] : nil)
    }
  }
}

extension Tilbud {
  /// Whether the offer ran on at least one day of `days` (`start` ≤ last day and `slut` empty or ≥
  /// first day).
  func isActive(during days: ClosedRange<Day>) -> Bool {
    start <= days.upperBound && (slut.map { $0 >= days.lowerBound } ?? true)
  }
}
