/// The generator's only source of randomness: SplitMix64 (Steele, Lea & Flood, 2014).
///
/// Every draw is plain integer and IEEE arithmetic (no `log`, `exp` or `cos`, no Foundation or stdlib
/// random APIs whose algorithms may change between releases), so the same seed gives the same bytes.
/// Independent streams are *derived* from a parent seed and a key (`derive`) instead of being drawn
/// one after another, which is what keeps municipalities, arrival months, persons and the event kinds
/// of one spell independent of one another: truncating or reordering one stream never shifts another.
struct SeededRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// The SplitMix64 output function: a bijective 64-bit mixer.
  @inline(__always)
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A seed for the stream named `key` under `seed`.
  @inline(__always)
  static func derive(_ seed: UInt64, _ key: UInt64) -> UInt64 {
    mix(seed ^ mix(key &+ 0x632B_E59B_D9B4_E019))
  }

  /// A seed for the stream named by two keys under `seed`.
  @inline(__always)
  static func derive(_ seed: UInt64, _ key1: UInt64, _ key2: UInt64) -> UInt64 {
    derive(derive(seed, key1), key2)
  }

  /// A uniform number in [0, 1) that depends only on `seed` and `key` (a stateless draw).
  @inline(__always)
  static func unit(_ seed: UInt64, _ key: UInt64) -> Double {
    Double(derive(seed, key) >> 11) * 0x1.0p-53
  }

  /// The stream named `key` under `seed`.
  init(_ seed: UInt64, _ key: UInt64) { self.init(seed: SeededRandom.derive(seed, key)) }

  @inline(__always)
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    return SeededRandom.mix(state)
  }

  /// Uniform in [0, 1), 53 bits.
  @inline(__always)
  mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

  /// Uniform in 0..<n (Lemire's multiply-high; the tiny bias is irrelevant here). `n` must be ≥ 1.
  @inline(__always)
  mutating func below(_ n: Int) -> Int {
    Int(next().multipliedFullWidth(by: UInt64(n)).high)
  }

  /// Uniform in `range`.
  @inline(__always)
  mutating func int(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + below(range.upperBound - range.lowerBound + 1)
  }

  /// Uniform in `range`.
  @inline(__always)
  mutating func double(in range: ClosedRange<Double>) -> Double {
    range.lowerBound + unit() * (range.upperBound - range.lowerBound)
  }

  /// `true` with probability `p`.
  @inline(__always)
  mutating func chance(_ p: Double) -> Bool { unit() < p }

  /// Approximately standard normal: the Irwin–Hall sum of four uniforms, scaled to variance 1
  /// (bounded at ±3.46, which suits counts and propensities).
  mutating func roughlyNormal() -> Double {
    (unit() + unit() + unit() + unit() - 2) * 1.732_050_807_568_877_2
  }

  /// A count with mean `mean` and Poisson-like spread: a binomial for small means, the normal
  /// approximation with randomized rounding for larger ones.
  mutating func count(mean: Double) -> Int {
    guard mean > 0 else { return 0 }
    if mean < 25 {
      let trials = Int(mean * 4) + 8
      let p = mean / Double(trials)
      var count = 0
      for _ in 0..<trials where chance(p) { count += 1 }
      return count
    }
    let value = mean + mean.squareRoot() * roughlyNormal()
    guard value > 0 else { return 0 }
    let whole = value.rounded(.down)
    return Int(whole) + (chance(value - whole) ? 1 : 0)
  }
}

/// A discrete distribution over `values` with the given weights (need not sum to 1).
struct WeightedTable<Value: Sendable>: Sendable {
  private(set) var values: [Value] = []
  private var cumulative: [Double] = []

  init(_ entries: [(Value, Double)]) {
    var total = 0.0
    for (value, weight) in entries where weight > 0 {
      total += weight
      values.append(value)
      cumulative.append(total)
    }
    precondition(total > 0, "a weighted table needs a positive weight")
  }

  func pick(_ rng: inout SeededRandom) -> Value {
    let target = rng.unit() * cumulative[cumulative.count - 1]
    for index in cumulative.indices where target < cumulative[index] { return values[index] }
    return values[values.count - 1]
  }
}

/// A continuous distribution given by its quantiles at fixed probabilities, interpolated linearly:
/// the shape of a duration distribution can be read off the table directly (median, 90th percentile…).
struct QuantileTable: Sendable {
  /// The probabilities at which every table gives its knots.
  static let probabilities: [Double] = [0, 0.10, 0.25, 0.50, 0.75, 0.90, 0.97, 1]
  let knots: [Double]

  init(_ knots: [Double]) {
    precondition(knots.count == QuantileTable.probabilities.count, "one knot per probability")
    self.knots = knots
  }

  /// The value at cumulative probability `u` in [0, 1).
  func value(at u: Double) -> Double {
    let p = QuantileTable.probabilities
    var index = 1
    while index < p.count - 1 && u >= p[index] { index += 1 }
    let fraction = (u - p[index - 1]) / (p[index] - p[index - 1])
    return knots[index - 1] + fraction * (knots[index] - knots[index - 1])
  }

  func sample(_ rng: inout SeededRandom) -> Double { value(at: rng.unit()) }

  /// A sample rounded to whole days, at least 1.
  func days(_ rng: inout SeededRandom) -> Int { max(1, Int(sample(&rng).rounded())) }
}
