import Foundation

@testable import TilsynKit

/// An independent, simple recount of the early effort under the 2025 reform (SPEC 4.6) from one
/// municipality's generated files, for the generator's tests (not the production measure code): the
/// cohorts of a period whose months all fall under the reform (2027H1 on), and how many meet
///
/// - samtale: `DP` ≥ 2 distinct dates of a `jobsamtale` held by `jobcenter` or `faelles` (or empty) in
///   [start + 3 months, D6]; `KHJ` and `LY` ≥ 4 in [start, D6];
/// - tilbud (`DP`, `KHJ`, `UHU`): an offer of ≥ 14 days started in [start, D6] (or a løntilskud granted
///   in [start, D6] starting by D6 + 21 days), not `andet`, and `vejledning` only when it starts on or
///   after 2026-07-01;
/// - akasse (`DP`): ≥ 2 distinct dates of a `jobsamtale` held by `akasse` in [start, start + 3 months].
struct ReformRecount {
  struct Counts: Equatable {
    var samtaleCohort = 0
    var samtaleMet = 0
    var tilbudCohort = 0
    var tilbudMet = 0
    var akasseCohort = 0
    var akasseMet = 0
    /// Tilbud spells that meet only because `vejledning` counts again.
    var metByVejledningOnly = 0
    /// Tilbud spells that miss although they have an offer of ≥ 14 days in [start, D6]: an `andet`.
    var missedWithAndet = 0

    static func + (a: Counts, b: Counts) -> Counts {
      Counts(
        samtaleCohort: a.samtaleCohort + b.samtaleCohort, samtaleMet: a.samtaleMet + b.samtaleMet,
        tilbudCohort: a.tilbudCohort + b.tilbudCohort, tilbudMet: a.tilbudMet + b.tilbudMet,
        akasseCohort: a.akasseCohort + b.akasseCohort, akasseMet: a.akasseMet + b.akasseMet,
        metByVejledningOnly: a.metByVejledningOnly + b.metByVejledningOnly, missedWithAndet: a.missedWithAndet + b.missedWithAndet)
    }
  }

  static let vejledningCountsAgain = Day(2026, 7, 1)

  /// The half-year `period` for the municipality folder `folder` of a clean extract.
  static func count(folder: URL, period: Period) throws -> Counts {
    // A clean extract (dirty 0): every row is valid (`cleanExtractHasOnlyValidRows`).
    func read(_ table: TableKind) throws -> GeneratedCSV { try GeneratedCSV(url: folder.appendingPathComponent(table.fileName)) }
    let forloeb = try read(.forloeb)
    let samtaler = try read(.samtaler)
    let tilbud = try read(.tilbud)
    let markeringer = try read(.markeringer)

    var exempt: [String: [(Day, Day?)]] = [:]
    let (mp, mm) = (markeringer.column("person_id")!, markeringer.column("markering")!)
    let (mf, mt) = (markeringer.column("fra")!, markeringer.column("til")!)
    for r in markeringer.records where r[mm].uppercased() == "FRITAGET" {
      if let from = GeneratedCSV.date(r[mf]) { exempt[r[mp], default: []].append((from, GeneratedCSV.date(r[mt]))) }
    }
    var jobcenter: [String: Set<Day>] = [:]
    var akasse: [String: Set<Day>] = [:]
    let (sp, sd) = (samtaler.column("person_id")!, samtaler.column("dato")!)
    let (st, sa) = (samtaler.column("type")!, samtaler.column("afholdt_af"))
    for r in samtaler.records where r[st].lowercased() == "jobsamtale" {
      guard let day = GeneratedCSV.date(r[sd]) else { continue }
      switch sa.map({ r[$0].lowercased() }) ?? "" {
      case "", "jobcenter", "faelles": jobcenter[r[sp], default: []].insert(day)
      case "akasse": akasse[r[sp], default: []].insert(day)
      default: break
      }
    }
    typealias Offer = (type: String, granted: Day?, start: Day, end: Day?)
    var offers: [String: [Offer]] = [:]
    let (tp, tt, tb) = (tilbud.column("person_id")!, tilbud.column("tilbudstype")!, tilbud.column("bevilget"))
    let (ts, te) = (tilbud.column("start")!, tilbud.column("slut")!)
    for r in tilbud.records {
      guard let start = GeneratedCSV.date(r[ts]) else { continue }
      offers[r[tp], default: []].append((r[tt].lowercased(), tb.flatMap { GeneratedCSV.date(r[$0]) }, start, GeneratedCSV.date(r[te])))
    }

    var counts = Counts()
    let (fp, fm) = (forloeb.column("person_id")!, forloeb.column("maalgruppe")!)
    let (fs, fe) = (forloeb.column("start")!, forloeb.column("slut")!)
    for r in forloeb.records {
      let group = r[fm].uppercased()
      guard let start = GeneratedCSV.date(r[fs]) else { continue }
      let d6 = start.adding(months: 6)
      guard d6 >= period.firstDay, d6 <= period.lastDay else { continue }
      if let end = GeneratedCSV.date(r[fe]), end < d6 { continue }
      let person = r[fp]
      if exempt[person, default: []].contains(where: { $0.0 <= d6 && ($0.1 ?? d6) >= d6 }) { continue }
      if ["DP", "KHJ", "LY"].contains(group) {
        let (from, required) = group == "DP" ? (start.adding(months: 3), 2) : (start, 4)
        counts.samtaleCohort += 1
        if jobcenter[person, default: []].filter({ $0 >= from && $0 <= d6 }).count >= required { counts.samtaleMet += 1 }
      }
      if group == "DP" {
        counts.akasseCohort += 1
        if akasse[person, default: []].filter({ $0 >= start && $0 <= start.adding(months: 3) }).count >= 2 { counts.akasseMet += 1 }
      }
      guard ["DP", "KHJ", "UHU"].contains(group) else { continue }
      counts.tilbudCohort += 1
      func qualifies(_ offer: Offer, vejledning: Bool) -> Bool {
        guard offer.type != "andet", offer.end.map({ offer.start.days(to: $0) >= 13 }) ?? true else { return false }
        if offer.type == "vejledning" && !(vejledning && offer.start >= vejledningCountsAgain) { return false }
        if offer.start >= start && offer.start <= d6 { return true }
        guard offer.type.hasPrefix("loentilskud"), let granted = offer.granted else { return false }
        return granted >= start && granted <= d6 && offer.start > d6 && offer.start <= d6.adding(days: 21)
      }
      let own = offers[person, default: []]
      if own.contains(where: { qualifies($0, vejledning: true) }) {
        counts.tilbudMet += 1
        if !own.contains(where: { qualifies($0, vejledning: false) }) { counts.metByVejledningOnly += 1 }
      } else if own.contains(where: { offer in
        offer.type == "andet" && offer.start >= start && offer.start <= d6 && (offer.end.map { offer.start.days(to: $0) >= 13 } ?? true)
      }) {
        counts.missedWithAndet += 1
      }
    }
    return counts
  }
}
