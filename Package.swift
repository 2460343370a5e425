// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "runde",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "RundeCore", targets: ["RundeCore"]),
        .library(name: "RundeIndex", targets: ["RundeIndex"]),
        .executable(name: "runde", targets: ["runde"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .target(
            name: "RundeCore",
            dependencies: [
                "CSimdJSON",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // simdjson from the system (libsimdjson-dev), behind a small C face, for reading logs
        // fast: see Docs/architecture.md.
        .target(name: "CSimdJSON", linkerSettings: [.linkedLibrary("simdjson")]),
        .systemLibrary(name: "CNcurses"),
        // SQLite from the system (libsqlite3-dev), for the index: see Docs/architecture.md.
        .systemLibrary(name: "CSQLite"),
        .target(name: "RundeIndex", dependencies: ["RundeCore", "CSQLite"]),
        .target(name: "CWidth"),
        .target(name: "RundeTUI", dependencies: ["RundeCore", "CNcurses", "CWidth"]),
        .executableTarget(
            name: "runde",
            dependencies: [
                "RundeCore",
                "RundeTUI",
                "RundeIndex",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "runde-examples", dependencies: ["RundeCore"]),
        .executableTarget(name: "runde-bench", dependencies: ["RundeCore", "RundeTUI"]),
        // Appends notes through the real writer from several processes at once, for the tests.
        .executableTarget(name: "runde-stress", dependencies: ["RundeCore"]),
        // libFuzzer targets: build only with `make fuzz` (swift build --sanitize=fuzzer --product runde-fuzz).
        .executableTarget(name: "runde-fuzz", dependencies: ["RundeCore", "RundeTUI"]),
        // What more than one test target uses: a hostile log.
        .target(name: "RundeTestSupport", dependencies: ["RundeCore"], path: "Tests/RundeTestSupport"),
        .testTarget(name: "RundeTUITests", dependencies: ["RundeTUI", "RundeCore", "RundeTestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "RundeCoreTests", dependencies: ["RundeCore", "RundeIndex", "RundeTestSupport"]),
        .testTarget(
            name: "RundeCLITests", dependencies: ["RundeCore", "RundeIndex", "runde", "runde-examples", "runde-stress", "RundeTestSupport"],
            exclude: ["Snapshots"]),
    ],
    cxxLanguageStandard: .cxx17
)
