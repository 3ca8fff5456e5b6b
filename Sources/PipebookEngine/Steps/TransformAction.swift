import Foundation

/// TransformStep: batch predictions of a created model over a file or an S3 prefix, written as
/// `<input file name>.out` under the output path. A model with an inference script
/// (SAGEMAKER_PROGRAM) is served by its framework image's toolkit (`ScriptTransform`); a model
/// of the built-in XGBoost algorithm is run in Swift (text/csv, one record a line).
struct TransformAction: StepAction {
    func run(_ job: StepJob) throws -> StepResult {
        let arguments = job.arguments
        guard let modelName = arguments["ModelName"]?.stringValue else { throw StepFailure("ClientError: ModelName is missing.") }
        // Models made by a pipeline's model step or by CreateModel, from the registry's model table.
        guard let stored = try? ModelCatalog(store: job.store).model(modelName), let model = try? JSONValue.parse(stored.request) else {
            throw StepFailure("ClientError: Could not find model \"\(modelName)\".")
        }
        let container = ModelArtifacts.containers(model).first ?? .object([])
        let image = container["Image"]?.stringValue ?? ""
        let program = container["Environment"]?["SAGEMAKER_PROGRAM"].map(ValueResolver.text) ?? ""
        guard !program.isEmpty || BuiltInAlgorithms.isXGBoost(image) else {
            throw StepFailure("ClientError: Pipebook runs batch transforms of built-in XGBoost models and of models with an inference script (an entry_point); \(modelName) uses \(image) without one.")
        }

        guard let inputURI = arguments["TransformInput"]?["DataSource"]?["S3DataSource"]?["S3Uri"]?.stringValue,
              let outputPath = arguments["TransformOutput"]?["S3OutputPath"]?.stringValue else {
            throw StepFailure("ClientError: TransformInput.DataSource.S3DataSource.S3Uri and TransformOutput.S3OutputPath are required.")
        }
        let inputLocation: S3Location
        do { inputLocation = try S3Location(uri: inputURI) } catch { throw StepFailure("ClientError: \(error)") }
        let objects = (try? job.s3.list(inputLocation)) ?? []
        guard !objects.isEmpty else { throw StepFailure("ClientError: No S3 objects found under S3 URL \"\(inputURI)\".") }
        if !program.isEmpty {
            try ScriptTransform.run(job: job, modelName: modelName, container: container, program: program, objects: objects,
                                    outputPath: outputPath)
        } else {
            try builtInXGBoost(job: job, container: container, objects: objects, outputPath: outputPath)
        }
        let arn = job.arn("transform-job")
        var properties = arguments.objectValue ?? []
        properties += [("TransformJobName", .string(job.jobName)), ("TransformJobArn", .string(arn)),
                       ("TransformJobStatus", .string("Completed"))]
        return StepResult(metadata: .object([("TransformJob", .object([("Arn", .string(arn))]))]), properties: .object(properties))
    }

    /// The built-in XGBoost algorithm's predictions, one line per CSV record.
    private func builtInXGBoost(job: StepJob, container: JSONValue, objects: [S3Location], outputPath: String) throws {
        guard let modelData = container["ModelDataUrl"]?.stringValue else {
            throw StepFailure("ClientError: The model has no ModelDataUrl.")
        }
        let booster = try XGBoostArtifact.load(modelData, s3: job.s3)
        for object in objects {
            let text = String(decoding: try job.s3.get(object), as: UTF8.self)
            let rows = try parseRows(text, file: object.key, columns: booster.featureCount)
            let predictions = booster.predict(DenseMatrix(rows: rows))
            let perRow = predictions.count / max(rows.count, 1)
            var out = ""
            for r in 0..<rows.count {
                out += (0..<perRow).map { "\(predictions[r * perRow + $0])" }.joined(separator: ",") + "\n"
            }
            let name = String(object.key.split(separator: "/").last ?? "") + ".out"
            let target = try S3Location(uri: outputPath.hasSuffix("/") ? outputPath + name : outputPath + "/" + name)
            try job.s3.put(Data(out.utf8), at: target)
            job.log.line("Wrote \(rows.count) predictions to \(target.uri)")
        }
    }

    /// Records without a label: every column is a feature; a row may hold the label first when it has one column too many.
    private func parseRows(_ text: String, file: String, columns: Int) throws -> [[Double]] {
        var rows: [[Double]] = []
        for (i, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty { continue }
            var values: [Double] = []
            for field in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
                let t = field.trimmingCharacters(in: .whitespaces)
                if t.isEmpty { values.append(.nan); continue }
                guard let v = Double(t) else { throw StepFailure("ClientError: \(file): Unable to parse CSV row \(i + 1): '\(t)' is not a number") }
                values.append(v)
            }
            guard values.count == columns else {
                throw StepFailure("ClientError: \(file) row \(i + 1) has \(values.count) features; the model expects \(columns).")
            }
            rows.append(values)
        }
        return rows
    }
}

/// A built-in XGBoost model artifact: `xgboost-model` inside a model.tar.gz.
enum XGBoostArtifact {
    static func load(_ uri: String, s3: LocalS3) throws -> XGBoostModel {
        let data: Data
        do { data = try s3.get(try S3Location(uri: uri)) } catch {
            throw StepFailure("ClientError: Could not find model data at \(uri).")
        }
        let entries: [TarReader.Entry]
        do { entries = try TarReader.entries([UInt8](data)) } catch {
            throw StepFailure("ClientError: The model artifact \(uri) is not a tar.gz file: \(error)")
        }
        guard let entry = entries.first(where: { $0.name == "xgboost-model" }) else {
            throw StepFailure("ClientError: The model artifact \(uri) holds no xgboost-model file.")
        }
        do {
            return try XGBoostModel(json: JSONValue.parse(String(decoding: entry.contents, as: UTF8.self)))
        } catch {
            throw StepFailure("ClientError: xgboost-model in \(uri) cannot be read: \(error)")
        }
    }
}
