"""Programs for MathModuleTests: see generate_module_tests.py."""

SHOW = '''
def show(text, thunk):
    try:
        r = thunk()
    except Exception as e:
        print(text, "!!", type(e).__name__, e)
    else:
        print(text, "->", repr(r))
'''


def checks(*exprs, prelude="import math\n"):
    """A program printing each expression's repr, or the exception it raises."""
    return prelude + SHOW + "".join(f"show({e!r}, lambda: {e})\n" for e in exprs)


GROUPS = {
    "constants": [
        "import math\nprint(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)\n"
        "print(type(math.pi).__name__, math.isnan(math.nan), math.inf > 1e308)",
    ],
    "rounding": [
        checks("math.floor(2.7)", "math.floor(-2.7)", "math.ceil(2.1)", "math.ceil(-2.1)", "math.ceil(-0.5)",
               "math.trunc(-2.7)", "math.trunc(2.5)", "math.floor(True)", "math.ceil(True)", "math.trunc(True)",
               "math.floor(10**30)", "math.floor(1e300)", "math.trunc(-1e20)", "math.floor(float('inf'))",
               "math.ceil(float('nan'))", "math.floor('a')", "math.trunc('a')", "math.floor()", "math.floor(x=1)"),
        "import math\nclass F:\n    def __floor__(self): return 'floored'\n    def __ceil__(self): return 'ceiled'\n"
        "    def __trunc__(self): return 'truncated'\nprint(math.floor(F()), math.ceil(F()), math.trunc(F()))\n"
        "class G:\n    def __float__(self): return 2.5\nprint(math.floor(G()), math.ceil(G()), math.sqrt(G()))\n"
        "class I:\n    def __index__(self): return 7\nprint(math.floor(I()), math.factorial(I()), math.gcd(I(), 21))",
    ],
    "libmFunctions": [
        checks("round(math.sin(1), 12)", "round(math.cos(1), 12)", "round(math.tan(1), 12)", "round(math.asin(0.5), 12)",
               "round(math.acos(0.5), 12)", "round(math.atan(2), 12)", "round(math.atan2(1, -1), 12)",
               "round(math.sinh(1), 12)", "round(math.cosh(1), 12)", "round(math.tanh(0.5), 12)",
               "round(math.asinh(1), 12)", "round(math.acosh(2), 12)", "round(math.atanh(0.5), 12)",
               "math.sqrt(16)", "math.sqrt(2)", "math.cbrt(-8)", "math.exp(0)", "math.exp2(10)", "math.expm1(0)",
               "round(math.exp(1), 12)", "round(math.expm1(1e-10), 24)", "round(math.log1p(1e-10), 24)",
               "math.erf(0)", "round(math.erf(1), 12)", "round(math.erfc(1), 12)", "math.fabs(-3)", "math.fabs(-0.0)",
               "math.degrees(math.pi)", "math.radians(180)", "math.copysign(3, -0.0)", "math.copysign(-2, 1)",
               "math.fmod(-7, 3)", "math.fmod(7, -3)", "math.fmod(5, float('inf'))", "math.remainder(7, 4)",
               "math.remainder(-7, 4)", "math.remainder(5, 2)", "math.remainder(float('inf'), 1)"),
    ],
    "domainAndRangeErrors": [
        checks("math.sqrt(-1)", "math.log(0)", "math.log(-1.0)", "math.acos(2)", "math.asin(-2)", "math.acosh(0)",
               "math.atanh(1)", "math.tan(float('inf'))", "math.log1p(-1)", "math.exp(1000)", "math.exp(-1000)",
               "math.sinh(1000)", "math.cosh(-1000)", "math.expm1(1000)", "math.exp2(5000)", "math.fmod(1, 0)",
               "math.fmod(float('inf'), 1)", "math.remainder(1, 0)", "math.sqrt(10**400)", "math.fabs(-2**2000)",
               "math.sqrt(float('inf'))", "math.sqrt(float('nan'))", "math.sin(float('nan'))", "math.exp(float('-inf'))"),
        checks("math.sqrt()", "math.sqrt(1, 2)", "math.sqrt('a')", "math.sqrt(x=1)", "math.pow(1)", "math.pow('a', 1)",
               "math.pow(x=1, y=2)", "math.atan2(1)", "math.copysign(1)", "math.fmod(1)", "math.hypot(x=1)",
               "math.sin(None)", "math.isinf('x')", "math.degrees('x')", "math.nextafter(1)", "math.nextafter(1, 2, 3)"),
    ],
    "powersAndLogs": [
        checks("math.pow(2, 10)", "math.pow(2, 0.5)", "math.pow(0, -1)", "math.pow(-8, 1/3)", "math.pow(10, 400)",
               "math.pow(float('nan'), 0)", "math.pow(1, float('nan'))", "math.pow(float('inf'), -3)",
               "math.pow(float('-inf'), 3)", "math.pow(float('-inf'), 2)", "math.pow(float('-inf'), -3)",
               "math.pow(0.5, float('inf'))", "math.pow(2, float('-inf'))", "math.pow(-1, float('inf'))",
               "math.pow(0.0, 0.0)", "math.pow(-0.0, 3)", "math.pow(-2, 3)"),
        checks("math.log(1)", "math.log(math.e)", "math.log(8, 2)", "math.log(100, 10)", "math.log2(1024)",
               "math.log2(3)", "math.log10(1000)", "math.log10(0.001)", "math.log(10**400)", "math.log2(2**2000)",
               "math.log10(10**400)", "math.log(2**1100, 2)", "math.log(True)", "math.log(10, 1)", "math.log(10, 0)",
               "math.log(-5)", "math.log(float('inf'))", "math.log(float('-inf'))", "math.log(float('nan'))",
               "math.log()", "math.log(1, 2, 3)", "math.log('a')", "math.log(x=1)", "math.log2(0)", "math.log10(-1)",
               "math.log(0.0)", "math.log(3 ** 700, 3)"),
    ],
    "floatParts": [
        checks("math.modf(3.25)", "math.modf(-3.25)", "math.modf(-0.0)", "math.modf(5)", "math.modf(float('inf'))",
               "math.modf(float('-inf'))", "math.frexp(12.0)", "math.frexp(-0.375)", "math.frexp(0.0)",
               "math.frexp(float('inf'))", "math.frexp(5e-324)", "math.frexp(1e308)", "math.ldexp(0.75, 4)",
               "math.ldexp(1.0, 10000)", "math.ldexp(1.0, -10000)", "math.ldexp(-1.0, -1074)", "math.ldexp(1.0, 1.5)",
               "math.ldexp(0.5, True)", "math.ldexp(2.0, 2**70)", "math.ldexp(2.0, -2**70)", "math.ldexp(0.0, 10**6)",
               "math.ldexp(1)", "math.ldexp(1, 'a')", "math.frexp('a')", "math.modf()"),
        checks("math.isfinite(1e308)", "math.isfinite(math.inf)", "math.isinf(-math.inf)", "math.isnan(0.0)",
               "math.isclose(0.1 + 0.2, 0.3)", "math.isclose(1, 1.1)", "math.isclose(1, 1.1, rel_tol=0.2)",
               "math.isclose(0, 1e-10)", "math.isclose(0, 1e-10, abs_tol=1e-9)", "math.isclose(math.inf, math.inf)",
               "math.isclose(math.inf, -math.inf)", "math.isclose(math.nan, math.nan)", "math.isclose(a=1, b=1.0)",
               "math.isclose(1)", "math.isclose(1, 2, 3)", "math.isclose(1, 1, rel_tol=-1)",
               "math.isclose(1, 2, foo=3)", "math.isclose(1, 2, rel_tol='a')", "math.isclose(1, a=2)"),
        checks("math.nextafter(1, 2)", "math.nextafter(1, 0)", "math.nextafter(0, -1)", "math.ulp(1.0)",
               "math.ulp(1e300)", "math.ulp(0.0)", "math.ulp(float('inf'))", "math.ulp(-2.0)", "math.ulp(1.7976931348623157e308)"),
    ],
    "integers": [
        checks("math.factorial(0)", "math.factorial(5)", "math.factorial(30)", "math.factorial(True)",
               "len(str(math.factorial(1000)))", "math.factorial(1.5)", "math.factorial(-1)", "math.factorial('a')",
               "math.factorial(10**30)", "math.factorial()", "math.factorial(n=1)"),
        checks("math.gcd(12, 18)", "math.gcd(0, 5)", "math.gcd(-12, 18)", "math.gcd(12, 18, 27)", "math.gcd()",
               "math.gcd(-4)", "math.gcd(2**100, 6**50)", "math.gcd(1.5)", "math.gcd('a', 2)", "math.gcd(a=1)",
               "math.lcm(4, 6)", "math.lcm(3, 5, 7)", "math.lcm()", "math.lcm(-4, 6)", "math.lcm(0, 5)",
               "math.lcm(2**70, 3**40)", "math.lcm(4, 0, 'x')"),
        checks("math.comb(5, 2)", "math.comb(52, 5)", "math.comb(100, 50)", "math.comb(5, 6)", "math.comb(10**20, 3)",
               "math.comb(-1, 2)", "math.comb(5, -1)", "math.comb(5.0, 2)", "math.comb(5)", "math.comb(1, 2, 3)",
               "math.comb(2**64, 2**63)", "math.perm(5, 2)", "math.perm(5)", "math.perm(5, None)", "math.perm(5, 6)",
               "math.perm(5, -1)", "math.perm(-5)", "math.perm(-5, 2)", "math.perm()", "math.perm(1, 2, 3)"),
        checks("math.isqrt(0)", "math.isqrt(15)", "math.isqrt(16)", "math.isqrt(10**40 + 1)", "math.isqrt(True)",
               "math.isqrt(-1)", "math.isqrt(2.0)", "math.isqrt()"),
    ],
    "sums": [
        checks("math.prod([1, 2, 3, 4])", "math.prod([])", "math.prod(range(1, 21))", "math.prod([0.5, 4])",
               "math.prod([2, 3.0, 4])", "math.prod(['a', 2])", "math.prod([2, 'a'])", "math.prod([1], start=2)",
               "math.prod([], start='s')", "math.prod()", "math.prod([1], 2)", "math.prod([1], foo=2)", "math.prod(1)",
               "math.prod([10**10] * 3)"),
        checks("math.fsum([0.1] * 10)", "math.fsum([1e100, 1.0, -1e100])", "math.fsum([1e-16, 1, 1e16])",
               "math.fsum([])", "math.fsum(range(10))", "math.fsum([1, 2**1000])", "math.fsum([2**2000])",
               "math.fsum([1e308, 1e308])", "math.fsum([float('inf'), 1])", "math.fsum([float('inf'), -float('inf')])",
               "math.fsum([float('nan'), 1])", "math.fsum(['a'])", "math.fsum(1)", "math.fsum()", "math.fsum([1, 2], 3)",
               "math.fsum(x / 10 for x in range(1, 100))", "math.fsum([0.3, -0.1, -0.2])", "math.fsum([-0.0])"),
        checks("math.hypot(3, 4)", "math.hypot(5, 12)", "math.hypot(3, 4, 12)", "math.hypot()", "math.hypot(-3)",
               "math.hypot(1e-320, 1e-320)", "math.hypot(1e308, 1e308)", "math.hypot(float('inf'), float('nan'))",
               "math.hypot(float('nan'), 1)", "math.hypot(1, 1)", "math.hypot(*range(10))", "math.hypot('a')",
               "math.dist((0, 0), (6, 8))", "math.dist((1, 2), [4, 6])", "math.dist([1], [2])",
               "math.dist((1, 2), (1,))", "math.dist(1, 2)", "math.dist(1)", "math.dist(p=1, q=2)",
               "math.dist((0.1, 0.2, 0.3), (1.5, -2.5, 7.25))"),
    ],
    "gamma": [
        checks("math.gamma(5)", "math.gamma(0.5)", "math.gamma(23)", "math.gamma(24)", "math.gamma(1e-25)",
               "math.gamma(-0.5)", "math.gamma(-1.5)", "math.gamma(171.5)", "math.gamma(-250.5)", "math.gamma(0)",
               "math.gamma(-1)", "math.gamma(200)", "math.gamma(172)", "math.gamma(float('-inf'))",
               "math.gamma(float('inf'))", "math.gamma(150.25)", "math.gamma(7.5)",
               "math.lgamma(1)", "math.lgamma(2)", "math.lgamma(0.5)", "math.lgamma(100)", "math.lgamma(-0.5)",
               "math.lgamma(0)", "math.lgamma(-2)", "math.lgamma(1e308)", "math.lgamma(float('-inf'))", "math.lgamma(1e-30)"),
    ],
}
