import Foundation

@testable import TilsynKit

/// An independent, simple recomputation of SPEC 4.1's monthly cohorts from one municipality's generated
/// files (not the production measure code): cohort sizes and how many meet each rule.
struct CohortRecount {
  struct Month: Equatable {
    var conversationCohort = 0
    var conversationMet = 0
    var offerCohort = 0
    var offerMet = 0
  }

  static let conversationGroups: Set<String> = ["DP", "KHJ", "KHA", "UHU", "UHA", "JAF", "RF", "LY", "REV", "OVG"]
  static let offerGroups: Set<String> = ["DP", "KHJ", "KHA", "UHU", "UHA", "OVG"]

  /// The six months of `period` for the municipality folder `folder`.
  static func months(folder: URL, period: Period) throws -> [Month] {
    func read(_ table: TableKind) throws -> GeneratedCSV {
      var csv = try GeneratedCSV(url: folder.appendingPathComponent(table.fileName))
      var classifier = RowClassifier(table: table, header: csv.header)
      csv.records = csv.records.filter { classifier.classify($0) == nil }  // rows a reader accepts
      return csv
    }
    let forloeb = try read(.forloeb)
    let samtaler = try read(.samtaler)
    let tilbud = try read(.tilbud)
    let markeringer = try read(.markeringer)

    var exempt: [String: [(Day, Day?)]] = [:]
    if let p = markeringer.column("person_id"), let m = markeringer.column("markering"), let f = markeringer.column("fra"),
      let t = markeringer.column("til")
    {
      for r in markeringer.records where r[m].uppercased() == "FRITAGET" {
        if let from = GeneratedCSV.date(r[f]) { exempt[r[p], default: []].append((from, GeneratedCSV.date(r[t]))) }
      }
    }
    var conversations: [String: Set<Day>] = [:]
    let sp = samtaler.column("person_id")!, sd = samtaler.column("dato")!, st = samtaler.column("type")!
    let sa = samtaler.column("afholdt_af")
    for r in samtaler.records where r[st].lowercased() == "jobsamtale" {
      let by = sa.map { r[$0].lowercased() } ?? ""
      guard by == "" || by == "jobcenter" || by == "faelles", let day = GeneratedCSV.date(r[sd]) else { continue }
      conversations[r[sp], default: []].insert(day)
    }
    var offers: [String: [(type: String, granted: Day?, start: Day, end: Day?)]] = [:]
    let tp = tilbud.column("person_id")!, tt = tilbud.column("tilbudstype")!, ts = tilbud.column("start")!
    let te = tilbud.column("slut")!, tb = tilbud.column("bevilget")
    for r in tilbud.records {
      guard let start = GeneratedCSV.date(r[ts]) else { continue }
      offers[r[tp], default: []].append((r[tt].lowercased(), tb.flatMap { GeneratedCSV.date(r[$0]) }, start, GeneratedCSV.date(r[te])))
    }

    var result = [Month](repeating: Month(), count: 6)
    let fp = forloeb.column("person_id")!, fm = forloeb.column("maalgruppe")!, fs = forloeb.column("start")!, fe = forloeb.column("slut")!
    for r in forloeb.records {
      let group = r[fm].uppercased()
      guard conversationGroups.contains(group), let start = GeneratedCSV.date(r[fs]) else { continue }
      let d6 = start.adding(months: 6)
      guard d6 >= period.firstDay, d6 <= period.lastDay else { continue }
      if let end = GeneratedCSV.date(r[fe]), end < d6 { continue }
      let person = r[fp]
      if exempt[person, default: []].contains(where: { $0.0 <= d6 && ($0.1 ?? d6) >= d6 }) { continue }
      let month = d6.yearMonth.index - period.firstMonth.index
      let required = group == "DP" && start >= Day(2024, 1, 1) ? 3 : 4
      let held = conversations[person, default: []].filter { $0 >= start && $0 <= d6 }.count
      result[Int(month)].conversationCohort += 1
      if held >= required { result[Int(month)].conversationMet += 1 }
      guard offerGroups.contains(group) else { continue }
      result[Int(month)].offerCohort += 1
      let met = offers[person, default: []].contains { offer in
        let eligible = offer.type != "andet" && !(offer.type == "vejledning" && offer.start >= Day(2023, 3, 22))
        let lasts = offer.end.map { offer.start.days(to: $0) >= 13 } ?? true
        guard eligible, lasts else { return false }
        if offer.start >= start && offer.start <= d6 { return true }
        if offer.type.hasPrefix("loentilskud"), let granted = offer.granted, granted >= start, granted <= d6,
          offer.start > d6, offer.start <= d6.adding(days: 21)
        {
          return true
        }
        return false
      }
      if met { result[Int(month)].offerMet += 1 }
    }
    return result
  }
}
