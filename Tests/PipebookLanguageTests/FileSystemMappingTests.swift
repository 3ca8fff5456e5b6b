import Foundation
import PipebookLanguage
import XCTest

/// The host's file-system hook: a step script sees `/opt/ml/...` while its files live in a
/// job folder. Every module that touches the disk must go through the mapping, and messages
/// must show the paths the program wrote.
final class FileSystemMappingTests: XCTestCase {
    /// Maps `/opt/ml` and everything below it into a folder; leaves other paths alone.
    final class OptMLMapper: FileSystemMapper {
        let root: String
        init(root: String) { self.root = root }
        func realPath(for path: String) -> String {
            guard path == "/opt/ml" || path.hasPrefix("/opt/ml/") else { return path }
            return root + path.dropFirst("/opt/ml".count)
        }
    }

    private func run(_ source: String, jobFolder: String) -> String {
        ProgramRunner.output(of: source) { $0.fileSystem = OptMLMapper(root: jobFolder) }
    }

    func testModulesWriteAndReadThroughTheMapping() throws {
        try TemporaryWorkingDirectory.run {
            let job = FileManager.default.currentDirectoryPath + "/job"
            try FileManager.default.createDirectory(atPath: job, withIntermediateDirectories: true)
            let output = run("""
                import csv, glob, os, pathlib, shutil
                os.makedirs("/opt/ml/processing/input", exist_ok=True)
                with open("/opt/ml/processing/input/data.csv", "w", newline="") as f:
                    csv.writer(f).writerows([["a", "b"], [1, 2]])
                print(os.path.exists("/opt/ml/processing/input/data.csv"), os.listdir("/opt/ml/processing/input"))
                out = pathlib.Path("/opt/ml/processing/output")
                out.mkdir(parents=True)
                print((out / "result.txt").write_text("done"), out.exists(), out.is_dir())
                print(sorted(glob.glob("/opt/ml/processing/*")), [str(p) for p in out.iterdir()])
                print(shutil.copy("/opt/ml/processing/input/data.csv", "/opt/ml/processing/output"))
                print(sorted(os.listdir("/opt/ml/processing/output")), os.path.getsize("/opt/ml/processing/output/data.csv"))
                print(sorted((root, sorted(files)) for root, dirs, files in os.walk("/opt/ml")))
                print(os.path.realpath("/opt/ml/processing/../processing/input"), os.path.isdir("/opt/ml/processing/../processing"))
                with open("/opt/ml/processing/input/data.csv", newline="") as f:
                    print(list(csv.reader(f)))
                print([str(p) for p in pathlib.Path("/opt/ml").rglob("*.txt")])
                shutil.rmtree("/opt/ml/processing/output")
                os.remove("/opt/ml/processing/input/data.csv")
                print(os.listdir("/opt/ml/processing/input"), os.path.exists("/opt/ml/processing/output"))
                try:
                    open("/opt/ml/missing.txt")
                except FileNotFoundError as e:
                    print(e)
                """, jobFolder: job)
            XCTAssertEqual(output, """
                True ['data.csv']
                4 True True
                ['/opt/ml/processing/input', '/opt/ml/processing/output'] ['/opt/ml/processing/output/result.txt']
                /opt/ml/processing/output/data.csv
                ['data.csv', 'result.txt'] 10
                [('/opt/ml', []), ('/opt/ml/processing', []), ('/opt/ml/processing/input', ['data.csv']), ('/opt/ml/processing/output', ['data.csv', 'result.txt'])]
                /opt/ml/processing/input True
                [['a', 'b'], ['1', '2']]
                ['/opt/ml/processing/output/result.txt']
                [] False
                [Errno 2] No such file or directory: '/opt/ml/missing.txt'

                """)
            XCTAssertTrue(FileManager.default.fileExists(atPath: job + "/processing/input"))
            XCTAssertFalse(FileManager.default.fileExists(atPath: "/opt/ml/processing"), "the real /opt/ml was touched")
        }
    }

    func testRelativePathsResolveAgainstTheWorkingDirectoryBeforeMapping() throws {
        try TemporaryWorkingDirectory.run {
            let folder = FileManager.default.currentDirectoryPath
            let output = run("""
                import os
                with open("local.txt", "w") as f:
                    f.write("here")
                os.mkdir("sub")
                os.chdir("sub")
                with open("../local.txt") as f:
                    print(f.read(), os.path.exists("../local.txt"))
                """, jobFolder: folder + "/job")
            XCTAssertEqual(output, "here True\n")
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/local.txt"))
        }
    }

    func testTemporaryFilesAndPathsOutsideTheMappingAreUnchanged() throws {
        try TemporaryWorkingDirectory.run {
            let folder = FileManager.default.currentDirectoryPath
            let output = run("""
                import os, tempfile
                with tempfile.TemporaryDirectory(dir=".") as d:
                    open(os.path.join(d, "x"), "w").close()
                    print(os.listdir(d))
                print(os.path.exists("/opt/ml"))
                os.mkdir("/opt/ml")
                print(os.path.isdir("/opt/ml"), os.listdir("/opt/ml"))
                """, jobFolder: folder + "/job")
            XCTAssertEqual(output, "['x']\nFalse\nTrue []\n")
            XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/job"))
        }
    }
}
