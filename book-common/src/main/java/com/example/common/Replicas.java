package com.example.common;

import java.util.List;

import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * Where one partition lives at a moment (3.1 데이터 복제, 싱크): its leader's broker id ({@value #NO_LEADER} while it
 * has none), the brokers holding a replica and those in sync. What {@link ClusterView#replicas} reads.
 */
public record Replicas(int leader, List<Integer> replicas, List<Integer> isr) {

    /** The leader while the partition has none (its in-sync replicas are all down). */
    public static final int NO_LEADER = -1;

    public Replicas {
        replicas = List.copyOf(replicas);
        isr = List.copyOf(isr);
    }

    /** From the Admin API's description of the partition. */
    public static Replicas of(TopicPartitionInfo partition) {
        Node leader = partition.leader();
        return new Replicas(leader == null || leader.isEmpty() ? NO_LEADER : leader.id(),
                partition.replicas().stream().map(Node::id).toList(), partition.isr().stream().map(Node::id).toList());
    }

    public boolean hasLeader() {
        return leader != NO_LEADER;
    }

    /** The replicas that are not the leader. */
    public List<Integer> followers() {
        return replicas.stream().filter(id -> id != leader).toList();
    }
}
