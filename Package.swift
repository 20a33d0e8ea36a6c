// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "oaas",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "oaas", targets: ["oaas"]),
        .library(name: "OAASCore", targets: ["OAASCore"]),
        .library(name: "OAASBackends", targets: ["OAASBackends"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libyaml's C event API, from Debian's libyaml-dev (pkg-config yaml-0.1).
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // The pure core: in-memory files in, IR and diagnostics out. No file system access.
        .target(
            name: "OAASCore",
            dependencies: ["CYAML"]
        ),
        // Reporters: pure functions from diagnostics to bytes (text, JSON).
        .target(
            name: "OAASReporters",
            dependencies: ["OAASCore"]
        ),
        // Backends: pure functions from the linked workspace to the artifacts `oaas build` writes (the
        // resolved plan, Kubernetes manifests, Prometheus rules, Grafana dashboards).
        .target(
            name: "OAASBackends",
            dependencies: ["OAASCore"]
        ),
        // XML in and out through FoundationXML (libxml2, from Debian's libxml2-dev): OSCAL XML catalogs
        // in, JUnit reports out.
        .target(
            name: "OAASXML",
            dependencies: ["OAASCore", "OAASReporters"]
        ),
        // The thin executable: argument parsing, file IO, exit codes.
        .executableTarget(
            name: "oaas",
            dependencies: [
                "OAASCore",
                "OAASReporters",
                "OAASBackends",
                "OAASXML",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "OAASCoreTests",
            dependencies: ["OAASCore", "OAASReporters", "OAASBackends", "OAASXML"]
        ),
        .testTarget(
            name: "OAASCLITests",
            dependencies: ["OAASCore", "OAASReporters", "OAASBackends", "OAASXML"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
