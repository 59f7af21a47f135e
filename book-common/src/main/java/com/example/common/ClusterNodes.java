package com.example.common;

import java.util.List;

/**
 * The nodes of a cluster a demo may stop and start again, by node id — what the book does by killing a broker's
 * process on one of three machines. Implemented by local-kafka's three-broker cluster; the demos of 3.1 that need
 * a broker failure take it beside their {@link KafkaSettings}.
 */
public interface ClusterNodes {

    /** The broker ids. */
    List<Integer> brokerIds();

    /** The node ids of the KRaft controller quorum. */
    List<Integer> controllerIds();

    /** Stops one broker or controller (a controlled shutdown, as Ctrl+C does), keeping its data. */
    void stopNode(int id);

    /** Starts a stopped node again with its data; a broker returns once it answers. */
    void startNode(int id);

    /** Whether the node with this id runs. */
    boolean isRunning(int id);
}
