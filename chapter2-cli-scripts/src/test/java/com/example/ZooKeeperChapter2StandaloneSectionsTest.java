package com.example;

import com.example.testing.KafkaTest;
import com.example.testing.TestBrokers;

/** {@link Chapter2StandaloneSectionsTest}'s claims again, on the book's ZooKeeper-era cluster (issue #12). */
@KafkaTest(mode = TestBrokers.ZOOKEEPER)
class ZooKeeperChapter2StandaloneSectionsTest extends Chapter2StandaloneSectionsTest {
}
