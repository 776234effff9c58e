import Foundation
import Glibc

/// Keeps an output folder away from the inputs (SPEC 1: a run never touches its inputs). A run
/// replaces `<reports>/<period>` whole, so a `--reports` equal to `--extracts` would replace the
/// period's extract with the reports. The output folder must not be, contain or lie inside an
/// input folder; paths are compared after making them absolute, removing `.` and `..` and resolving
/// symbolic links (of the part that exists), so `./data/../data` and a link to `data` are caught too.
package enum OutputFolderGuard {
  /// An input folder and the option that named it.
  package struct Input: Sendable {
    package var path: String
    package var option: String

    package init(path: String, option: String) {
      self.path = path
      self.option = option
    }
  }

  /// Throws `overlappingFolders` when `output` (named by `outputOption`) is, contains or lies inside
  /// one of `inputs`.
  package static func check(output: String, option outputOption: String, against inputs: [Input])
    throws(ConfigurationError)
  {
    let outputComponents = canonicalComponents(output)
    for input in inputs {
      let inputComponents = canonicalComponents(input.path)
      let overlaps =
        outputComponents.starts(with: inputComponents) || inputComponents.starts(with: outputComponents)
      if overlaps {
        throw .overlappingFolders(
          output: output, outputOption: outputOption, input: input.path, inputOption: input.option)
      }
    }
  }

  /// The path's components, absolute, without `.` and `..`, with symbolic links resolved in the
  /// longest part of it that exists.
  static func canonicalComponents(_ path: String) -> [String] {
    let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var components: [String] = []
    for component in absolute.split(separator: "/") where component != "." {
      if component == ".." {
        _ = components.popLast()
      } else {
        components.append(String(component))
      }
    }
    // Resolve links in the longest existing prefix; the rest does not exist yet and has none.
    for length in stride(from: components.count, through: 1, by: -1) {
      let prefix = "/" + components[..<length].joined(separator: "/")
      guard let resolved = realpath(prefix, nil) else { continue }
      defer { free(resolved) }
      let real = String(cString: resolved).split(separator: "/").map(String.init)
      return real + components[length...]
    }
    return components
  }
}
