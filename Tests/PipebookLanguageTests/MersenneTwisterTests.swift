import BigInt
import Foundation
import XCTest
@testable import PipebookLanguage

final class MersenneTwisterTests: XCTestCase {
    /// Replays each seed's operations from `expectations` on one generator.
    func testMatchesCPythonSequences() throws {
        var checked = 0
        for line in expectations.split(separator: "\n") {
            let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [Any]
            guard let seedText = row[0] as? String, seedText != "state" else { continue }
            var generator = MersenneTwister(seed: BigInt(seedText)!)
            for case let step as [Any] in row.dropFirst() {
                let operation = (step[0] as! String).split(separator: " ").map(String.init)
                let expected = (step[1] as? [Int]).map(pythonList) ?? "\(step[1])"
                XCTAssertEqual(try perform(operation, on: &generator), expected, "seed \(seedText), \(operation)")
                checked += 1
            }
        }
        XCTAssertEqual(checked, 360)
    }

    private func perform(_ operation: [String], on generator: inout MersenneTwister) throws -> String {
        let numbers = operation.dropFirst().map { BigInt($0) ?? 0 }
        let doubles = operation.dropFirst().map { Double($0) ?? 0 }
        switch operation[0] {
        case "random": return pythonFloatRepr(generator.random())
        case "randint": return String(try generator.randint(numbers[0], numbers[1]))
        case "randrange" where numbers.count == 1: return String(try generator.randrange(numbers[0]))
        case "randrange": return String(try generator.randrange(numbers[0], numbers[1], step: numbers[2]))
        case "getrandbits": return String(try generator.getrandbits(Int(numbers[0])))
        case "choice": return String(generator.choiceIndex(count: Int(numbers[0])))
        case "shuffle":
            var items = Array(0..<Int(numbers[0]))
            generator.shuffle(&items)
            return pythonList(items)
        case "sample": return pythonList(try generator.sample(populationCount: Int(numbers[0]), k: Int(numbers[1])))
        case "gauss": return pythonFloatRepr(generator.gauss(mu: doubles[0], sigma: doubles[1]))
        case "normalvariate": return pythonFloatRepr(generator.normalvariate(mu: doubles[0], sigma: doubles[1]))
        case "expovariate": return pythonFloatRepr(try generator.expovariate(doubles[0]))
        case "uniform": return pythonFloatRepr(generator.uniform(doubles[0], doubles[1]))
        default: fatalError("unknown operation \(operation)")
        }
    }

