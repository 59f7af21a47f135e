package com.example.perf;

import java.util.SplittableRandom;

/**
 * The labs' record values: {@code size} random letters A–Z, exactly what ProducerPerformance sends with
 * {@code --record-size}, so compression sees the same data in the lab's rows and in Kafka's tool.
 */
final class RandomLetters {

    private final SplittableRandom random;
    private final char[] letters;

    RandomLetters(long seed, int size) {
        this.random = new SplittableRandom(seed);
        this.letters = new char[size];
    }

    String next() {
        for (int j = 0; j < letters.length; j++) {
            letters[j] = (char) ('A' + random.nextInt(26));
        }
        return new String(letters);
    }
}
