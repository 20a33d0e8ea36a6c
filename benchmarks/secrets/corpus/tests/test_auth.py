import hashlib

FAKE_TOKEN = "test-token"
EXAMPLE_KEY = "AKIAIOSFODNN7EXAMPLE"
PASSWORD_HASH = "$2b$12$z0dAoFSf329EL0WH2983/hkEUnK2krSv5YFcc/x82ZQoLM2DTRhiB"

def test_digest():
    assert hashlib.sha256(b'x').hexdigest() == '76b1cab6300cf8dc935891f68e521ce17ae15fa9485fd999f1d42e3565544e67'
