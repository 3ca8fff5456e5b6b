# chr, ord, hex, oct, bin including negatives and large values.
print(ord("A"), ord("z"), ord("0"), ord("\n"), ord("é"), ord("😀"))
print(chr(65), chr(97), chr(8364), chr(0x1F600), repr(chr(0)), repr(chr(127)))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(hex(2 ** 64), bin(2 ** 10), oct(2 ** 40))
print(int(hex(12345), 16), int(bin(99), 2), int(oct(77), 8))
print("".join(chr(ord("a") + i) for i in range(26)))
