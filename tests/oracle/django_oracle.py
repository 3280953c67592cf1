#!/usr/bin/python3
"""Run a CacheTutor script against REAL Django LocMemCache and print its trace.

This is the test oracle for CacheTutor's cache engine: whatever it prints is, by
definition, what the tracer must print. Run it with Debian's /usr/bin/python3,
which has python3-django (3.2) installed:

    /usr/bin/python3 tests/oracle/django_oracle.py script.py [--max-entries N]
        [--cull-frequency N] [--key-prefix P] [--version N] [--timeout S]
    /usr/bin/python3 tests/oracle/django_oracle.py --selftest

Settings come from a `# cachetutor: --max-entries 3 ...` comment among the
script's first comment lines, then from the command line, which wins.

The script runs as `__main__` on a fake clock that starts at 0.0: `time.sleep`
advances it at once and `time.time` reads it, both in the script and inside
Django's base.py and locmem.py. The `cache` the script imports is a proxy that
records one event per call the script makes (calls Django makes internally,
such as get_or_set's get and add, are part of the outer call), in the order the
calls finish:

    line      script line of the call (as Python's traceback would name it)
    action    'cache.get', ..., 'cache.__contains__' for `key in cache`
    args      reprs of the positional arguments, taken before the call
    kwargs    name -> repr
    key       repr of the key argument; null for clear/close/*_many
    output    repr of the result; null if the call raised
    error     'ValueError: Key ':1:x' not found'; null if it returned
    warnings  'CacheKeyWarning: ...' for each warning the call raised (no dedup)
    state     repr of a dict of the live entries, least recently used first,
              each named by the key object of the call that last stored it
              when that key maps to it with the configured version, else by
              its made key string (':2:greet')
    clock     the fake clock after the call

The script's print() output goes to stderr. An exception the script does not catch ends it; the JSON then also has
"uncaught": 'ValueError: ...'.
"""

import argparse
import builtins
import contextlib
import copy
import functools
import inspect
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time as real_time
import types
import warnings

LOCATION = 'cachetutor-oracle'
# The methods whose event carries no single key.
KEYLESS = {'clear', 'close', 'get_many', 'set_many', 'delete_many'}


def option_parser():
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument('--max-entries', type=int)
    parser.add_argument('--cull-frequency', type=int)
    parser.add_argument('--key-prefix')
    parser.add_argument('--version', type=int)
    parser.add_argument('--timeout')
    return parser


def header_options(source):
    """Arguments from `# cachetutor: ...` among the leading comment lines."""
    args = []
    for line in source.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith('#'):
            break
        body = stripped[1:].strip()
        if body.startswith('cachetutor:'):
            args += shlex.split(body[len('cachetutor:'):])
    return args


def parse_timeout(text):
    if text in ('None', 'none'):
        return None
    number = float(text)
    # Django int()s TIMEOUT itself; passing a number lets it (a string '1.5' would fall back to 300).
    return int(number) if number.is_integer() else number


def cache_settings(options):
    settings = {
        'BACKEND': 'django.core.cache.backends.locmem.LocMemCache',
        'LOCATION': LOCATION,
        'OPTIONS': {},
    }
    if options.max_entries is not None:
        settings['OPTIONS']['MAX_ENTRIES'] = options.max_entries
    if options.cull_frequency is not None:
        settings['OPTIONS']['CULL_FREQUENCY'] = options.cull_frequency
    if options.key_prefix is not None:
        settings['KEY_PREFIX'] = options.key_prefix
    if options.version is not None:
        settings['VERSION'] = options.version
    if options.timeout is not None:
        settings['TIMEOUT'] = parse_timeout(options.timeout)
    return settings


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def module(self):
        """A `time` module whose clock is this one; everything else is the real module's."""
        clock = self
        fake = types.ModuleType('time')
        fake.__dict__.update({k: v for k, v in vars(real_time).items() if not k.startswith('__')})

        def sleep(seconds):
            if isinstance(seconds, (int, float)):
                if seconds != seconds:
                    raise ValueError('Invalid value NaN (not a number)')
                if seconds < 0:
                    raise ValueError('sleep length must be non-negative')
                clock.now += seconds
                return None
            return real_time.sleep(seconds)  # raises the real TypeError for non-numbers

        fake.sleep = sleep
        fake.time = lambda: clock.now
        fake.monotonic = lambda: clock.now
        fake.perf_counter = lambda: clock.now
        return fake


