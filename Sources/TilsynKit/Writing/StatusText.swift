/// Statuses in Danish words for what a person reads (issue 17: words, not codes); the codes stay in
/// the CSV columns.
enum StatusText {
  static func measure(_ status: MeasureStatus) -> String {
    switch status {
    case .underKriteriet: "under kriteriet"
    case .opfylder: "opfylder kriteriet"
    case .ikkeVurderet: "ikke vurderet"
    case .manglerData: "mangler data"
    case .ikkeGaeldende: "gælder ikke i perioden"
    }
  }

  static func overall(_ status: OverallStatus) -> String {
    switch status {
    case .opfylderIkke: "opfylder ikke kriterierne"
    case .manglerData: "mangler data"
    case .ikkeVurderet: "ikke vurderet"
    case .opfylder: "opfylder kriterierne"
    }
  }

  static func skaerpet(_ status: SkaerpetStatus) -> String {
    switch status {
    case .ikkeOmfattet: "ikke omfattet"
    case .iRisiko: "i risiko"
    case .manglerData: "mangler data"
    case .ikkeVurderet: "ikke vurderet"
    case .risikozone: "i risikozonen"
    }
  }
}
