import WhoSaid

#if canImport(Glibc)
  import Glibc
#endif

// The whosaid command: parse arguments, run the pipeline, map errors to exit codes.
let status = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()))
exit(status)
