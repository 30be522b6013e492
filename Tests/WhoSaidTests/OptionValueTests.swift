import Testing

@testable import whosaid

/// A bad option value is named in the message by the option's long name, however it was
/// given (`-j0`, `--jobs=0`), and sizes read their units as each option allows.
@Suite("Option values")
struct OptionValueTests {
  func parse(_ args: [String]) throws(CLIError) -> Options {
    try Options.command.parse(args, into: Options())
  }

  @Test(arguments: [["-j0"], ["-j", "0"], ["--jobs=0"], ["--jobs", "0"]])
  func aShortNameIsNamedByTheLongOne(args: [String]) {
    #expect(throws: CLIError.usage("--jobs must be a whole number from 1 to 1024, not '0'")) { try parse(args) }
  }

  @Test func sizesTakeTheirUnitsInEitherCase() throws {
    #expect(try parse(["--window", "2k"]).window == 2 << 10)
    #expect(try parse(["--window", "3M"]).window == 3 << 20)
    #expect(try parse(["--window", "5000"]).window == 5000)
  }

  @Test(arguments: ["1G", "0K", "512", "-4K", "K", "1.5M"])
  func aSizeOutOfItsUnitsOrRangeIsAUsageError(size: String) {
    let said = CLIError.usage("--window must be a size of at least 1K (bytes, or with K or M), not '\(size)'")
    #expect(throws: said) { try parse(["--window", size]) }
  }

  @Test func theLinkMemoryAlsoTakesGigabytes() throws {
    #expect(try Value.size("1g", "--memory", atLeast: 64 << 10, "64K", units: "KMG") == 1 << 30)
    let said = CLIError.usage("--memory must be a size of at least 64K (bytes, or with K, M or G), not '63K'")
    #expect(throws: said) { try Value.size("63K", "--memory", atLeast: 64 << 10, "64K", units: "KMG") }
  }
}
