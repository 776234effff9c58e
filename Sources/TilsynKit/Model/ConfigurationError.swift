/// A usage or configuration error: the run cannot start (SPEC 1, exit status 2). Each case carries
/// what the user needs to fix it; `description` is the one-line Danish message.
package enum ConfigurationError: Error, Equatable, Sendable {
  /// A folder the run needs does not exist.
  case missingFolder(path: String, what: String)
  /// A folder the run needs is a file.
  case notAFolder(path: String, what: String)
  /// The period folder holds the same municipality twice, e.g. `101/` and `0101/`.
  case duplicateKommuneFolder(period: String, first: String, second: String)
  /// A reference or rule file is broken at `line` (0 when the whole file is).
  case badDataFile(path: String, line: Int, message: String)
  /// An option's value is not what it should be.
  case badOption(option: String, value: String, expected: String)
  /// An input file named on the command line cannot be read.
  case cannotRead(path: String, reason: String)
  /// Another run holds the lock of this `--reports` folder.
  case busy(path: String)
  /// An output folder is, contains or lies inside an input folder (it would overwrite the input).
  case overlappingFolders(output: String, outputOption: String, input: String, inputOption: String)
}

extension ConfigurationError: CustomStringConvertible {
  package var description: String {
    switch self {
    case .missingFolder(let path, let what):
      return "\(what) findes ikke: \(path)"
    case .notAFolder(let path, let what):
      return "\(what) er en fil, ikke en mappe: \(path)"
    case .duplicateKommuneFolder(let period, let first, let second):
      return "perioden \(period) har samme kommune i to mapper: \(first)/ og \(second)/ — fjern den ene"
    case .badDataFile(let path, let line, let message):
      return line > 0 ? "\(path), linje \(line): \(message)" : "\(path): \(message)"
    case .badOption(let option, let value, let expected):
      return "ugyldig værdi '\(value)' for \(option): forventede \(expected)"
    case .cannotRead(let path, let reason):
      return "kan ikke læse \(path): \(reason)"
    case .busy(let path):
      return "en anden kørsel skriver allerede i \(path) (låsen \(path)/.tilsyn.lock); vent til den er færdig"
    case .overlappingFolders(let output, let outputOption, let input, let inputOption):
      return "\(outputOption) \(output) overlapper \(inputOption) \(input): rapporterne ville overskrive "
        + "inddata; vælg en \(outputOption)-mappe uden for \(input)"
    }
  }
}
