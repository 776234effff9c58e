import TilsynKit

/// The command line's arguments, consumed option by option. Options are `--name value` or
/// `--name=value`; flags are `--name`. Whatever is left at `finish()` is an error.
struct ArgumentList {
  private var arguments: [String]
  /// The subcommand, for messages.
  let command: String

  init(_ arguments: [String], command: String) {
    self.arguments = arguments
    self.command = command
  }

  /// Whether `--help` or `-h` was given.
  var wantsHelp: Bool { arguments.contains("--help") || arguments.contains("-h") }

  /// Removes and returns the value of option `name` (e.g. `--period`), or `nil` when absent.
  mutating func option(_ name: String) throws(UsageError) -> String? {
    var found: String?
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if argument == name {
        guard index + 1 < arguments.count, !arguments[index + 1].hasPrefix("--") else {
          throw UsageError("\(name) mangler en værdi")
        }
        guard found == nil else { throw UsageError("\(name) er angivet mere end én gang") }
        found = arguments[index + 1]
        arguments.removeSubrange(index...(index + 1))
      } else if argument.hasPrefix(name + "=") {
        guard found == nil else { throw UsageError("\(name) er angivet mere end én gang") }
        found = String(argument.dropFirst(name.count + 1))
        arguments.remove(at: index)
      } else {
        index += 1
      }
    }
    return found
  }

  /// Removes and returns the value of a required option.
  mutating func requiredOption(_ name: String) throws(UsageError) -> String {
    guard let value = try option(name) else {
      let typo = arguments.first { $0.hasPrefix("--") && Suggestion.nearest(String($0.split(separator: "=")[0]), among: [name]) != nil }
      let hint = typo.map { " (skrevet '\($0)'?)" } ?? ""
      throw UsageError("\(command) kræver \(name)\(hint) (se 'tilsyn \(command) --help')")
    }
    return value
  }

  /// Removes flag `name` and says whether it was there.
  mutating func flag(_ name: String) -> Bool {
    let before = arguments.count
    arguments.removeAll { $0 == name }
    return arguments.count < before
  }

  /// Removes and returns the first argument that is not an option.
  mutating func positional(_ what: String) throws(UsageError) -> String {
    guard let index = arguments.firstIndex(where: { !$0.hasPrefix("--") }) else {
      throw UsageError("\(command) kræver \(what) (se 'tilsyn \(command) --help')")
    }
    return arguments.remove(at: index)
  }

  /// Fails on any argument not consumed, suggesting the nearest option of the command (`--peroid` →
  /// `--period`).
  func finish(options: [String] = []) throws(UsageError) {
    if let first = arguments.first {
      let name = String(first.split(separator: "=", maxSplits: 1)[0])
      let hint = Suggestion.nearest(name, among: options).map { "; mente du \($0)?" } ?? ""
      throw UsageError("ukendt argument '\(first)' til \(command)\(hint) (se 'tilsyn \(command) --help')")
    }
  }
}

extension ArgumentList {
  /// `--period` parsed as a `Period`.
  mutating func period() throws(UsageError) -> Period {
    let text = try requiredOption("--period")
    guard let period = Period(text) else {
      throw UsageError("ukendt periode '\(text)': forventede ÅÅÅÅH1 eller ÅÅÅÅH2, fx 2024H1")
    }
    return period
  }
}
