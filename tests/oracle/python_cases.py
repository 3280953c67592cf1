#!/usr/bin/env python3
"""Runs each snippet on CPython and prints the Qt Test rows of tests/pythoncases.inc.

Re-bless on purpose only: /usr/bin/python3 tests/oracle/python_cases.py > tests/pythoncases.inc"""
snippets = {
 "arithmetic": "print(7 // 2, -7 // 2, 7 % -3, 2 ** 10, 2 ** -1, 7 / 2, 1 + 2 * 3)",
 "float ops": "print(0.1 + 0.2, 1e16, 1.0, -7.5 // 2, -7.5 % 2, 3 * 1.5)",
 "string ops": "s = 'abc'\nprint(s * 2, s[1], s[-1], s[::-1], s[1:], len('héllo'), 'b' in s)",
 "unicode slicing": "s = 'h😀llo'\nprint(s[1], s[1:3], len(s))",
 "list ops": "a = [1, 2, 3]\nb = a\nb += [4]\nprint(a, a[1:3], a[::-1], len(a), 3 in a, a + [5], a * 2)",
 "tuple unpacking": "a, b = 1, 2\na, b = b, a\n(c, d), e = (3, 4), 5\nprint(a, b, c, d, e)",
 "dict ops": "d = {'a': 1}\nd['b'] = 2\nd['a'] += 10\ndel d['b']\nprint(d, len(d), 'a' in d, list(d))",
 "set ops": "s = {1, 2, 3}\nprint(s | {4}, s & {2, 3}, s - {1}, 2 in s, len(s), set())",
 "comparisons": "print(1 < 2 < 3, 1 < 3 < 2, 'a' < 'b', [1, 2] < [1, 3], (1, 2) == (1, 2), None is None, 1 is not None)",
 "bool ops": "print(0 or 'x', 1 and 2, not 0, None or [], [] and 1)",
 "conditional expression": "x = 5\nprint('big' if x > 3 else 'small')",
 "if elif else": "for n in range(4):\n    if n == 0:\n        print('zero')\n    elif n == 1:\n        print('one')\n    else:\n        print('many', n)",
 "while break continue": "i = 0\nwhile True:\n    i += 1\n    if i % 2:\n        continue\n    if i > 6:\n        break\n    print(i)\nelse:\n    print('no')",
 "for else": "for i in range(3):\n    pass\nelse:\n    print('done', i)",
 "for over dict and string": "for k in {'x': 1, 'y': 2}:\n    print(k)\nfor ch in 'hé':\n    print(ch)",
 "functions and defaults": "def f(a, b=2):\n    return a * b\nprint(f(3), f(3, 4), f(b=5, a=1))",
 "recursion": "def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\nprint(fact(20))",
 "closures": "def outer(x):\n    def inner(y):\n        return x + y\n    return inner\nadd5 = outer(5)\nprint(add5(3))",
 "lambda and sorted": "words = ['pear', 'fig', 'apple']\nprint(sorted(words), sorted(words, key=lambda w: len(w)), sorted(words, reverse=True))",
 "global statement": "count = 0\ndef bump():\n    global count\n    count += 1\nbump()\nbump()\nprint(count)",
 "builtins": "print(len([1, 2]), str(5), int('42'), int(3.9), float('1.5'), bool(''), repr('x'), abs(-3), min(3, 1, 2), max([4, 9]), sum([1, 2, 3]), round(2.5), round(3.14159, 2))",
 "isinstance": "print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance('a', (int, str)), isinstance(ValueError('x'), Exception))",
 "f-strings": "name = 'Ann'\nn = 3.14159\nprint(f'hi {name}!', f'{n:.2f}', f'{name!r}', f'{42:>5}|', f'{n=}', f'{{}}', f'{7:03d}', f'{1234567:,}')",
 "percent format": "print('%s has %d items costing %.2f' % ('cart', 3, 9.5), '%r' % 'x', '%5s|%-5s|' % ('a', 'b'))",
 "try except else finally": "try:\n    x = 1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nelse:\n    print('else')\nfinally:\n    print('finally')",
 "except tuple and reraise": "try:\n    try:\n        int('abc')\n    except (TypeError, ValueError) as e:\n        print('got', e)\n        raise\nexcept Exception as outer:\n    print('outer', outer)",
 "raise custom message": "try:\n    raise KeyError('k')\nexcept LookupError as e:\n    print(repr(e), e, e.args)",
 "exception in function propagates": "def f():\n    return {}['missing']\ntry:\n    f()\nexcept KeyError as e:\n    print('KeyError', e)",
 "print sep end": "print(1, 2, sep='-', end='!\\n')\nprint('a', 'b')",
 "del name": "x = 1\ndel x\ntry:\n    print(x)\nexcept NameError as e:\n    print(e)",
 "range repr and len": "r = range(0, 10, 3)\nprint(r, len(r), list(r), r[1], 9 in r)",
 "dict from pairs": "print(dict([('a', 1), ('b', 2)]), dict(x=1), list((1, 2)), tuple([3]), set([1, 1]))",
 "chained assignment": "a = b = [1]\nb[0] = 9\nprint(a, b)",
 "any all divmod": "print(any([0, 1]), all([]), divmod(7, 2), pow(2, 8), chr(97), ord('a'), callable(len))",
 "negative zero and int float": "print(-0.0, 0 == -0.0, 1 == 1.0, 10 / 5)",
 "assert": "try:\n    assert 1 == 2, 'nope'\nexcept AssertionError as e:\n    print('assert', e)",
 "finally return": "def f():\n    try:\n        return 1\n    finally:\n        print('cleanup')\nprint(f())",
}
errors = {
 "name error": "print(undefined_name)",
 "concat str int": "'a' + 1",
 "zero division": "1 / 0",
 "int modulo zero": "5 % 0",
 "key error": "{}['x']",
 "index error": "[1, 2][5]",
 "unsupported operand": "1 + 'a'",
 "not callable": "x = 5\nx()",
 "unbound local": "x = 1\ndef f():\n    print(x)\n    x = 2\nf()",
 "too many args": "def f(a):\n    pass\nf(1, 2)",
 "missing args": "def f(a, b):\n    pass\nf()",
 "unexpected keyword": "def f(a):\n    pass\nf(b=1)",
 "unpack too many": "a, b = 1, 2, 3",
 "unpack too few": "a, b, c = 1, 2",
 "cannot unpack int": "a, b = 5",
 "not iterable": "for x in 5:\n    pass",
 "int parse": "int('12a')",
 "float parse": "float('x')",
 "recursion": "def f(n):\n    return f(n + 1)\nf(0)",
 "string index": "'abc'['x']",
 "tuple assignment": "t = (1, 2)\nt[0] = 5",
 "compare str int": "1 < 'a'",
 "attribute error": "x = 5\nx.foo",
 "unhashable": "{[1]: 2}",
 "raise non exception": "raise 5",
 "bad unary": "-'a'",
 "len of int": "len(5)",
 "max empty": "max([])",
 "sum strings": "sum(['a', 'b'], '')",
 "assertion": "assert False",
 "range zero step": "range(1, 5, 0)",
}
import json, subprocess, sys
out = {"ok": {}, "err": {}}
for name, src in snippets.items():
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True)
    assert r.returncode == 0, (name, r.stderr)
    out["ok"][name] = [src, r.stdout]
for name, src in errors.items():
    r = subprocess.run([sys.executable, "-c", src], capture_output=True, text=True)
    assert r.returncode == 1, (name, r.stdout)
    out["err"][name] = [src, r.stdout, r.stderr.strip().splitlines()[-1]]
d = out
def lit(s):
    assert ')PY"' not in s
    return 'R"PY(' + s + ')PY"'
print("// ---- generated by tests/oracle/python_cases.py from CPython 3.11: do not edit by hand")
print("static void addRunCases()\n{")
for name, (src, out) in d["ok"].items():
    print(f'    QTest::newRow("{name}") << QString::fromUtf8({lit(src)}) << QString::fromUtf8({lit(out)});')
print("}\n")
print("static void addErrorCases()\n{")
for name, (src, out, err) in d["err"].items():
    print(f'    QTest::newRow("{name}") << QString::fromUtf8({lit(src)}) << QString::fromUtf8({lit(out)}) << QString::fromUtf8({lit(err)});')
print("}")
