/// The coded values of the extract tables (SPEC 3.2–3.7). Each is a small enum whose raw value is the
/// code as written in the files; files may use any letter case (SPEC 3.1).
protocol ExtractCode: CaseIterable, RawRepresentable, Hashable, Sendable
where RawValue == String, AllCases == [Self] {}

extension ExtractCode {
  /// The codes in declaration order, as the reader matches them.
  static var codes: [String] { allCases.map(\.rawValue) }
}

/// The target group of a `forloeb` spell (LAB § 6; SPEC 3.2). The set of target groups is data: the
/// reader accepts the rule set's `koder.maalgrupper`, and the regimes name the groups of each measure,
/// so the new main law's groups (SPEC 4.6) are a change of the rule set, not of the code. A code is
/// 1–8 ASCII letters, digits or `_`, kept packed in one word (as cheap to store and compare as an
/// enum); the groups of SPEC 3.2 are named below.
struct Maalgruppe: Hashable, Sendable, BitwiseCopyable, CustomStringConvertible {
  /// The code's bytes, the first in the lowest byte, zero-padded.
  private let packed: UInt64

  /// The code as written in the rule set and the outputs (`DP`), or `nil` when `rawValue` is no
  /// valid code.
  init?(rawValue: String) {
    let bytes = Array(rawValue.utf8)
    guard Self.isValidCode(bytes) else { return nil }
    packed = bytes.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
  }

  private init(_ code: StaticString) { self.init(rawValue: code.description)! }

  var rawValue: String {
    var bytes: [UInt8] = []
    var rest = packed
    while rest != 0 {
      bytes.append(UInt8(truncatingIfNeeded: rest))
      rest >>= 8
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  var description: String { rawValue }

  /// 1–8 bytes of `A`–`Z`, `a`–`z`, `0`–`9` or `_`.
  static func isValidCode(_ bytes: [UInt8]) -> Bool {
    (1...8).contains(bytes.count)
      && bytes.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 95 }
  }

  /// a-dagpenge, LAB § 6 nr. 1.
  static let dagpenge = Maalgruppe("DP")
  /// Kontanthjælp, jobparat (nr. 2).
  static let kontanthjaelpJobparat = Maalgruppe("KHJ")
  /// Kontanthjælp, aktivitetsparat (nr. 3).
  static let kontanthjaelpAktivitetsparat = Maalgruppe("KHA")
  /// Uddannelseshjælp, uddannelsesparat (nr. 4).
  static let uddannelseshjaelpUddannelsesparat = Maalgruppe("UHU")
  /// Uddannelseshjælp, aktivitetsparat (nr. 5).
  static let uddannelseshjaelpAktivitetsparat = Maalgruppe("UHA")
  /// Sygedagpenge (nr. 6).
  static let sygedagpenge = Maalgruppe("SDP")
  /// Jobafklaringsforløb (nr. 7).
  static let jobafklaring = Maalgruppe("JAF")
  /// Ressourceforløb (nr. 8).
  static let ressourceforloeb = Maalgruppe("RF")
  /// Ledighedsydelse (nr. 9).
  static let ledighedsydelse = Maalgruppe("LY")
  /// Revalidering (nr. 10).
  static let revalidering = Maalgruppe("REV")
  /// Selvforsørgelses- og hjemrejseydelse / overgangsydelse (integrationsloven).
  static let overgangsydelse = Maalgruppe("OVG")

  /// The target groups of SPEC 3.2 in its order: the default code list (a rule set may give another).
  static let allCases: [Maalgruppe] = [
    .dagpenge, .kontanthjaelpJobparat, .kontanthjaelpAktivitetsparat, .uddannelseshjaelpUddannelsesparat,
    .uddannelseshjaelpAktivitetsparat, .sygedagpenge, .jobafklaring, .ressourceforloeb, .ledighedsydelse,
    .revalidering, .overgangsydelse,
  ]

  /// The codes of `allCases`.
  static var codes: [String] { allCases.map(\.rawValue) }
}

/// The kind of a `samtaler` row (SPEC 3.3).
enum SamtaleType: String, ExtractCode {
  case jobsamtale = "jobsamtale"
  /// The case was treated in the rehabiliteringsteam.
  case rehabiliteringsteam = "rehabiliteringsteam"
  /// The annual progress review of the proposed fremdriftsgaranti.
  case fremdriftsvurdering = "fremdriftsvurdering"
  case andet = "andet"
}

/// Who held a conversation (SPEC 3.3); empty means `jobcenter`.
enum AfholdtAf: String, ExtractCode {
  case jobcenter = "jobcenter"
  case akasse = "akasse"
  /// Joint conversation; counts as the jobcenter's.
  case faelles = "faelles"
}

/// The type of an active offer (LAB kap. 10–12; SPEC 3.4).
enum Tilbudstype: String, ExtractCode {
  /// Virksomhedspraktik, LAB kap. 11.
  case praktik = "praktik"
  /// Løntilskud at a private employer, kap. 12.
  case loentilskudPrivat = "loentilskud_privat"
  /// Løntilskud at a public employer, kap. 12.
  case loentilskudOffentlig = "loentilskud_offentlig"
  /// Nytteindsats.
  case nytte = "nytte"
  /// Ordinary education, § 90.
  case uddannelse = "uddannelse"
  /// Øvrig vejledning og opkvalificering, § 91.
  case vejledning = "vejledning"
  case andet = "andet"

  /// *Virksomhedsrettet*: practice or wage subsidy at an employer (SPEC 3.4).
  var isVirksomhedsrettet: Bool {
    self == .praktik || self == .loentilskudPrivat || self == .loentilskudOffentlig
  }

  /// A wage-subsidy offer, which may start after the six-month date (LAB § 102; SPEC 4.1).
  var isLoentilskud: Bool { self == .loentilskudPrivat || self == .loentilskudOffentlig }
}

/// A benefit (SPEC 3.5). Declaration order is the list order of SPEC 3.5, used to break ties.
enum Ydelse: String, ExtractCode {
  case dagpenge = "DP"
  case kontanthjaelp = "KH"
  case uddannelseshjaelp = "UH"
  case sygedagpenge = "SDP"
  case ressourceforloeb = "RF"
  case jobafklaring = "JAF"
  case ledighedsydelse = "LY"
  case revalidering = "REV"
  case overgangsydelse = "OVG"
  case fleksjob = "FJ"
  case foertidspension = "FP"

  /// *Offentlig forsørgelse*: every benefit except fleksjob and førtidspension (SPEC 3.5).
  var isPublicSupport: Bool { self != .fleksjob && self != .foertidspension }
}

/// A person marking (SPEC 3.7).
enum Markeringstype: String, ExtractCode {
  /// Flere skal med 2, gruppe 2: headed for the rehabiliteringsteam.
  case fsm2Rehab = "FSM2_REHAB"
  case fsm2Stepup = "FSM2_STEPUP"
  /// Exempt from the effort; excluded from the early-effort cohorts.
  case fritaget = "FRITAGET"
}