    private func pythonList(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ", ") + "]"
    }

    func testStateMatchesCPythonAndRestores() throws {
        for line in expectations.split(separator: "\n") {
            let row = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [Any]
            guard row[0] as? String == "state" else { continue }
            var generator = MersenneTwister(seed: BigInt(row[1] as! String)!)
            for _ in 0..<(row[2] as! Int) { _ = generator.random() }
            _ = generator.gauss()
            let state = generator.getstate()
            XCTAssertEqual(state.words.prefix(4).map(Int.init), row[3] as! [Int])
            XCTAssertEqual(Int(state.words[623]), row[4] as! Int)
            XCTAssertEqual(state.index, row[5] as! Int)
            XCTAssertEqual(state.gaussNext.map(pythonFloatRepr), row[6] as? String)

            let expected = (0..<5).map { _ in generator.gauss() }
            var restored = MersenneTwister(seed: 0)
            restored.setstate(try MersenneTwisterState(words: state.words, index: state.index,
                                                       gaussNext: state.gaussNext))
            XCTAssertEqual((0..<5).map { _ in restored.gauss() }, expected)
        }
    }

    func testSeedingResetsTheGaussCache() {
        var generator = MersenneTwister(seed: 1)
        _ = generator.gauss()
        generator.seed(42)
        var fresh = MersenneTwister(seed: 42)
        XCTAssertEqual(generator.gauss(), fresh.gauss())
    }

    func testNegativeSeedsUseTheAbsoluteValue() {
        var negative = MersenneTwister(seed: -12345)
        var positive = MersenneTwister(seed: 12345)
        XCTAssertEqual(negative.random(), positive.random())
    }

    func testSystemSeedsDiffer() {
        var first = MersenneTwister()
        var second = MersenneTwister()
        XCTAssertNotEqual(try first.getrandbits(128), try second.getrandbits(128))
    }

    func testErrors() {
        var generator = MersenneTwister(seed: 0)
        func message(_ body: () throws -> Any) -> String? {
            do { _ = try body() } catch let error as RandomError { return error.message } catch { return "\(error)" }
            return nil
        }
        XCTAssertEqual(message { try generator.randrange(0) }, "empty range for randrange()")
        XCTAssertEqual(message { try generator.randrange(5, 5) }, "empty range for randrange() (5, 5, 0)")
        XCTAssertEqual(message { try generator.randint(3, 1) }, "empty range for randrange() (3, 2, -1)")
        XCTAssertEqual(message { try generator.randrange(0, 10, step: 0) }, "zero step for randrange()")
        XCTAssertEqual(message { try generator.randrange(0, 10, step: -1) }, "empty range for randrange()")
        XCTAssertEqual(message { try generator.getrandbits(-1) }, "number of bits must be non-negative")
        XCTAssertEqual(message { try generator.sample(populationCount: 3, k: 4) },
                       "Sample larger than population or is negative")
        XCTAssertEqual(message { try generator.sample(populationCount: 3, k: -1) },
                       "Sample larger than population or is negative")
        XCTAssertEqual(message { try generator.expovariate(0) }, "float division by zero")
        XCTAssertEqual(message { try MersenneTwisterState(words: [1, 2], index: 0, gaussNext: nil) },
                       "state vector is the wrong size")
        XCTAssertEqual(message { try MersenneTwisterState(words: Array(repeating: 1, count: 624), index: 625,
                                                          gaussNext: nil) },
                       "invalid state")
    }
}

