package com.example;

import com.example.testing.KafkaTest;
import com.example.testing.TestBrokers;

/** {@link KeyProducerTest}'s claims again, on the book's ZooKeeper-era cluster (ZooKeeper 3.8 + a Kafka 3.9 broker in ZooKeeper mode, a child JVM; issue #12). */
@KafkaTest(mode = TestBrokers.ZOOKEEPER)
class ZooKeeperKeyProducerTest extends KeyProducerTest {
}
