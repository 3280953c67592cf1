# cachetutor: --key-prefix shop
# The cache stores each key as 'KEY_PREFIX:VERSION:key'; this script runs
# with KEY_PREFIX 'shop' and the default VERSION 1.
from django.core.cache import cache

print(cache.make_key('price'))
print(cache.make_key('price', version=2))

# The same key under two versions is two separate entries.
cache.set('price', 10)
cache.set('price', 12, version=2)
print(f"version 1: {cache.get('price')}")
print(f"version 2: {cache.get('price', version=2)}")
print(f"version 3: {cache.get('price', version=3)}")

# delete() removes only the version it is given.
cache.delete('price', version=2)
print(f"after delete: {cache.get('price')}, {cache.get('price', version=2)}")

# clear() empties the whole cache, every version.
cache.set('tax', 0.2, version=5)
cache.clear()
print(f"after clear: {cache.get('price')}, {cache.get('tax', version=5)}")