/// Output of Fixtures/random_expectations.py (CPython 3.11.7).
private let expectations = #"""
["0", ["random", "0.8444218515250481"], ["random", "0.7579544029403025"], ["random", "0.420571580830845"], ["random", "0.25891675029296335"], ["random", "0.5112747213686085"], ["randint 1 100", "52"], ["randint 1 100", "39"], ["randint 1 100", "62"], ["randint 1 100", "46"], ["randint 1 100", "75"], ["shuffle 10", [5, 4, 9, 6, 0, 1, 7, 2, 8, 3]], ["sample 100 5", [39, 12, 93, 9, 87]], ["gauss 0 1", "-0.6185459048080988"], ["gauss 0 1", "1.1218356980775743"], ["gauss 0 1", "-0.5291325091999513"], ["gauss 0 1", "0.6929565195166725"], ["getrandbits 100", "1204622833677011388712514406847"], ["getrandbits 0", "0"], ["getrandbits 1", "1"], ["getrandbits 32", "2048741382"], ["getrandbits 33", "6196320787"], ["getrandbits 64", "4805234989534244506"], ["getrandbits 65", "33296886356537085442"], ["getrandbits 200", "645537715050009706866674838409133230941803468127180470849190"], ["gauss 10 2", "9.133266211658787"], ["randrange 1000000000000000000000000000000", "603076619521129757981677808613"], ["randrange -50 50 7", "41"], ["randrange 100 0 -3", "37"], ["randrange 5 6 1", "5"], ["randint -1000000000000000000000 1000000000000000000000", "666205928234492856698"], ["choice 7", 6], ["choice 1", 0], ["shuffle 1", [0]], ["shuffle 25", [0, 3, 5, 12, 24, 16, 9, 11, 15, 13, 20, 1, 21, 8, 23, 10, 19, 2, 14, 17, 4, 22, 7, 18, 6]], ["sample 10 7", [7, 1, 6, 2, 4, 8, 9]], ["sample 30 25", [5, 6, 26, 29, 1, 19, 21, 8, 15, 2, 20, 4, 18, 25, 24, 14, 11, 22, 10, 28, 12, 17, 3, 13, 16]], ["sample 1000000 10", [938516, 712480, 618451, 865351, 995900, 439797, 607854, 288579, 472449, 516586]], ["sample 40 6", [22, 5, 20, 7, 31, 21]], ["sample 5 0", []], ["normalvariate 0 1", "0.7820581537193781"], ["normalvariate 5 0.5", "5.224907471005646"], ["expovariate 1.5", "0.16603464370258342"], ["uniform 1 5", "4.178331886842304"], ["uniform -2.5 2.5", "-0.8373192539017227"], ["random", "0.8159130965336595"]]
["42", ["random", "0.6394267984578837"], ["random", "0.025010755222666936"], ["random", "0.27502931836911926"], ["random", "0.22321073814882275"], ["random", "0.7364712141640124"], ["randint 1 100", "87"], ["randint 1 100", "95"], ["randint 1 100", "70"], ["randint 1 100", "12"], ["randint 1 100", "76"], ["shuffle 10", [4, 3, 2, 9, 5, 1, 7, 8, 0, 6]], ["sample 100 5", [91, 83, 89, 69, 53]], ["gauss 0 1", "0.24634219521120196"], ["gauss 0 1", "1.3110808272040482"], ["gauss 0 1", "0.04165686390338389"], ["gauss 0 1", "-0.10632329377078427"], ["getrandbits 100", "530681276762416477923267193789"], ["getrandbits 0", "0"], ["getrandbits 1", "0"], ["getrandbits 32", "1193448329"], ["getrandbits 33", "667779376"], ["getrandbits 64", "14083980817542670947"], ["getrandbits 65", "1885446857198079865"], ["getrandbits 200", "424355465982614908388273099500954257851946475113240412220029"], ["gauss 10 2", "11.136501375170772"], ["randrange 1000000000000000000000000000000", "360649815048036003739471421715"], ["randrange -50 50 7", "41"], ["randrange 100 0 -3", "31"], ["randrange 5 6 1", "5"], ["randint -1000000000000000000000 1000000000000000000000", "-906483213528054443536"], ["choice 7", 5], ["choice 1", 0], ["shuffle 1", [0]], ["shuffle 25", [6, 0, 16, 18, 13, 21, 23, 19, 22, 1, 4, 10, 20, 17, 15, 5, 11, 14, 8, 12, 3, 7, 2, 9, 24]], ["sample 10 7", [5, 0, 3, 6, 8, 2, 7]], ["sample 30 25", [8, 2, 6, 18, 22, 10, 27, 20, 15, 12, 14, 4, 29, 26, 7, 11, 17, 13, 16, 9, 23, 24, 5, 1, 25]], ["sample 1000000 10", [534277, 517488, 95325, 792495, 49405, 902931, 114975, 160265, 657924, 167753]], ["sample 40 6", [27, 38, 4, 24, 36, 29]], ["sample 5 0", []], ["normalvariate 0 1", "1.7269593957551619"], ["normalvariate 5 0.5", "5.594826808184032"], ["expovariate 1.5", "0.5133094305056717"], ["uniform 1 5", "2.067300759810171"], ["uniform -2.5 2.5", "0.7048089928990402"], ["random", "0.11155217359587644"]]
["12345", ["random", "0.41661987254534116"], ["random", "0.010169169457068361"], ["random", "0.8252065092537432"], ["random", "0.2986398551995928"], ["random", "0.3684116894884757"], ["randint 1 100", "25"], ["randint 1 100", "35"], ["randint 1 100", "73"], ["randint 1 100", "56"], ["randint 1 100", "21"], ["shuffle 10", [7, 0, 3, 9, 8, 4, 2, 6, 1, 5]], ["sample 100 5", [67, 94, 52, 74, 64]], ["gauss 0 1", "0.33969262200750694"], ["gauss 0 1", "0.5875651062848173"], ["gauss 0 1", "1.6816186926804044"], ["gauss 0 1", "0.8950034987748198"], ["getrandbits 100", "432493746960039102813832291036"], ["getrandbits 0", "0"], ["getrandbits 1", "0"], ["getrandbits 32", "4155305506"], ["getrandbits 33", "6488449060"], ["getrandbits 64", "13734155094483693286"], ["getrandbits 65", "63726390060305452"], ["getrandbits 200", "286110982810780371579415005771374481599623428126967808096360"], ["gauss 10 2", "9.337571621618315"], ["randrange 1000000000000000000000000000000", "767040555518559815728986050418"], ["randrange -50 50 7", "-36"], ["randrange 100 0 -3", "28"], ["randrange 5 6 1", "5"], ["randint -1000000000000000000000 1000000000000000000000", "411611220087342479681"], ["choice 7", 5], ["choice 1", 0], ["shuffle 1", [0]], ["shuffle 25", [20, 12, 23, 11, 10, 9, 24, 19, 18, 22, 16, 14, 21, 2, 0, 4, 13, 8, 5, 17, 6, 15, 3, 7, 1]], ["sample 10 7", [7, 1, 6, 9, 8, 0, 2]], ["sample 30 25", [6, 21, 16, 24, 3, 15, 19, 1, 0, 20, 26, 10, 13, 29, 11, 12, 18, 23, 22, 8, 2, 14, 7, 17, 9]], ["sample 1000000 10", [241846, 213125, 171487, 170661, 302299, 157437, 563211, 94996, 544854, 729515]], ["sample 40 6", [0, 9, 39, 31, 11, 6]], ["sample 5 0", []], ["normalvariate 0 1", "-1.617696920306971"], ["normalvariate 5 0.5", "4.958966010746708"], ["expovariate 1.5", "1.6749997714457148"], ["uniform 1 5", "1.7372843333266887"], ["uniform -2.5 2.5", "-0.635431955364874"], ["random", "0.17596060331743313"]]
["1180591620717411303427", ["random", "0.16339507200642456"], ["random", "0.9974755625541745"], ["random", "0.2450324792369598"], ["random", "0.28159516427189935"], ["random", "0.03324660183942185"], ["randint 1 100", "6"], ["randint 1 100", "41"], ["randint 1 100", "72"], ["randint 1 100", "29"], ["randint 1 100", "47"], ["shuffle 10", [3, 4, 0, 5, 1, 9, 8, 7, 6, 2]], ["sample 100 5", [51, 47, 77, 24, 84]], ["gauss 0 1", "0.6867919043813294"], ["gauss 0 1", "1.1250807617611969"], ["gauss 0 1", "0.9239863519637063"], ["gauss 0 1", "0.11080092765412936"], ["getrandbits 100", "859129043346386818557844089922"], ["getrandbits 0", "0"], ["getrandbits 1", "1"], ["getrandbits 32", "1594706920"], ["getrandbits 33", "192286185"], ["getrandbits 64", "6076461568029686608"], ["getrandbits 65", "16517223000120550547"], ["getrandbits 200", "756828290519350203865787838628403489689992375858920855235741"], ["gauss 10 2", "9.22561154960864"], ["randrange 1000000000000000000000000000000", "23374174602123387122200951488"], ["randrange -50 50 7", "34"], ["randrange 100 0 -3", "76"], ["randrange 5 6 1", "5"], ["randint -1000000000000000000000 1000000000000000000000", "83274138805273207293"], ["choice 7", 6], ["choice 1", 0], ["shuffle 1", [0]], ["shuffle 25", [22, 14, 24, 16, 23, 18, 0, 8, 20, 12, 19, 7, 21, 11, 17, 1, 6, 5, 10, 3, 13, 9, 2, 4, 15]], ["sample 10 7", [5, 3, 1, 0, 4, 8, 7]], ["sample 30 25", [10, 20, 28, 27, 13, 3, 7, 0, 8, 25, 17, 12, 16, 6, 15, 29, 11, 1, 26, 23, 21, 2, 5, 14, 4]], ["sample 1000000 10", [267624, 589402, 373936, 557483, 193348, 620988, 510728, 95549, 250333, 945186]], ["sample 40 6", [7, 27, 18, 33, 1, 5]], ["sample 5 0", []], ["normalvariate 0 1", "1.8989679509812536"], ["normalvariate 5 0.5", "4.2266071096621936"], ["expovariate 1.5", "1.6867528660477948"], ["uniform 1 5", "3.6812642003448093"], ["uniform -2.5 2.5", "2.4682052882277503"], ["random", "0.6538450140045989"]]
["-42", ["random", "0.6394267984578837"], ["random", "0.025010755222666936"], ["random", "0.27502931836911926"], ["random", "0.22321073814882275"], ["random", "0.7364712141640124"], ["randint 1 100", "87"], ["randint 1 100", "95"], ["randint 1 100", "70"], ["randint 1 100", "12"], ["randint 1 100", "76"], ["shuffle 10", [4, 3, 2, 9, 5, 1, 7, 8, 0, 6]], ["sample 100 5", [91, 83, 89, 69, 53]], ["gauss 0 1", "0.24634219521120196"], ["gauss 0 1", "1.3110808272040482"], ["gauss 0 1", "0.04165686390338389"], ["gauss 0 1", "-0.10632329377078427"], ["getrandbits 100", "530681276762416477923267193789"], ["getrandbits 0", "0"], ["getrandbits 1", "0"], ["getrandbits 32", "1193448329"], ["getrandbits 33", "667779376"], ["getrandbits 64", "14083980817542670947"], ["getrandbits 65", "1885446857198079865"], ["getrandbits 200", "424355465982614908388273099500954257851946475113240412220029"], ["gauss 10 2", "11.136501375170772"], ["randrange 1000000000000000000000000000000", "360649815048036003739471421715"], ["randrange -50 50 7", "41"], ["randrange 100 0 -3", "31"], ["randrange 5 6 1", "5"], ["randint -1000000000000000000000 1000000000000000000000", "-906483213528054443536"], ["choice 7", 5], ["choice 1", 0], ["shuffle 1", [0]], ["shuffle 25", [6, 0, 16, 18, 13, 21, 23, 19, 22, 1, 4, 10, 20, 17, 15, 5, 11, 14, 8, 12, 3, 7, 2, 9, 24]], ["sample 10 7", [5, 0, 3, 6, 8, 2, 7]], ["sample 30 25", [8, 2, 6, 18, 22, 10, 27, 20, 15, 12, 14, 4, 29, 26, 7, 11, 17, 13, 16, 9, 23, 24, 5, 1, 25]], ["sample 1000000 10", [534277, 517488, 95325, 792495, 49405, 902931, 114975, 160265, 657924, 167753]], ["sample 40 6", [27, 38, 4, 24, 36, 29]], ["sample 5 0", []], ["normalvariate 0 1", "1.7269593957551619"], ["normalvariate 5 0.5", "5.594826808184032"], ["expovariate 1.5", "0.5133094305056717"], ["uniform 1 5", "2.067300759810171"], ["uniform -2.5 2.5", "0.7048089928990402"], ["random", "0.11155217359587644"]]
["4294967295", ["random", "0.6353574441341173"], ["random", "0.20319993954407756"], ["random", "0.6073666030347188"], ["random", "0.29133552762158776"], ["random", "0.3400278163075766"], ["randint 1 100", "49"], ["randint 1 100", "87"], ["randint 1 100", "89"], ["randint 1 100", "36"], ["randint 1 100", "46"], ["shuffle 10", [0, 5, 2, 3, 8, 4, 9, 1, 6, 7]], ["sample 100 5", [20, 95, 89, 7, 42]], ["gauss 0 1", "1.5496242318548796"], ["gauss 0 1", "0.3709629967780409"], ["gauss 0 1", "-0.6981265958932219"], ["gauss 0 1", "-0.32438885919349764"], ["getrandbits 100", "956211928938676175480246338399"], ["getrandbits 0", "0"], ["getrandbits 1", "0"], ["getrandbits 32", "2351547149"], ["getrandbits 33", "6226803963"], ["getrandbits 64", "3824110279339987110"], ["getrandbits 65", "22830000933932053037"], ["getrandbits 200", "805251046246140251425887184488232066395751279735558182722436"], ["gauss 10 2", "9.409464211576474"], ["randrange 1000000000000000000000000000000", "891055537351404825431405400622"], ["randrange -50 50 7", "41"], ["randrange 100 0 -3", "7"], ["randrange 5 6 1", "5"], ["randint -1000000000000000000000 1000000000000000000000", "281609167853029903650"], ["choice 7", 1], ["choice 1", 0], ["shuffle 1", [0]], ["shuffle 25", [5, 16, 17, 14, 1, 9, 24, 18, 0, 2, 13, 6, 8, 4, 11, 20, 19, 22, 3, 12, 15, 10, 23, 21, 7]], ["sample 10 7", [1, 8, 9, 6, 0, 4, 3]], ["sample 30 25", [27, 23, 12, 26, 20, 13, 22, 1, 7, 16, 21, 10, 24, 11, 14, 17, 18, 15, 19, 6, 2, 3, 0, 4, 8]], ["sample 1000000 10", [836626, 277152, 572842, 661055, 168332, 911273, 562968, 795701, 523527, 962761]], ["sample 40 6", [26, 12, 6, 8, 37, 17]], ["sample 5 0", []], ["normalvariate 0 1", "-0.9044029903627674"], ["normalvariate 5 0.5", "4.4845813169131175"], ["expovariate 1.5", "1.0578838900713323"], ["uniform 1 5", "2.9216419675390886"], ["uniform -2.5 2.5", "-0.6256810223875908"], ["random", "0.5042533872285766"]]
["4294967296", ["random", "0.11299430095636409"], ["random", "0.41782886486292836"], ["random", "0.0166763664992291"], ["random", "0.6117214625782752"], ["random", "0.8056470212514185"], ["randint 1 100", "43"], ["randint 1 100", "70"], ["randint 1 100", "58"], ["randint 1 100", "2"], ["randint 1 100", "18"], ["shuffle 10", [8, 0, 9, 4, 3, 7, 2, 5, 6, 1]], ["sample 100 5", [88, 15, 84, 39, 90]], ["gauss 0 1", "0.5255773843896229"], ["gauss 0 1", "0.6181467264093929"], ["gauss 0 1", "-0.5717886446362147"], ["gauss 0 1", "-0.023533644055300236"], ["getrandbits 100", "1149505091232893644313887744107"], ["getrandbits 0", "0"], ["getrandbits 1", "0"], ["getrandbits 32", "4197047610"], ["getrandbits 33", "4923126895"], ["getrandbits 64", "90123209976346348"], ["getrandbits 65", "13387970154887116061"], ["getrandbits 200", "265026891027415052213881630590436696624848812149126561249794"], ["gauss 10 2", "11.951502341352462"], ["randrange 1000000000000000000000000000000", "90727266592403133074647312231"], ["randrange -50 50 7", "-29"], ["randrange 100 0 -3", "52"], ["randrange 5 6 1", "5"], ["randint -1000000000000000000000 1000000000000000000000", "-68692297850507872408"], ["choice 7", 0], ["choice 1", 0], ["shuffle 1", [0]], ["shuffle 25", [24, 12, 4, 15, 19, 23, 10, 11, 17, 18, 16, 2, 22, 6, 3, 7, 0, 9, 1, 13, 14, 21, 20, 8, 5]], ["sample 10 7", [7, 4, 1, 0, 6, 3, 9]], ["sample 30 25", [2, 9, 7, 6, 21, 17, 27, 29, 12, 1, 16, 3, 13, 10, 24, 4, 25, 5, 8, 15, 23, 14, 22, 26, 0]], ["sample 1000000 10", [674621, 564083, 62986, 198354, 838904, 589517, 231428, 134511, 313696, 968298]], ["sample 40 6", [15, 2, 3, 25, 4, 35]], ["sample 5 0", []], ["normalvariate 0 1", "-0.2685846561104704"], ["normalvariate 5 0.5", "5.118765278100273"], ["expovariate 1.5", "0.11239297051929296"], ["uniform 1 5", "2.626680714340844"], ["uniform -2.5 2.5", "0.8776781006559276"], ["random", "0.7058928871375629"]]
["10000000000000000000000000000000000000007", ["random", "0.7272296064648764"], ["random", "0.25913059084476653"], ["random", "0.9630808083787095"], ["random", "0.25606770689370884"], ["random", "0.7364290325917392"], ["randint 1 100", "68"], ["randint 1 100", "3"], ["randint 1 100", "13"], ["randint 1 100", "37"], ["randint 1 100", "40"], ["shuffle 10", [9, 1, 5, 2, 8, 6, 0, 7, 4, 3]], ["sample 100 5", [32, 63, 67, 9, 40]], ["gauss 0 1", "-1.503976271108981"], ["gauss 0 1", "0.6312433035866498"], ["gauss 0 1", "-0.3685640574179837"], ["gauss 0 1", "0.13586482767852698"], ["getrandbits 100", "1111688639859903395176840354273"], ["getrandbits 0", "0"], ["getrandbits 1", "1"], ["getrandbits 32", "1827993784"], ["getrandbits 33", "5800192150"], ["getrandbits 64", "1514260587186358412"], ["getrandbits 65", "12019772976901211445"], ["getrandbits 200", "691751980034154864736781727266064246922298533731634999555852"], ["gauss 10 2", "12.348295623214993"], ["randrange 1000000000000000000000000000000", "32543514021175372497033364658"], ["randrange -50 50 7", "-36"], ["randrange 100 0 -3", "79"], ["randrange 5 6 1", "5"], ["randint -1000000000000000000000 1000000000000000000000", "-180542300513190047045"], ["choice 7", 2], ["choice 1", 0], ["shuffle 1", [0]], ["shuffle 25", [23, 18, 8, 4, 11, 5, 9, 15, 14, 19, 3, 24, 21, 7, 22, 13, 12, 1, 10, 16, 20, 6, 2, 17, 0]], ["sample 10 7", [9, 2, 4, 3, 6, 7, 1]], ["sample 30 25", [24, 19, 23, 2, 9, 25, 29, 8, 18, 22, 15, 1, 0, 12, 4, 21, 28, 26, 3, 13, 11, 27, 17, 10, 20]], ["sample 1000000 10", [124476, 122000, 644513, 507306, 779479, 430488, 846753, 390969, 650626, 822042]], ["sample 40 6", [12, 10, 30, 0, 32, 28]], ["sample 5 0", []], ["normalvariate 0 1", "1.4123883501680015"], ["normalvariate 5 0.5", "4.61608134474666"], ["expovariate 1.5", "0.3053584396610385"], ["uniform 1 5", "4.777724256950112"], ["uniform -2.5 2.5", "2.455018196247652"], ["random", "0.3318459028917713"]]
["state", "42", 3, [2468570525, 44967195, 2667364560, 2449893699], 1079217633, 10, "1.610071094463357"]
["state", "1180591620717411303427", 700, [1924256127, 3851432008, 505024408, 1231495446], 846636061, 156, "0.09233690614621023"]
"""#