def format_error(error):
    message = str(error)
    return type(error).__name__ + (': ' + message if message else '')


class Recorder:
    """Remembers which key object last stored each made key, and the events."""

    def __init__(self, clock):
        self.clock = clock
        self.events = []
        self.storing = []  # user keys of the storing calls in progress, innermost last
        self.names = {}    # made key -> user key object of the last store

    def tracking_dict(self):
        recorder = self

        from collections import OrderedDict

        class TrackingOrderedDict(OrderedDict):
            # LocMemCache writes `self._cache[key] = pickled` only in _set and incr.
            def __setitem__(self, key, value):
                if recorder.storing:
                    recorder.names[key] = recorder.storing[-1]
                super().__setitem__(key, value)

        return TrackingOrderedDict()

    def wrap_storing(self, backend, name):
        original = getattr(backend, name)
        recorder = self
        signature = inspect.signature(original)

        @functools.wraps(original)  # keeps the signature for the event's `key`
        def storing(*args, **kwargs):
            try:
                key = signature.bind(*args, **kwargs).arguments['key']
            except TypeError:
                return original(*args, **kwargs)
            try:
                key = copy.deepcopy(key)  # a mutable key object could change after the call
            except Exception:
                pass
            recorder.storing.append(key)
            try:
                return original(*args, **kwargs)
            finally:
                recorder.storing.pop()

        setattr(backend, name, storing)

    def state(self, backend):
        from django.core.cache.backends import locmem

        parts = []
        expire_info = locmem._expire_info[LOCATION]
        for made_key in reversed(locmem._caches[LOCATION]):
            exp = expire_info.get(made_key, -1)
            if exp is not None and exp <= self.clock.now:
                continue
            import pickle

            value = pickle.loads(locmem._caches[LOCATION][made_key])
            name = made_key
            if made_key in self.names:
                user_key = self.names[made_key]
                if backend.make_key(user_key) == made_key:
                    name = user_key
            # Built by hand: a dict would merge keys such as 1 and 1.0 and reject list keys.
            parts.append(repr(name) + ': ' + repr(value))
        return '{' + ', '.join(parts) + '}'


class ConnectionProxy:
    """Stands for django.core.cache.cache in the script and records each call."""

    def __init__(self, real, backend, recorder, script_path):
        object.__setattr__(self, '_real', real)
        object.__setattr__(self, '_backend', backend)
        object.__setattr__(self, '_recorder', recorder)
        object.__setattr__(self, '_script', script_path)

    def _call_line(self):
        frame = sys._getframe(2)
        while frame is not None and frame.f_code.co_filename != self._script:
            frame = frame.f_back
        return frame.f_lineno if frame is not None else None

    def _record(self, action, method, args, kwargs):
        line = self._call_line()
        arg_reprs = [repr(a) for a in args]
        kwarg_reprs = {k: repr(v) for k, v in kwargs.items()}
        key = None
        name = action[len('cache.'):]
        if name not in KEYLESS:
            try:
                bound = inspect.signature(method).bind(*args, **kwargs)
                if 'key' in bound.arguments:
                    key = repr(bound.arguments['key'])
            except (TypeError, ValueError):
                if args:
                    key = repr(args[0])
        output = error = None
        raised = None
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                result = method(*args, **kwargs)
                output = repr(result)
            except Exception as e:
                raised = e
                error = format_error(e)
        from django.core.cache.backends.base import CacheKeyWarning

        event = {
            'line': line,
            'action': action,
            'args': arg_reprs,
            'kwargs': kwarg_reprs,
            'key': key,
            'output': output,
            'error': error,
            'warnings': ['CacheKeyWarning: ' + str(w.message) for w in caught
                         if issubclass(w.category, CacheKeyWarning)],
            'state': self._recorder.state(self._backend),
            'clock': float(self._recorder.clock.now),
        }
        self._recorder.events.append(event)
        if raised is not None:
            raise raised.with_traceback(raised.__traceback__)
        return result

    def __getattr__(self, name):
        attribute = getattr(self._real, name)
        if name.startswith('_') or not callable(attribute):
            return attribute

        def call(*args, **kwargs):
            return self._record('cache.' + name, attribute, args, kwargs)

        return call

    def __setattr__(self, name, value):
        setattr(self._real, name, value)

    def __contains__(self, key):
        real = self._real
        return self._record('cache.__contains__', lambda key: key in real, (key,), {})


