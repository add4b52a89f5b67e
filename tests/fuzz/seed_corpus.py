#!/usr/bin/env python3
"""Seeds a fuzz corpus directory from the API contracts: one JSON file per response schema example, plus a few
hand-written shapes the contracts do not show (errors at HTTP 200, HTML pages, search cursors).
Usage: seed_corpus.py <target> <corpus-dir> <contracts-dir>"""
import hashlib
import json
import os
import sys


def load(path, cache={}):
    if path not in cache:
        with open(path) as f:
            cache[path] = json.load(f)
    return cache[path]


def resolve(ref, base):
    file, _, pointer = ref.partition('#')
    path = os.path.normpath(os.path.join(os.path.dirname(base), file)) if file else base
    node = load(path)
    for part in pointer.strip('/').split('/'):
        node = node[part]
    return node, path


def example(schema, base, depth=0):
    if depth > 12 or not isinstance(schema, dict):
        return None
    if '$ref' in schema:
        target, path = resolve(schema['$ref'], base)
        return example(target, path, depth + 1)
    if 'example' in schema:
        return schema['example']
    for key in ('anyOf', 'oneOf', 'allOf'):
        if key in schema and schema[key]:
            return example(schema[key][0], base, depth + 1)
    kind = schema.get('type')
    if kind == 'object' or 'properties' in schema:
        return {k: example(v, base, depth + 1) for k, v in schema.get('properties', {}).items()}
    if kind == 'array':
        item = example(schema.get('items', {}), base, depth + 1)
        return [] if item is None else [item]
    return {'string': 'x', 'number': 1, 'integer': 1, 'boolean': True}.get(kind)


def spec_examples(spec_path):
    spec = load(spec_path)
    for path, ops in spec.get('paths', {}).items():
        for method, op in ops.items():
            if not isinstance(op, dict):
                continue
            for status, response in op.get('responses', {}).items():
                schema = response.get('content', {}).get('application/json', {}).get('schema')
                if schema:
                    yield example(schema, spec_path)


HIGHLEVEL_EXTRA = [
    b'<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>',
    b'',
    b'{"statusCode":400,"message":"Bad Request"}',
    b'{"statusCode":422,"message":["email must be an email","phone is invalid"],"error":"Unprocessable Entity"}',
    b'{"succeded":false,"message":"nope"}',
    b'{"succeeded":true}',
    b'{"contacts":[{"id":"a","dateUpdated":"2024-01-01T00:00:00.000Z","searchAfter":[1704067200000,"a"]}],"total":2}',
    b'{"contacts":[{"id":"a","sort":[1,"a"],"customFields":[{"id":"f","value":["x",2]}]}],"total":1,"traceId":"t"}',
    b'{"contacts":[{"id":"a"}],"count":1,"meta":{"startAfterId":"a","startAfter":1700000000000,"total":5}}',
    b'{"contact":null}',
    b'{"tasks":[[{"id":"t1","title":"x","dueDate":"2024-01-01T00:00:00Z","completed":false}]]}',
    b'{"contact":{"id":"x","dateAdded":1700000000000,"tags":"not-a-list"}}',
]


BADGER_EXTRA = [
    b'<!DOCTYPE html><html><head><title>Page not found at /api/2/customers/1</title></head><body></body></html>',
    b'',
    b'null',
    b'{"detail":"Invalid token."}',
    b'{"last_name":["This field is required."],"non_field_errors":["Invalid data."]}',
    b'{"status":"error_account_does_not_exist"}',
    b'{"status":"login_successful","token":"abcdefabcdef1234","user_id":"5021"}',
    b'{"count":2,"next":null,"results":[{"id":1,"first_name":null,"last_name":"A"},{"id":"2","last_name":"B"}]}',
    b'[{"id":1,"customer":2,"log_datetime":"2014-01-24 13:32:22.179999+01:00","extra_fields":"{\\"Log Type\\":1}"}]',
    b'{"id":"12","last_name":"X","custom_numeric":"125000.00","custom_text2":42,"updated_at":"2026-01-05T10:00:00.123456Z","locations":[{"id":3,"lat":"39.78","long":null,"lng":-89.6}]}',
    b'{"customer":{"id":1,"last_name":"X"},"profile":{"id":2,"datafields":[{"name":"ct30"},{"name":"cn2","min":"1"}]},"location":{"id":3}}',
    b'{"id":1,"waypoints":[{"id":2,"position":99999999999,"customer_id":"7"}]}',
]


def main():
    target, corpus, contracts = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(corpus, exist_ok=True)
    seeds = []
    if target == 'fuzz_highlevel_parsers':
        for spec in ('ghl/apps/contacts.json', 'ghl/apps/locations.json'):
            for value in spec_examples(os.path.join(contracts, spec)):
                seeds.append(json.dumps(value).encode())
        seeds.extend(HIGHLEVEL_EXTRA)
    if target == 'fuzz_badger_parsers':
        samples = os.path.join(contracts, 'badger', 'samples')
        for name in sorted(os.listdir(samples)):
            if name.endswith('.json'):
                with open(os.path.join(samples, name), 'rb') as f:
                    seeds.append(f.read())
        seeds.extend(BADGER_EXTRA)
    for data in seeds:
        name = hashlib.sha1(data).hexdigest()
        with open(os.path.join(corpus, 'seed-' + name), 'wb') as f:
            f.write(data)
    print(f'{len(seeds)} seeds for {target} in {corpus}')


if __name__ == '__main__':
    main()
