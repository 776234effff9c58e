/// The coded values of the extract tables (SPEC 3.2–3.7). Each is a small enum whose raw value is the
/// code as written in the files; files may use any letter case (SPEC 3.1).
public protocol ExtractCode: CaseIterable, RawRepresentable, Hashable, Sendable
where RawValue == String, AllCases == [Self] {}

extension ExtractCode {
  /// The codes in declaration order, as the reader matches them.
  public static var codes: [String] { allCases.map(\.rawValue) }
}

/// The target group of a `forloeb` spell (LAB § 6; SPEC 3.2).
public enum Maalgruppe: String, ExtractCode {
  /// a-dagpenge, LAB § 6 nr. 1.
  case dagpenge = "DP"
  /// Kontanthjælp, jobparat (nr. 2).
  case kontanthjaelpJobparat = "KHJ"
  /// Kontanthjælp, aktivitetsparat (nr. 3).
  case kontanthjaelpAktivitetsparat = "KHA"
  /// Uddannelseshjælp, uddannelsesparat (nr. 4).
  case uddannelseshjaelpUddannelsesparat = "UHU"
  /// Uddannelseshjælp, aktivitetsparat (nr. 5).
  case uddannelseshjaelpAktivitetsparat = "UHA"
  /// Sygedagpenge (nr. 6).
  case sygedagpenge = "SDP"
  /// Jobafklaringsforløb (nr. 7).
  case jobafklaring = "JAF"
  /// Ressourceforløb (nr. 8).
  case ressourceforloeb = "RF"
  /// Ledighedsydelse (nr. 9).
  case ledighedsydelse = "LY"
  /// Revalidering (nr. 10).
  case revalidering = "REV"
  /// Selvforsørgelses- og hjemrejseydelse / overgangsydelse (integrationsloven).
  case overgangsydelse = "OVG"
}

/// The kind of a `samtaler` row (SPEC 3.3).
public enum SamtaleType: String, ExtractCode {
  case jobsamtale = "jobsamtale"
  /// The case was treated in the rehabiliteringsteam.
  case rehabiliteringsteam = "rehabiliteringsteam"
  /// The annual progress review of the proposed fremdriftsgaranti.
  case fremdriftsvurdering = "fremdriftsvurdering"
  case andet = "andet"
}

/// Who held a conversation (SPEC 3.3); empty means `jobcenter`.
public enum AfholdtAf: String, ExtractCode {
  case jobcenter = "jobcenter"
  case akasse = "akasse"
  /// Joint conversation; counts as the jobcenter's.
  case faelles = "faelles"
}

/// The type of an active offer (LAB kap. 10–12; SPEC 3.4).
public enum Tilbudstype: String, ExtractCode {
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
  public var isVirksomhedsrettet: Bool {
    self == .praktik || self == .loentilskudPrivat || self == .loentilskudOffentlig
  }

  /// A wage-subsidy offer, which may start after the six-month date (LAB § 102; SPEC 4.1).
  public var isLoentilskud: Bool { self == .loentilskudPrivat || self == .loentilskudOffentlig }
}

/// A benefit (SPEC 3.5). Declaration order is the list order of SPEC 3.5, used to break ties.
public enum Ydelse: String, ExtractCode {
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
  public var isPublicSupport: Bool { self != .fleksjob && self != .foertidspension }
}

/// A person marking (SPEC 3.7).
public enum Markeringstype: String, ExtractCode {
  /// Flere skal med 2, gruppe 2: headed for the rehabiliteringsteam.
  case fsm2Rehab = "FSM2_REHAB"
  case fsm2Stepup = "FSM2_STEPUP"
  /// Exempt from the effort; excluded from the early-effort cohorts.
  case fritaget = "FRITAGET"
}
