import { describe, expect, it } from 'vitest'
import { operatorMinioSecure } from './configValues'
import {
  atoiInt32,
  getHostPort,
  getHostPortWithDefault,
  getStorageHostPort,
  splitHostPort,
} from './hostPort'

// Cases from zilliztech/milvus-operator v1.3.8 pkg/util/util_test.go, TestGetHostPort (lines 168-183).
const GET_HOST_PORT: readonly [string, string, number][] = [
  ['host:8080', 'host', 8080],
  ['hostOnly', 'hostOnly', 80],
  ['host:badPort', 'host', 80],
]

// Same file, TestGetHostPortWithDefault (lines 185-197), default 443.
const WITH_DEFAULT_443: readonly [string, string, number][] = [
  ['hostOnly', 'hostOnly', 443],
  ['host:9000', 'host', 9000],
  ['host:badPort', 'host', 443],
]

describe('getHostPort (operator unit-test cases)', () => {
  it.each(GET_HOST_PORT)('%s -> %s:%i', (endpoint, host, port) => {
    expect(getHostPort(endpoint)).toMatchObject({ host, port })
  })
  it.each(WITH_DEFAULT_443)('%s with default 443 -> %s:%i', (endpoint, host, port) => {
    expect(getHostPortWithDefault(endpoint, 443)).toMatchObject({ host, port })
  })
})

describe('getHostPort on what users write', () => {
  it.each([
    // A scheme makes two colons: SplitHostPort fails and the whole text becomes the host.
    ['http://minio:9000', 'http://minio:9000', 80, 'unsplittable'],
    // A scheme without a port splits at the scheme's colon; "//host" is not a number.
    ['https://s3.amazonaws.com', 'https', 80, 'bad-port'],
    ['s3.amazonaws.com', 's3.amazonaws.com', 80, 'unsplittable'],
    ['[::1]:9000', '::1', 9000, undefined],
    ['::1', '::1', 80, 'unsplittable'],
    ['minio:9000/bucket', 'minio', 80, 'bad-port'],
    ['minio:', 'minio', 80, 'bad-port'],
  ] as const)('%s -> host %s port %i (%s)', (endpoint, host, port, fallback) => {
    const got = getHostPort(endpoint)
    expect([got.host, got.port, got.fallback]).toEqual([host, port, fallback])
  })

  it('uses 443 for storage only when useSSL is a real bool true', () => {
    expect(getStorageHostPort('s3.amazonaws.com', true).port).toBe(443)
    expect(getStorageHostPort('s3.amazonaws.com', false).port).toBe(80)
  })
})

describe('splitHostPort (Go net.SplitHostPort)', () => {
  it.each([
    ['host:1', { host: 'host', port: '1' }],
    ['[::1]:80', { host: '::1', port: '80' }],
    [':80', { host: '', port: '80' }],
    ['host', { error: 'missing port in address' }],
    ['a:b:c', { error: 'too many colons in address' }],
    ['[::1]', { error: 'missing port in address' }],
    ['[::1', { error: "missing ']' in address" }],
    ['[a]:b:c', { error: 'too many colons in address' }],
    ['a]:80', { error: "unexpected ']' in address" }],
  ])('%s', (input, expected) => {
    expect(splitHostPort(input)).toEqual(expected)
  })
})

describe('atoiInt32 (strconv.Atoi then int32)', () => {
  it.each([
    ['80', 80],
    ['+80', 80],
    ['-1', -1],
    ['0009000', 9000],
    ['4294967376', 80],
    ['', undefined],
    ['8_0', undefined],
    ['99999999999999999999', undefined],
    ['//host', undefined],
  ] as const)('%s -> %s', (text, n) => {
    expect(atoiInt32(text)).toBe(n)
  })
})

// zilliztech/milvus-operator v1.3.8 pkg/controllers/utils_test.go, TestGetMinioSecure (lines 430-447).
describe('operatorMinioSecure', () => {
  it.each([
    [{ minio: { useSSL: true } }, true],
    [{ minio: { useSSL: false } }, false],
    [{}, false],
    // NestedBool refuses a string, so a quoted "true" reads as false to the operator.
    [{ minio: { useSSL: 'true' } }, false],
  ])('%j -> %s', (conf, secure) => {
    expect(operatorMinioSecure(conf)).toBe(secure)
  })
})
