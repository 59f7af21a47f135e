package com.example.local;

import com.example.common.KafkaSettings;
import com.example.common.Messages;
import com.example.common.view.ClusterPage;

/** {@code --view}: the cluster page for what local-kafka started, its address on the terminal; none without it. */
final class View {

    private View() {
    }

    /**
     * The page on {@code port}, or {@code null} (nothing to close) when {@code port} is negative; a port in use is
     * one line and exit status 1 (the shutdown hook stops what was started).
     */
    static ClusterPage open(KafkaSettings settings, int port) {
        if (port < 0) {
            return null;
        }
        try {
            ClusterPage page = ClusterPage.start(settings, port, Messages.current());
            System.out.println(Messages.text("view.ready", page.address()));
            return page;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(Messages.text("error", e.getMessage()));
            System.exit(1);
            return null;
        }
    }
}
