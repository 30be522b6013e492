// swift-tools-version: 6.1
import PackageDescription

let settings: [SwiftSetting] = [
  .swiftLanguageMode(.v6),
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "whosaid",
  products: [
    .library(name: "WhoSaid", targets: ["WhoSaid"]),
    .executable(name: "whosaid", targets: ["whosaid"]),
  ],
  targets: [
    .target(name: "WhoSaid", swiftSettings: settings),
    .executableTarget(name: "whosaid", dependencies: ["WhoSaid"], swiftSettings: settings),
    .testTarget(name: "WhoSaidTests", dependencies: ["WhoSaid", "whosaid"], swiftSettings: settings),
  ]
)
