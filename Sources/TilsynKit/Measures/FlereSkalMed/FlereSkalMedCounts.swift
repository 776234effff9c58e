/// The counts of Flere skal med gruppe 2 at E (SPEC 4.3), named as the SPEC names them (the CSV
/// columns). `skiftetYdelse + fortsatKontanthjaelp + afgaaet + andenYdelse == iGruppe2` always.
struct FlereSkalMedCounts: Sendable, Equatable {
  /// Persons with an `FSM2_REHAB` marking from on or before E (once each).
  var iGruppe2 = 0
  /// Of these, persons treated in the rehabiliteringsteam since the marking.
  var behandlet = 0
  /// Benefit at E: RF, JAF, LY, FJ or FP.
  var skiftetYdelse = 0
  /// Benefit at E: KH, UH or OVG.
  var fortsatKontanthjaelp = 0
  /// Of `fortsatKontanthjaelp`: marked more than 9 months before E and not `behandlet`.
  var over9Mdr = 0
  /// Of `fortsatKontanthjaelp`: no offer active on E.
  var udenTilbud = 0
  /// No benefit at E.
  var afgaaet = 0
  /// Benefit at E: DP, SDP or REV.
  var andenYdelse = 0

  init() {}

  /// The count of one outcome.
  subscript(outcome: BenefitAtEnd) -> Int {
    get {
      switch outcome {
      case .skiftetYdelse: return skiftetYdelse
      case .fortsatKontanthjaelp: return fortsatKontanthjaelp
      case .afgaaet: return afgaaet
      case .andenYdelse: return andenYdelse
      }
    }
    set {
      switch outcome {
      case .skiftetYdelse: skiftetYdelse = newValue
      case .fortsatKontanthjaelp: fortsatKontanthjaelp = newValue
      case .afgaaet: afgaaet = newValue
      case .andenYdelse: andenYdelse = newValue
      }
    }
  }

  /// The sum of two municipalities' counts (national totals).
  static func + (lhs: FlereSkalMedCounts, rhs: FlereSkalMedCounts) -> FlereSkalMedCounts {
    var sum = FlereSkalMedCounts()
    sum.iGruppe2 = lhs.iGruppe2 + rhs.iGruppe2
    sum.behandlet = lhs.behandlet + rhs.behandlet
    sum.over9Mdr = lhs.over9Mdr + rhs.over9Mdr
    sum.udenTilbud = lhs.udenTilbud + rhs.udenTilbud
    for outcome in BenefitAtEnd.allCases { sum[outcome] = lhs[outcome] + rhs[outcome] }
    return sum
  }
}
