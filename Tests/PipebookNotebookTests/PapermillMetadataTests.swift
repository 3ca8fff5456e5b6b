import XCTest
@testable import PipebookNotebook

final class PapermillMetadataTests: XCTestCase {
    /// papermill writes `datetime.now(timezone.utc).isoformat()`.
    func testTimestampsAreIsoformatInUTC() {
        XCTAssertEqual(PapermillMetadata.timestamp(Date(timeIntervalSince1970: 1_700_000_000.5)), "2023-11-14T22:13:20.500000+00:00")
        XCTAssertEqual(PapermillMetadata.timestamp(Date(timeIntervalSince1970: 0)), "1970-01-01T00:00:00.000000+00:00")
    }

    func testACellsLifeAsPapermillRecordsIt() {
        let start = Date(timeIntervalSince1970: 10), end = Date(timeIntervalSince1970: 12.25)
        XCTAssertEqual(PapermillMetadata.pending()["status"], .string("pending"))
        XCTAssertEqual(PapermillMetadata.pending()["start_time"], .null)
        XCTAssertEqual(PapermillMetadata.started(start)["status"], .string("running"))
        XCTAssertEqual(PapermillMetadata.started(start)["exception"], .bool(false))
        let failed = PapermillMetadata.finished(start, end, failed: true)
        XCTAssertEqual(failed["status"], .string("failed"))
        XCTAssertEqual(failed["exception"], .bool(true))
        XCTAssertEqual(failed["duration"], .double(2.25))
        XCTAssertEqual(PapermillMetadata.finished(start, end, failed: false)["status"], .string("completed"))
    }
}
