/// `tilsyn forklar --json`: the same explanation for other tools, as one JSON object (keys in a fixed
/// order, codes rather than words; dates ISO 8601; shares as `met` and `cohort`, never rounded).
package enum ExplanationJSON {
  package static func text(_ explanation: Explanation) -> String {
    CPRMasking.masked(value(explanation).text() + "\n")
  }

  static func value(_ e: Explanation) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("kommune", .string(e.kommune.codeText)), ("kommunenavn", .string(e.kommune.name)),
      ("periode", .string(e.period.description)), ("regelsaet", .string(e.ruleSetVersion)),
      ("status", .string(e.overall.rawValue)), ("i_traek", e.streak.map { .integer($0) } ?? .null),
      ("maal", .array(e.measures.map(measure))),
    ]
    if let cases = e.cases { members.append(("sager", .array(cases.map(caseLine)))) }
    if let person = e.person { members.append(("person", self.person(person))) }
    return .object(members)
  }

  static func measure(_ m: Explanation.MeasureExplanation) -> JSONValue {
    let months: JSONValue =
      m.halfYear.months.map { months in
        .array(
          months.map { month in
            .object([
              ("maaned", .string(month.month.description)), ("regime", .string(month.setting.regime)),
              ("kriterium", .string(DanishFormat.decimalTrimmed(month.criterion))), ("kohorte", .integer(month.cohort)),
              ("opfyldt", .integer(month.met)), ("vurderbar", .bool(month.isAssessable)),
              ("under_kriteriet", .bool(month.isAssessable && month.isBelowCriterion)),
            ])
          })
      } ?? .null
    let reasons: JSONValue =
      m.reasons.map { reasons in
        .array(reasons.map { .object([("aarsag", .string($0.reason.rawValue)), ("antal", .integer($0.count))]) })
      } ?? .null
    return .object([
      ("maal", .string(m.measure.id)), ("status", .string(m.halfYear.status.rawValue)),
      ("maaneder_under_kriteriet", m.halfYear.monthsBelowCriterion.map { .integer($0) } ?? .null),
      ("maaneder", months), ("aarsager", reasons),
    ])
  }

  static func caseLine(_ line: Explanation.CaseLine) -> JSONValue {
    .object([("maaned", .string(line.month.description)), ("person_id", .string(line.personID))] + judged(line.judged))
  }

  static func judged(_ judged: JudgedSpell) -> [(String, JSONValue)] {
    let judgement = judged.judgement
    return [
      ("maalgruppe", .string(judged.spell.spell.maalgruppe.rawValue)),
      ("start", .string(judged.spell.spell.start.description)), ("d6", .string(judged.spell.sixMonthDate.description)),
      ("opfyldt", .bool(judgement.isMet)), ("aarsag", judgement.reason.map { .string($0.rawValue) } ?? .null),
      ("samtaler", .array(judgement.talkDates.map { .string($0.description) })),
      ("tilbud", judgement.offer.map { .string(CaseText.offer($0)) } ?? .null),
    ]
  }

  static func person(_ person: Explanation.PersonExplanation) -> JSONValue {
    .object([
      ("person_id", .string(person.id)),
      (
        "raekker",
        .array(
          person.rows.map {
            .object([("dato", .string($0.day.description)), ("tabel", .string($0.table.rawValue)), ("tekst", .string($0.text))])
          })
      ),
      (
        "vurderinger",
        .array(
          person.judgements.map { judgement in
            .object(
              [
                ("maal", .string(judgement.measure.id)), ("maaned", .string(judgement.month.description)),
                ("krav", .string(judgement.requirement)),
              ] + judged(judgement.judged) + [
                (
                  "alle_samtaler",
                  .array(
                    judgement.talks.map {
                      .object([
                        ("dato", .string($0.samtale.dato.description)),
                        ("vurdering", .string(ExplanationText.talkVerdict($0.verdict))),
                      ])
                    })
                ),
                (
                  "alle_tilbud",
                  .array(
                    judgement.offers.map {
                      .object([
                        ("tilbud", .string(CaseText.offer($0.offer))), ("aarsag", $0.reason.map { .string($0.rawValue) } ?? .null),
                      ])
                    })
                ),
              ])
          })
      ),
    ])
  }
}