def run(script_path, argv):
    with open(script_path, encoding='utf-8') as f:
        source = f.read()
    parser = option_parser()
    options = parser.parse_args(header_options(source))
    parser.parse_args(argv, namespace=options)  # the command line wins

    import django
    from django.conf import settings

    settings.configure(CACHES={'default': cache_settings(options)})
    django.setup()

    from django.core.cache.backends import base, locmem

    clock = FakeClock()
    fake_time = clock.module()
    base.time = fake_time
    locmem.time = fake_time

    recorder = Recorder(clock)
    locmem._caches[LOCATION] = recorder.tracking_dict()

    import django.core.cache as django_cache

    real_proxy = django_cache.cache
    backend = django_cache.caches['default']
    for name in ('add', 'set', 'incr'):
        recorder.wrap_storing(backend, name)

    script_path = os.path.abspath(script_path)
    django_cache.cache = ConnectionProxy(real_proxy, backend, recorder, script_path)

    # The script is __main__, as under `python3 script.py`, so top-level
    # functions pickle by reference exactly as they would there.
    main = types.ModuleType('__main__')
    main.__file__ = script_path
    main.__builtins__ = builtins
    real_import = builtins.__import__

    def script_import(name, globals=None, locals=None, fromlist=(), level=0):
        if name == 'time' and globals is main.__dict__:
            return fake_time
        return real_import(name, globals, locals, fromlist, level)

    result = {}
    saved_main = sys.modules['__main__']
    sys.modules['__main__'] = main
    builtins.__import__ = script_import
    try:
        # The script's own prints go to stderr: stdout carries only the JSON.
        with contextlib.redirect_stdout(sys.stderr):
            exec(compile(source, script_path, 'exec'), main.__dict__)
    except Exception as e:
        result['uncaught'] = format_error(e)
    finally:
        builtins.__import__ = real_import
        sys.modules['__main__'] = saved_main
    return {'steps': recorder.events, **result}


SELFTEST_SCRIPTS = {
    'lru_cull': '''# cachetutor: --max-entries 3 --cull-frequency 2
from django.core.cache import cache
cache.set('a', 1)
cache.set('b', 2)
cache.set('c', 3)
cache.get('a')
cache.set('d', 4)
cache.set('e', 5)
cache.add('f', 6)
''',
    'expiry_and_errors': '''import time
from django.core.cache import cache
cache.set('x', 1, timeout=10)
time.sleep(10)
cache.get('x', 'gone')
try:
    cache.incr('x')
except ValueError:
    pass
cache.set(5, 'five', version=2)
'x y' in cache
cache.get_or_set('n', lambda: 42)
cache.incr_version(5, version=2)
''',
}

SELFTEST_EXPECT = {
    'lru_cull': [("cache.add", "True", "{'d': 4, 'e': 5, 'f': 6}")],
    'expiry_and_errors': [
        ("cache.get", "'gone'", "{}"),
        ("cache.incr", None, "{}"),
        ("cache.incr_version", "3", "{'n': 42, ':3:5': 'five'}"),
    ],
}


def selftest():
    results = {}
    failures = []
    for name, source in SELFTEST_SCRIPTS.items():
        with tempfile.NamedTemporaryFile('w', suffix='.py', delete=False) as f:
            f.write(source)
        try:
            # One process per script: Django's settings can be configured only once.
            out = subprocess.run([sys.executable, os.path.abspath(__file__), f.name],
                                 capture_output=True, text=True, check=True).stdout
        finally:
            os.unlink(f.name)
        trace = json.loads(out)
        results[name] = trace
        for action, output, state in SELFTEST_EXPECT[name]:
            if not any(s['action'] == action and s['output'] == output and s['state'] == state
                       for s in trace['steps']):
                failures.append('%s: no %s -> %s with state %s' % (name, action, output, state))
    print(json.dumps({'selftest': results, 'failures': failures}, indent=1, ensure_ascii=False))
    return 1 if failures else 0


def main():
    if len(sys.argv) >= 2 and sys.argv[1] == '--selftest':
        return selftest()
    if len(sys.argv) < 2 or sys.argv[1].startswith('-'):
        print(__doc__, file=sys.stderr)
        return 2
    trace = run(sys.argv[1], sys.argv[2:])
    sys.stdout.reconfigure(encoding='utf-8')
    print(json.dumps(trace, ensure_ascii=False))
    return 0


if __name__ == '__main__':
    sys.exit(main())
