/// A non-negative integer of any size, for the few comparisons whose exact terms outgrow `Int128`:
/// the mean of twelve fractions with different denominators against a threshold (SPEC 4.2's
/// fokusmål) needs the product of twelve counts. Only what that needs: multiplying by a 32-bit
/// number, adding, comparing.
struct WideUInt: Comparable, Sendable {
  /// 32-bit digits, least significant first, without leading (trailing) zero digits.
  private(set) var limbs: [UInt32]

  init(_ value: UInt32) { limbs = value == 0 ? [] : [value] }

  /// `self × factor`.
  func multiplied(by factor: UInt32) -> WideUInt {
    guard factor != 0, !limbs.isEmpty else { return WideUInt(0) }
    var result = WideUInt(0)
    result.limbs.reserveCapacity(limbs.count + 1)
    var carry: UInt64 = 0
    for limb in limbs {
      let product = UInt64(limb) * UInt64(factor) + carry
      result.limbs.append(UInt32(truncatingIfNeeded: product))
      carry = product >> 32
    }
    if carry != 0 { result.limbs.append(UInt32(carry)) }
    return result
  }

  static func + (lhs: WideUInt, rhs: WideUInt) -> WideUInt {
    var result = WideUInt(0)
    var carry: UInt64 = 0
    for index in 0..<max(lhs.limbs.count, rhs.limbs.count) {
      let sum = UInt64(lhs.limb(index)) + UInt64(rhs.limb(index)) + carry
      result.limbs.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    if carry != 0 { result.limbs.append(UInt32(carry)) }
    return result
  }

  static func < (lhs: WideUInt, rhs: WideUInt) -> Bool {
    if lhs.limbs.count != rhs.limbs.count { return lhs.limbs.count < rhs.limbs.count }
    for index in stride(from: lhs.limbs.count - 1, through: 0, by: -1) where lhs.limbs[index] != rhs.limbs[index] {
      return lhs.limbs[index] < rhs.limbs[index]
    }
    return false
  }

  private func limb(_ index: Int) -> UInt32 { index < limbs.count ? limbs[index] : 0 }
}
