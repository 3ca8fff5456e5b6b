import Foundation
import PipebookLanguage

/// `_numpy`: the native functions stdlib/numpy is written over. Arrays cross as `NDArray`
/// buffers; stdlib/numpy has already turned Python scalars into 0-d buffers and checked the
/// keyword arguments, so every function here takes plain positional arguments.
enum NumpyModule {
    static func make(_ interp: Interpreter) throws -> PyModule {
        let m = ModuleBuilder("_numpy")
        installConstruction(m)
        installOperations(m)
        RandomFunctions.install(m)
        return m.module
    }

    static func array(_ v: Value) throws -> NDArray {
        guard let a = v.as(NDArray.self) else { throw PyError.typeError("expected an array buffer, got \(v.typeName)") }
        return a
    }

    static func randomState(_ v: Value) throws -> RandomStateObject {
        guard let s = v.as(RandomStateObject.self) else { throw PyError.typeError("expected a random state") }
        return s
    }

    static func int(_ v: Value) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: throw PyError.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
        }
    }

    static func dtype(_ v: Value) throws -> DType? {
        if v.isNone { return nil }
        guard let name = v.stringValue, let t = DType(rawValue: name) else {
            throw PyError.typeError("data type \(v.stringValue.map { "'\($0)'" } ?? v.typeName) not understood")
        }
        return t
    }

    static func shape(_ v: Value) throws -> [Int] {
        if let t = v.as(PyTuple.self) { return try t.items.map(int) }
        if let l = v.as(PyList.self) { return try l.items.map(int) }
        return [try int(v)]
    }

    static func tuple(_ shape: [Int]) -> Value { .object(PyTuple(shape.map { .int($0) })) }

    private static func installConstruction(_ m: ModuleBuilder) {
        m.function("array") { interp, args in
            .object(try ArrayConversion.fromPython(args[0], dtype: try dtype(args[1]), interp))
        }
        m.function("tolist") { _, args in ArrayConversion.toPython(try array(args[0])) }
        m.function("shape") { _, args in tuple(try array(args[0]).shape) }
        m.function("dtype") { _, args in .str(try array(args[0]).data.dtype.rawValue) }
        m.function("astype") { interp, args in
            .object(try ArrayConversion.convert(try array(args[0]), to: try dtype(args[1])!, interp))
        }
        m.function("copy") { _, args in
            let a = try array(args[0])
            let copy = NDArray(a.data, shape: a.shape)
            copy.columnMajor = a.columnMajor
            return .object(copy)
        }
        // as_fortran(a, flag): marks (or unmarks) the memory order numpy would have.
        m.function("as_fortran") { interp, args in
            let a = try array(args[0])
            let result = NDArray(a.data, shape: a.shape)
            result.columnMajor = try interp.isTrue(args[1]) && a.shape.count == 2
            return .object(result)
        }
        m.function("full") { interp, args in
            let shape = try shape(args[0])
            if shape.count > 2 {
                throw PyError.notImplemented("Pipebook's numpy does not support arrays of more than 2 dimensions")
            }
            let n = shape.reduce(1, *)
            let one = try ArrayConversion.build([args[1]], dtype: try dtype(args[2]), interp)
            return .object(NDArray(one.gather([Int](repeating: 0, count: n)), shape: shape))
        }
        m.function("arange") { interp, args in
            let integral = args.positional.prefix(3).allSatisfy { if case .int = $0 { return true } else { return false } }
            let type = try dtype(args[3]) ?? (integral ? .int64 : .float64)
            if integral {
                let start = try int(args[0]), stop = try int(args[1]), step = try int(args[2])
                if step == 0 { throw PyError(BuiltinTypes.zeroDivisionError, "division by zero") }
                let values = Array(stride(from: start, to: stop, by: step))
                return .object(try ArrayConversion.convert(NDArray(.int(values)), to: type, interp))
            }
            let start = try ArrayConversion.toDouble(args[0], interp), stop = try ArrayConversion.toDouble(args[1], interp)
            let step = try ArrayConversion.toDouble(args[2], interp)
            let n = max(0, Int(((stop - start) / step).rounded(.up)))
            let values = (0..<n).map { start + Double($0) * step }
            return .object(try ArrayConversion.convert(NDArray(.float(values)), to: type, interp))
        }
        m.function("linspace") { interp, args in
            let start = try ArrayConversion.toDouble(args[0], interp), stop = try ArrayConversion.toDouble(args[1], interp)
            let num = try int(args[2])
            let endpoint = try interp.isTrue(args[3])
            let div = Double(endpoint ? num - 1 : num)
            let delta = stop - start
            let step = delta / div
            var values = (0..<num).map { i -> Double in
                step == 0 ? Double(i) / div * delta + start : Double(i) * step + start
            }
            if endpoint && num > 1 { values[num - 1] = stop }
            return .object(NDArray(.float(values)))
        }
    }

    private static func installOperations(_ m: ModuleBuilder) {
        m.function("getitem") { interp, args in try ArrayIndexing.get(try array(args[0]), args[1], interp) }
        m.function("setitem") { interp, args in
            try ArrayIndexing.set(try array(args[0]), args[1], try array(args[2]), interp)
            return .none
        }
        m.function("binary") { interp, args in
            .object(try ArrayArithmetic.binary(args[0].stringValue!, try array(args[1]), try array(args[2]), interp))
        }
        m.function("unary") { interp, args in .object(try ArrayMath.unary(args[0].stringValue!, try array(args[1]), interp)) }
        m.function("round") { _, args in .object(ArrayMath.round(try array(args[0]), decimals: try int(args[1]))) }
        m.function("where") { interp, args in
            .object(try ArrayMath.choose(try array(args[0]), try array(args[1]), try array(args[2]), interp))
        }
        m.function("reduce") { interp, args in
            let axis: Int? = args[2].isNone ? nil : try int(args[2])
            return try ArrayReductions.reduce(args[0].stringValue!, try array(args[1]), axis: axis, ddof: try int(args[3]), interp)
        }
        m.function("reshape") { _, args in .object(try ArrayShaping.reshape(try array(args[0]), try shape(args[1]))) }
        m.function("transpose") { _, args in .object(ArrayShaping.transpose(try array(args[0]))) }
        m.function("concatenate") { interp, args in
            let parts = try interp.iterateToArray(args[0]).map(array)
            return .object(try ArrayShaping.concatenate(parts, axis: try int(args[1]), interp))
        }
        m.function("lstsq") { _, args in
            guard case .float(let rcond) = args[2] else { throw PyError.typeError("lstsq's rcond must be a float") }
            let answer = try LinearAlgebra.leastSquares(try array(args[0]), try array(args[1]), rcond: rcond)
            return .object(PyTuple([.object(NDArray(.float(answer.solution))), .object(NDArray(.float(answer.residuals))),
                                    .int(answer.rank), .object(NDArray(.float(answer.singularValues)))]))
        }
        m.function("solve") { _, args in .object(try LinearAlgebra.solve(try array(args[0]), try array(args[1]))) }
        m.function("matmul") { _, args in .object(try LinearAlgebra.matmul(try array(args[0]), try array(args[1]))) }
        m.function("argsort") { interp, args in .object(try ArraySorting.argsort(try array(args[0]), interp)) }
        m.function("sort") { interp, args in .object(try ArraySorting.sort(try array(args[0]), interp)) }
        m.function("unique") { interp, args in
            let u = try ArraySorting.unique(try array(args[0]), interp)
            return .object(PyTuple([.object(u.values), .object(u.index), .object(u.inverse), .object(u.counts)]))
        }
    }
}
