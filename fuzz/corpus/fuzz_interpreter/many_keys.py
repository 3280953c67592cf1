# Many keys at once, and checking whether a key is there.
from django.core.cache import cache

cache.set_many({'a': 1, 'b': 2, 'c': 3})
found = cache.get_many(['a', 'c', 'z'])    # 'z' is missing, so it is left out
print(f"get_many: {found}")

# `key in cache` and has_key() only check: they do not return the value.
if 'b' in cache:
    print("'b' is in the cache")
print(f"has_key('z'): {cache.has_key('z')}")

cache.delete_many(['a', 'b'])
for key in ['a', 'b', 'c']:
    print(f"{key}: {cache.get(key)}")
