import Foundation
import XCTest
@testable import PipebookEngine

final class LocalS3Tests: XCTestCase {
    var folder: TemporaryFolder!
    var s3: LocalS3!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        s3 = LocalS3(workspace: Workspace(root: folder.url))
    }

    override func tearDown() { folder.remove() }

    func testPutGetAndListInKeyOrder() throws {
        for key in ["data/b.csv", "data/a.csv", "data/sub/c.csv", "other.txt"] {
            try s3.put(Data(key.utf8), at: S3Location(uri: "s3://my-bucket/\(key)"))
        }
        XCTAssertEqual(String(decoding: try s3.get(S3Location(uri: "s3://my-bucket/data/a.csv")), as: UTF8.self), "data/a.csv")
        XCTAssertEqual(try s3.list(S3Location(uri: "s3://my-bucket/data/")).map(\.uri),
                       ["s3://my-bucket/data/a.csv", "s3://my-bucket/data/b.csv", "s3://my-bucket/data/sub/c.csv"])
        XCTAssertEqual(try s3.list(S3Location(uri: "s3://my-bucket/da")).count, 3)
        XCTAssertEqual(folder.allFiles(), ["s3/my-bucket/data/a.csv", "s3/my-bucket/data/b.csv",
                                           "s3/my-bucket/data/sub/c.csv", "s3/my-bucket/other.txt"])
    }

    func testUploadAndDownloadAFolder() throws {
        let source = folder.url.appendingPathComponent("local")
        try FileManager.default.createDirectory(at: source.appendingPathComponent("nested"), withIntermediateDirectories: true)
        try Data("1".utf8).write(to: source.appendingPathComponent("one.txt"))
        try Data("2".utf8).write(to: source.appendingPathComponent("nested/two.txt"))
        let written = try s3.upload(localPath: source.path, to: S3Location(uri: "s3://bucket-a/prefix"))
        XCTAssertEqual(written.map(\.uri), ["s3://bucket-a/prefix/nested/two.txt", "s3://bucket-a/prefix/one.txt"])
        let target = folder.url.appendingPathComponent("back").path
        let files = try s3.download(S3Location(uri: "s3://bucket-a/prefix/"), to: target)
        XCTAssertEqual(files.map { String($0.dropFirst(target.count + 1)) }, ["nested/two.txt", "one.txt"])
    }

    func testMissingObjectsAndBuckets() throws {
        XCTAssertThrowsError(try s3.get(S3Location(uri: "s3://no-such-bucket/a"))) {
            XCTAssertEqual($0 as? LocalS3Error, .noSuchBucket("no-such-bucket"))
        }
        try s3.createBucket("empty-bucket")
        XCTAssertThrowsError(try s3.get(S3Location(uri: "s3://empty-bucket/a"))) {
            XCTAssertEqual($0 as? LocalS3Error, .noSuchKey("s3://empty-bucket/a"))
        }
    }

    func testRejectedKeysAndBucketsWriteNothing() throws {
        let badURIs = [
            "s3://bucket/../escape.txt", "s3://bucket/a/../../escape.txt", "s3://bucket/a/./b",
            "s3://bucket/a\0b", "s3://Bucket/a", "s3://ab/a", "s3://bucket_name/a", "s3://-bucket/a",
            "s3://bucket..name/a", "s3://192.168.1.1/a", "http://bucket/a", "s3://../a",
        ]
        for uri in badURIs {
            XCTAssertThrowsError(try s3.put(Data("x".utf8), at: S3Location(uri: uri)), uri)
        }
        XCTAssertThrowsError(try S3Location(bucket: "bucket", key: "/etc/passwd")) {
            XCTAssertEqual("\($0)", "Invalid key \"/etc/passwd\" in bucket bucket: the key is an absolute path")
        }
        XCTAssertThrowsError(try S3Location(uri: "s3://bucket/x/../../../y")) {
            XCTAssertEqual("\($0)", "Invalid key \"x/../../../y\" in bucket bucket: the key has a '.' or '..' segment")
        }
        XCTAssertEqual(folder.allFiles(), [])
        let parent = folder.url.deletingLastPathComponent()
        XCTAssertFalse(FileManager.default.fileExists(atPath: parent.appendingPathComponent("escape.txt").path))
    }

    func testWorkspaceDefaults() {
        let w = Workspace.current(environment: [:], currentDirectory: "/work/project")
        XCTAssertEqual(w.root.path, "/work/project/.pipebook")
        XCTAssertEqual(w.defaultBucket, "sagemaker-us-east-1-000000000000")
        let home = Workspace.current(environment: ["PIPEBOOK_HOME": "/data/pb", "AWS_DEFAULT_REGION": "eu-west-1"],
                                     currentDirectory: "/work/project")
        XCTAssertEqual(home.s3Root.path, "/data/pb/s3")
        XCTAssertEqual(home.pipelineARN("AbalonePipeline"), "arn:aws:sagemaker:eu-west-1:000000000000:pipeline/abalonepipeline")
    }
}
