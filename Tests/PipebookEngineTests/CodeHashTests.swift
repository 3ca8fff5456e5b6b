import Foundation
import PipebookDigests
@testable import PipebookEngine
import XCTest

final class CodeHashTests: XCTestCase {
    func testSHA256KnownVectors() {
        func hex(_ s: String) -> String { var h = SHA256(); h.update(Array(s.utf8)); return h.hexDigest() }
        XCTAssertEqual(hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(hex(String(repeating: "a", count: 1000)),
                       "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    /// The expected values are hashlib's, computed by the SDK's rule (path text, then contents).
    func testTheSDKsRuleForFilesAndFolders() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let src = folder.url.appendingPathComponent("src")
        try FileManager.default.createDirectory(at: src, withIntermediateDirectories: true)
        try Data("print(1)\n".utf8).write(to: src.appendingPathComponent("b.py"))
        try Data("x = 2\n".utf8).write(to: src.appendingPathComponent("a.py"))
        let resolve = { (path: String) in folder.url.appendingPathComponent(path) }
        // sha256(b"src" + b"a.py" + b"x = 2\n" + b"b.py" + b"print(1)\n")
        XCTAssertEqual(try CodeHash.of(paths: ["src"], resolve: resolve),
                       "e3e71e58dd0c3903e6e1e28b430580b8c016a4c7af39525916bbc6481532c4e6")
    }

    func testSourceArchiveIsAGzipOfATar() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = folder.url.appendingPathComponent("train.py")
        try Data("print('hi')\n".utf8).write(to: file)
        let archive = try SourceArchive.make([("train.py", file)])
        XCTAssertEqual(Array(archive.prefix(2)), [0x1F, 0x8B])
        XCTAssertEqual(Gzip.crc32(Array("123456789".utf8)), 0xCBF4_3926)
    }
}
