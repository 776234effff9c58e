/// The standings the committee page shows in colour (issue 17): a municipality under the criterion,
/// meeting it, not assessable, or without data. The same four colours mark the bars of the charts and
/// the status column of the tables, with one legend; the words are `StatusText`'s. Each colour also
/// differs in lightness (and "under" is hatched in the charts), so a black-and-white print keeps them
/// apart.
enum CommitteeStatus: CaseIterable {
  case under
  case meets
  case notAssessed
  case missingData

  init(_ status: MeasureStatus) {
    switch status {
    case .underKriteriet: self = .under
    case .opfylder: self = .meets
    case .ikkeVurderet, .ikkeGaeldende: self = .notAssessed
    case .manglerData: self = .missingData
    }
  }

  /// The word in a table's status column.
  var word: String {
    switch self {
    case .under: StatusText.measure(.underKriteriet)
    case .meets: StatusText.measure(.opfylder)
    case .notAssessed: StatusText.measure(.ikkeVurderet)
    case .missingData: StatusText.measure(.manglerData)
    }
  }

  /// The bars' colour: dark red, mid blue, light grey; no bar without data.
  var colour: String {
    switch self {
    case .under: "#a50f15"
    case .meets: "#4f81b3"
    case .notAssessed: "#c4c4c4"
    case .missingData: "#ffffff"
    }
  }

  /// The class of a status cell in the page's CSS (`HTMLText.style`), whose background is a pale tint of
  /// the colour.
  var cssClass: String {
    switch self {
    case .under: "s-under"
    case .meets: "s-meets"
    case .notAssessed: "s-not-assessed"
    case .missingData: "s-missing"
    }
  }

  /// The legend's words, also the bar chart's category names.
  var legend: String {
    switch self {
    case .under: "Under kriteriet"
    case .meets: "Opfylder kriteriet"
    case .notAssessed: "Ikke vurderet (for få borgere i en måned)"
    case .missingData: "Mangler data"
    }
  }

  /// The bar chart category of the statuses that have bars (all but `missingData`, whose row shows a
  /// note instead).
  static let chartOrder: [CommitteeStatus] = [.under, .meets, .notAssessed]

  var chartCategory: BarChart.Category {
    BarChart.Category(name: legend, fill: colour, hatched: self == .under, emphasised: self == .under)
  }
}
