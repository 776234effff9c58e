/// Who is in Flere skal med gruppe 2 at E, and from when (SPEC 3.7, 4.3): persons with an
/// `FSM2_REHAB` marking ("FSM 2: Rehab (Gr. 2)") that started on or before E. A person with several
/// such markings counts once, from the earliest `fra`; a marking that has ended still counts.
enum Gruppe2Marking {
  /// Each marked person with the earliest `fra`, in person order.
  static func marked(_ markeringer: [Markering], persons: Int, at e: Day) -> [(person: PersonIndex, fra: Day)] {
    var earliest = [Day?](repeating: nil, count: persons)
    for marking in markeringer where marking.type == .fsm2Rehab && marking.fra <= e {
      let p = Int(marking.person.value)
      earliest[p] = min(earliest[p] ?? marking.fra, marking.fra)
    }
    return earliest.enumerated().compactMap { p, fra in fra.map { (PersonIndex(Int32(p)), $0) } }
  }
}
