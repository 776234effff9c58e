/// An exact fraction for the audit's linear programs (SPEC 5.1): 128-bit numerator and denominator,
/// always in lowest terms with a positive denominator. Swift's integer operators trap on overflow,
/// so a result is exact or the run stops — never silently wrong. The audit's tableaus hold sums of
/// counts (at most tens of thousands) and share bounds (factors up to 2,001), far inside 128 bits.
struct Rational: Hashable, Comparable, Sendable, CustomStringConvertible {
  private(set) var numerator: Int128
  private(set) var denominator: Int128

  static let zero = Rational(0)
  static let one = Rational(1)

  init(_ value: Int) {
    numerator = Int128(value)
    denominator = 1
  }

  init(_ numerator: Int128, _ denominator: Int128) {
    precondition(denominator != 0, "a fraction with denominator 0")
    let divisor = Self.gcd(numerator, denominator)
    let sign: Int128 = denominator < 0 ? -1 : 1
    self.numerator = sign * numerator / divisor
    self.denominator = sign * denominator / divisor
  }

  var isZero: Bool { numerator == 0 }
  var isNegative: Bool { numerator < 0 }
  var isPositive: Bool { numerator > 0 }

  /// The largest whole number not above the value.
  var floor: Int128 {
    let quotient = numerator / denominator
    return numerator < 0 && quotient * denominator != numerator ? quotient - 1 : quotient
  }

  /// The smallest whole number not below the value.
  var ceiling: Int128 { -Rational(-numerator, denominator).floor }

  var description: String { denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)" }

  static func + (lhs: Rational, rhs: Rational) -> Rational {
    if lhs.denominator == rhs.denominator { return Rational(lhs.numerator + rhs.numerator, lhs.denominator) }
    let divisor = gcd(lhs.denominator, rhs.denominator)
    let left = rhs.denominator / divisor
    return Rational(lhs.numerator * left + rhs.numerator * (lhs.denominator / divisor), lhs.denominator * left)
  }

  static prefix func - (value: Rational) -> Rational { Rational(-value.numerator, value.denominator) }

  static func - (lhs: Rational, rhs: Rational) -> Rational { lhs + -rhs }

  static func * (lhs: Rational, rhs: Rational) -> Rational {
    if lhs.isZero || rhs.isZero { return .zero }
    // Cross-cancel first so the products stay as small as the result.
    let first = gcd(lhs.numerator, rhs.denominator)
    let second = gcd(rhs.numerator, lhs.denominator)
    return Rational(
      (lhs.numerator / first) * (rhs.numerator / second), (lhs.denominator / second) * (rhs.denominator / first))
  }

  static func / (lhs: Rational, rhs: Rational) -> Rational {
    precondition(!rhs.isZero, "division by zero")
    return lhs * Rational(rhs.denominator, rhs.numerator)
  }

  static func < (lhs: Rational, rhs: Rational) -> Bool {
    lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
  }

  private static func gcd(_ a: Int128, _ b: Int128) -> Int128 {
    var (x, y) = (a.magnitude, b.magnitude)
    while y != 0 { (x, y) = (y, x % y) }
    return x == 0 ? 1 : Int128(x)
  }
}
