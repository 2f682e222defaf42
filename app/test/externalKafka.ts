/**
 * Test-only: the head of a cluster on external Kafka, from `apiVersion` to its `brokerList:`; a test
 * document appends the brokers (at six spaces' indent under `brokerList:`) and whatever it needs after.
 */
export const EXTERNAL_KAFKA_HEAD = `apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: demo # keep this comment
spec:
  mode: cluster
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList:
`
