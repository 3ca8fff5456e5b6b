// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Pipebook",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pipebook", targets: ["pipebook"]),
        .library(name: "PipebookLanguage", targets: ["PipebookLanguage"]),
        .library(name: "PipebookEngine", targets: ["PipebookEngine"]),
        .library(name: "PipebookBridge", targets: ["PipebookBridge"]),
        .library(name: "PipebookNotebook", targets: ["PipebookNotebook"]),
        .library(name: "PipebookData", targets: ["PipebookData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Message digests (MD5, SHA-1, SHA-2), shared by the language's hashlib and the engine's
        // cache keys and ETags; depends on nothing.
        .target(name: "PipebookDigests"),
        // Layer 1: the language. Knows nothing of pipelines.
        .target(
            name: "PipebookLanguage",
            dependencies: ["PipebookDigests", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: [
                // The interpreter's hot paths touch class properties constantly; dynamic
                // exclusivity checks there cost more than the interpreter's own work.
                .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
            ]
        ),
        // Layer 1b: the data-science libraries (numpy, pandas, scikit-learn) as native modules
        // for stdlib/numpy, stdlib/pandas and stdlib/sklearn; built on the language only.
        .target(
            name: "PipebookData",
            dependencies: ["PipebookLanguage", "CZlib", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // Layer 2: the engine. Pipeline definitions, the store, local S3; knows nothing of the language.
        .target(
            name: "PipebookEngine",
            dependencies: ["PipebookDigests", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Layer 3: the bridge. Native modules that expose the engine to stdlib/sagemaker.
        .target(name: "PipebookBridge", dependencies: ["PipebookDigests", "PipebookLanguage", "PipebookData", "PipebookEngine"]),
        // Layer 4: the notebook runner. Formats, cells, outputs, running them in an Interpreter.
        .target(name: "PipebookNotebook", dependencies: ["PipebookLanguage"]),
        // zlib, from the system (zlib1g-dev): gzip for tarfile and gzip.
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        // GNU readline, from the system (libreadline-dev).
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        // glibc's mallopt, to tune the allocator for the interpreter.
        .systemLibrary(name: "CMalloc"),
        // Layer 5: the command.
        .executableTarget(
            name: "pipebook",
            dependencies: [
                "PipebookLanguage", "PipebookData", "PipebookEngine", "PipebookBridge", "PipebookNotebook", "CReadline", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PipebookLanguageTests", dependencies: ["PipebookLanguage"], exclude: ["Fixtures"]),
        .testTarget(name: "PipebookEngineTests", dependencies: ["PipebookEngine", "PipebookDigests"], exclude: ["Fixtures"]),
        // Runs numpy/pandas/sklearn programs and compares their output with the real libraries'.
        .testTarget(name: "PipebookDataTests", dependencies: ["PipebookData", "PipebookLanguage"], exclude: ["Fixtures"]),
        // Runs stdlib/sagemaker through the interpreter and compares definitions with the SDK's.
        .testTarget(name: "PipebookBridgeTests", dependencies: ["PipebookBridge", "PipebookData", "PipebookLanguage", "PipebookEngine"],
                    exclude: ["Pipelines", "Tools", "XGBoost"]),
        .testTarget(name: "PipebookNotebookTests", dependencies: ["PipebookNotebook", "pipebook"], exclude: ["Fixtures"]),
        // Runs the built `pipebook` command as a user would, REPL included (through a pseudo-terminal).
        .testTarget(name: "PipebookCommandTests", dependencies: ["pipebook"]),
        // Slow cases through the built command: executions across processes, a process killed mid-execution.
        .testTarget(name: "PipebookEndToEndTests", dependencies: ["pipebook", "PipebookEngine"]),
    ],
    swiftLanguageModes: [.v5]
)
